-- Yes/no outcomes per participant: tenancy sustained at 12 months, moved on to independent living.
-- One row per participant and outcome, recorded by the coordinator or a coach with the date it was known.
CREATE TABLE housing_binary_outcome (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    participant_id BIGINT NOT NULL,
    outcome VARCHAR(40) NOT NULL,
    achieved BOOLEAN NOT NULL,
    recorded_on DATE NOT NULL,
    recorded_by VARCHAR(40) NOT NULL,
    CONSTRAINT uq_binary_outcome UNIQUE (participant_id, outcome),
    CONSTRAINT fk_binary_outcome_participant FOREIGN KEY (participant_id) REFERENCES housing_participant (id)
);
