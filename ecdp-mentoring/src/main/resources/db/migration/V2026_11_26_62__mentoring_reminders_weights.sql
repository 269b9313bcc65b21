-- Renewal reminders (DBS certificate, training) 60, 30 and 7 days ahead: one row per volunteer,
-- kind, renewal date and threshold, so a reminder is never recorded twice.
CREATE TABLE mentoring_reminder (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    volunteer_id BIGINT NOT NULL,
    kind VARCHAR(20) NOT NULL,
    threshold_days INT NOT NULL,
    due_on DATE NOT NULL,
    reminded_on DATE NOT NULL,
    CONSTRAINT uq_reminder UNIQUE (volunteer_id, kind, due_on, threshold_days),
    CONSTRAINT fk_reminder_volunteer FOREIGN KEY (volunteer_id) REFERENCES mentoring_volunteer (id)
);
CREATE INDEX ix_reminder_day ON mentoring_reminder (reminded_on);

-- The claim of the daily reminder job on one day: with several instances on one database only the first insert succeeds.
CREATE TABLE mentoring_job_run (
    run_key VARCHAR(40) PRIMARY KEY,
    run_day DATE NOT NULL,
    instance VARCHAR(100) NOT NULL
);

-- The coordinators' match weights: at most one row (id 1); none means the defaults.
CREATE TABLE mentoring_weights (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    goals DOUBLE NOT NULL,
    shared_experience DOUBLE NOT NULL,
    availability DOUBLE NOT NULL,
    travel DOUBLE NOT NULL,
    language_weight DOUBLE NOT NULL,
    access_needs DOUBLE NOT NULL,
    waiting DOUBLE NOT NULL,
    waiting_full_after_days INT NOT NULL,
    changed_by VARCHAR(40) NOT NULL,
    changed_on DATE NOT NULL
);
