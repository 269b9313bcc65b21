-- Peer mentoring: volunteers, requests for a mentor, match runs, matches and the coordinator's pair rules.
-- Sets of codes are kept as comma-separated text (read and written only through the entities).
CREATE TABLE mentoring_volunteer (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    name VARCHAR(100) NOT NULL,
    email VARCHAR(200),
    phone VARCHAR(40),
    district VARCHAR(20) NOT NULL,
    remote BOOLEAN NOT NULL DEFAULT FALSE,
    travel_km INT NOT NULL DEFAULT 0,
    capacity INT NOT NULL,
    skills VARCHAR(400) NOT NULL,
    languages VARCHAR(200) NOT NULL,
    lived_experience VARCHAR(400) NOT NULL,
    availability VARCHAR(400) NOT NULL,
    access_support VARCHAR(400) NOT NULL,
    dbs_level VARCHAR(30),
    dbs_issued_on DATE,
    dbs_update_service BOOLEAN NOT NULL DEFAULT FALSE,
    training_completed_on DATE,
    status VARCHAR(20) NOT NULL,
    created_at TIMESTAMP(3) NOT NULL,
    created_by VARCHAR(40) NOT NULL
);
CREATE INDEX ix_volunteer_status ON mentoring_volunteer (status);

CREATE TABLE mentoring_request (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    ref VARCHAR(40) NOT NULL,
    district VARCHAR(20) NOT NULL,
    remote_ok BOOLEAN NOT NULL DEFAULT FALSE,
    goals VARCHAR(400) NOT NULL,
    languages VARCHAR(200) NOT NULL,
    shared_experience VARCHAR(30),
    availability VARCHAR(400) NOT NULL,
    access_needs VARCHAR(400) NOT NULL,
    referred_on DATE NOT NULL,
    referred_by VARCHAR(40) NOT NULL,
    referring_service_id BIGINT,
    withdrawn BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_request_service FOREIGN KEY (referring_service_id) REFERENCES ecdp_service (id)
);
CREATE INDEX ix_request_referred ON mentoring_request (referred_on);

-- A run keeps what it answered (assignments and the score matrix) as JSON, so reading it later gives the same.
CREATE TABLE mentoring_match_run (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    ran_at TIMESTAMP(3) NOT NULL,
    ran_on DATE NOT NULL,
    ran_by VARCHAR(40) NOT NULL,
    weights VARCHAR(400) NOT NULL,
    matched INT NOT NULL,
    waiting INT NOT NULL,
    total_score DOUBLE NOT NULL,
    result_json LONGTEXT NOT NULL,
    scores_json LONGTEXT NOT NULL
);

CREATE TABLE mentoring_match (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    request_id BIGINT NOT NULL,
    volunteer_id BIGINT NOT NULL,
    run_id BIGINT,
    stage VARCHAR(20) NOT NULL,
    score DOUBLE NOT NULL DEFAULT 0,
    suggested_on DATE NOT NULL,
    proposed_on DATE,
    introduced_on DATE,
    first_meeting_on DATE,
    active_from DATE,
    reviews_done INT NOT NULL DEFAULT 0,
    last_review_on DATE,
    review_notes VARCHAR(2000),
    declined_on DATE,
    declined_reason VARCHAR(500),
    closed_on DATE,
    closing_reason VARCHAR(30),
    outcome VARCHAR(2000),
    changed_by VARCHAR(40) NOT NULL,
    CONSTRAINT fk_match_request FOREIGN KEY (request_id) REFERENCES mentoring_request (id),
    CONSTRAINT fk_match_volunteer FOREIGN KEY (volunteer_id) REFERENCES mentoring_volunteer (id),
    CONSTRAINT fk_match_run FOREIGN KEY (run_id) REFERENCES mentoring_match_run (id)
);
CREATE INDEX ix_match_request ON mentoring_match (request_id, stage);
CREATE INDEX ix_match_volunteer ON mentoring_match (volunteer_id, stage);

-- The coordinator's rules about one pair: PIN (keep it in the next runs) or EXCLUDE (never suggest it).
CREATE TABLE mentoring_pair_rule (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    request_id BIGINT NOT NULL,
    volunteer_id BIGINT NOT NULL,
    kind VARCHAR(10) NOT NULL,
    reason VARCHAR(500),
    created_at TIMESTAMP(3) NOT NULL,
    created_by VARCHAR(40) NOT NULL,
    CONSTRAINT uq_pair_rule UNIQUE (request_id, volunteer_id, kind),
    CONSTRAINT fk_rule_request FOREIGN KEY (request_id) REFERENCES mentoring_request (id),
    CONSTRAINT fk_rule_volunteer FOREIGN KEY (volunteer_id) REFERENCES mentoring_volunteer (id)
);
