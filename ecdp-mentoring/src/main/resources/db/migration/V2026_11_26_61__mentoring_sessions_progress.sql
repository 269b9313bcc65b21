-- Mentors' sessions on a match, and the person's progress towards each goal of their request (1-10).
CREATE TABLE mentoring_session (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    match_id BIGINT NOT NULL,
    held_on DATE NOT NULL,
    minutes INT NOT NULL,
    what_was_done VARCHAR(2000) NOT NULL,
    place VARCHAR(200) NOT NULL,
    recorded_by VARCHAR(40) NOT NULL,
    CONSTRAINT fk_session_match FOREIGN KEY (match_id) REFERENCES mentoring_match (id)
);
CREATE INDEX ix_session_match ON mentoring_session (match_id, held_on);

CREATE TABLE mentoring_goal_progress (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    match_id BIGINT NOT NULL,
    goal VARCHAR(30) NOT NULL,
    score INT NOT NULL,
    notes VARCHAR(2000),
    recorded_on DATE NOT NULL,
    recorded_by VARCHAR(40) NOT NULL,
    CONSTRAINT fk_progress_match FOREIGN KEY (match_id) REFERENCES mentoring_match (id)
);
CREATE INDEX ix_progress_match ON mentoring_goal_progress (match_id, recorded_on);
