-- The lived experience log: themes (two levels), entries, their themes, words for search, and history.
CREATE TABLE theme (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    code VARCHAR(40) NOT NULL,
    name VARCHAR(100) NOT NULL,
    parent_id BIGINT,
    retired BOOLEAN NOT NULL DEFAULT FALSE,
    survivor_id BIGINT,
    CONSTRAINT uq_theme_code UNIQUE (code),
    CONSTRAINT fk_theme_parent FOREIGN KEY (parent_id) REFERENCES theme (id),
    CONSTRAINT fk_theme_merged FOREIGN KEY (survivor_id) REFERENCES theme (id)
);

CREATE TABLE log_entry (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    service_id BIGINT NOT NULL,
    occurred_on DATE NOT NULL,
    summary VARCHAR(2000) NOT NULL,
    people_count INT NOT NULL DEFAULT 1,
    channel VARCHAR(20),
    locality VARCHAR(20),
    impairment_group VARCHAR(30),
    person_ref VARCHAR(40),
    author VARCHAR(40) NOT NULL,
    created_at TIMESTAMP(3) NOT NULL,
    updated_at TIMESTAMP(3) NOT NULL,
    deleted BOOLEAN NOT NULL DEFAULT FALSE,
    personal_data_reason VARCHAR(500),
    fingerprint VARCHAR(64),
    CONSTRAINT fk_entry_service FOREIGN KEY (service_id) REFERENCES ecdp_service (id),
    CONSTRAINT uq_entry_fingerprint UNIQUE (fingerprint)
);
CREATE INDEX ix_entry_service_date ON log_entry (service_id, occurred_on);
CREATE INDEX ix_entry_date ON log_entry (occurred_on);

CREATE TABLE entry_theme (
    entry_id BIGINT NOT NULL,
    theme_id BIGINT NOT NULL,
    PRIMARY KEY (entry_id, theme_id),
    CONSTRAINT fk_entry_theme_entry FOREIGN KEY (entry_id) REFERENCES log_entry (id),
    CONSTRAINT fk_entry_theme_theme FOREIGN KEY (theme_id) REFERENCES theme (id)
);
CREATE INDEX ix_entry_theme_theme ON entry_theme (theme_id, entry_id);

-- A word index for full-text search that behaves the same on H2 and MySQL/MariaDB.
CREATE TABLE entry_word (
    word VARCHAR(40) NOT NULL,
    entry_id BIGINT NOT NULL,
    PRIMARY KEY (word, entry_id),
    CONSTRAINT fk_entry_word_entry FOREIGN KEY (entry_id) REFERENCES log_entry (id)
);

CREATE TABLE entry_revision (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    entry_id BIGINT NOT NULL,
    at TIMESTAMP(3) NOT NULL,
    actor VARCHAR(40) NOT NULL,
    change_kind VARCHAR(20) NOT NULL,
    snapshot VARCHAR(4000) NOT NULL,
    CONSTRAINT fk_revision_entry FOREIGN KEY (entry_id) REFERENCES log_entry (id)
);
CREATE INDEX ix_revision_entry ON entry_revision (entry_id, at);
