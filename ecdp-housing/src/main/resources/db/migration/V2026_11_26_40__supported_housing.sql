-- Supported housing life coaching: instruments, programmes, participants, the hash-chained
-- allocations, outcomes, coaches and coaching sessions. Runs unchanged on H2 (MODE=LEGACY) and MySQL/MariaDB.
CREATE TABLE housing_instrument (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    code VARCHAR(40) NOT NULL,
    name VARCHAR(100) NOT NULL,
    item_min INT NOT NULL,
    item_max INT NOT NULL,
    valid_min DOUBLE NOT NULL,
    valid_max DOUBLE NOT NULL,
    minimal_important_change DOUBLE NOT NULL,
    higher_is_better BOOLEAN NOT NULL DEFAULT TRUE,
    scoring_rule VARCHAR(200) NOT NULL,
    CONSTRAINT uq_instrument_code UNIQUE (code)
);

CREATE TABLE housing_instrument_item (
    instrument_id BIGINT NOT NULL,
    position INT NOT NULL,
    wording VARCHAR(300) NOT NULL,
    PRIMARY KEY (instrument_id, position),
    CONSTRAINT fk_instrument_item FOREIGN KEY (instrument_id) REFERENCES housing_instrument (id)
);

-- allocation_seed is the secret the concealed sequence derives from: read only by the randomiser,
-- never shown before the programme closes. seed_commitment (its SHA-256) may be published.
CREATE TABLE housing_programme (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    name VARCHAR(120) NOT NULL,
    schemes VARCHAR(1000) NOT NULL,
    instruments VARCHAR(500) NOT NULL,
    strata VARCHAR(200) NOT NULL,
    block_sizes VARCHAR(100) NOT NULL,
    ratio_coached INT NOT NULL,
    ratio_control INT NOT NULL,
    target_size INT,
    status VARCHAR(20) NOT NULL,
    allocation_seed VARCHAR(100) NOT NULL,
    seed_commitment VARCHAR(64) NOT NULL,
    chain_length BIGINT NOT NULL DEFAULT 0,
    chain_head VARCHAR(64) NOT NULL,
    created_at TIMESTAMP(3) NOT NULL,
    created_by VARCHAR(40) NOT NULL,
    closed_at TIMESTAMP(3)
);

CREATE TABLE housing_coach (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    username VARCHAR(40) NOT NULL,
    caseload_limit INT NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_coach_username UNIQUE (username)
);

CREATE TABLE housing_participant (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    programme_id BIGINT NOT NULL,
    ref VARCHAR(40) NOT NULL,
    study_code VARCHAR(20) NOT NULL,
    scheme VARCHAR(40) NOT NULL,
    consent_on DATE NOT NULL,
    consent_by VARCHAR(40) NOT NULL,
    consent_version VARCHAR(40) NOT NULL,
    eligibility_confirmed BOOLEAN NOT NULL,
    enrolled_on DATE NOT NULL,
    arm VARCHAR(20),
    coach_id BIGINT,
    withdrawn_on DATE,
    withdrawal_reason VARCHAR(500),
    CONSTRAINT uq_participant_ref UNIQUE (programme_id, ref),
    CONSTRAINT uq_participant_study_code UNIQUE (study_code),
    CONSTRAINT fk_participant_programme FOREIGN KEY (programme_id) REFERENCES housing_programme (id),
    CONSTRAINT fk_participant_coach FOREIGN KEY (coach_id) REFERENCES housing_coach (id)
);
CREATE INDEX ix_participant_coach ON housing_participant (coach_id);

-- Written once, never updated: each row's hash covers the previous row's hash and its own fields.
CREATE TABLE housing_allocation (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    programme_id BIGINT NOT NULL,
    sequence_number BIGINT NOT NULL,
    stratum_key VARCHAR(200) NOT NULL,
    participant_ref VARCHAR(40) NOT NULL,
    arm VARCHAR(20) NOT NULL,
    allocated_at TIMESTAMP(3) NOT NULL,
    previous_hash VARCHAR(64) NOT NULL,
    hash VARCHAR(64) NOT NULL,
    CONSTRAINT uq_allocation_sequence UNIQUE (programme_id, sequence_number),
    CONSTRAINT fk_allocation_programme FOREIGN KEY (programme_id) REFERENCES housing_programme (id)
);
CREATE INDEX ix_allocation_stratum ON housing_allocation (programme_id, stratum_key);

CREATE TABLE housing_outcome (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    participant_id BIGINT NOT NULL,
    instrument_id BIGINT NOT NULL,
    timepoint VARCHAR(20) NOT NULL,
    score DOUBLE NOT NULL,
    recorded_on DATE NOT NULL,
    recorded_by VARCHAR(40) NOT NULL,
    outside_window BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_outcome UNIQUE (participant_id, instrument_id, timepoint),
    CONSTRAINT fk_outcome_participant FOREIGN KEY (participant_id) REFERENCES housing_participant (id),
    CONSTRAINT fk_outcome_instrument FOREIGN KEY (instrument_id) REFERENCES housing_instrument (id)
);

CREATE TABLE housing_coaching_session (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    participant_id BIGINT NOT NULL,
    coach_id BIGINT NOT NULL,
    held_on DATE NOT NULL,
    minutes INT NOT NULL,
    topics VARCHAR(200) NOT NULL,
    CONSTRAINT fk_session_participant FOREIGN KEY (participant_id) REFERENCES housing_participant (id),
    CONSTRAINT fk_session_coach FOREIGN KEY (coach_id) REFERENCES housing_coach (id)
);
CREATE INDEX ix_session_coach ON housing_coaching_session (coach_id, held_on);
