-- Data protection: the administrator's retention periods (none means the module's default),
-- people's objections to being quoted, and the nightly retention run's once-per-day claim.
CREATE TABLE retention_rule (
    kind VARCHAR(40) NOT NULL PRIMARY KEY,
    months INT NOT NULL,
    changed_by VARCHAR(40) NOT NULL,
    changed_at TIMESTAMP(3) NOT NULL
);

CREATE TABLE privacy_objection (
    ref VARCHAR(40) NOT NULL PRIMARY KEY,
    objected_at TIMESTAMP(3) NOT NULL,
    recorded_by VARCHAR(40) NOT NULL
);

CREATE TABLE privacy_job_run (
    run_key VARCHAR(40) NOT NULL PRIMARY KEY,
    run_day DATE NOT NULL,
    instance VARCHAR(100) NOT NULL
);
