-- Responses ("you said, we did"): what the organisation did about a theme, with whom, and the outcome.
CREATE TABLE lived_response (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    title VARCHAR(200) NOT NULL,
    target_organisation VARCHAR(200) NOT NULL,
    status VARCHAR(20) NOT NULL,
    opened_on DATE NOT NULL,
    opened_by VARCHAR(40) NOT NULL,
    outcome VARCHAR(2000),
    published BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE response_theme (
    response_id BIGINT NOT NULL,
    theme_id BIGINT NOT NULL,
    PRIMARY KEY (response_id, theme_id),
    CONSTRAINT fk_response_theme_response FOREIGN KEY (response_id) REFERENCES lived_response (id),
    CONSTRAINT fk_response_theme_theme FOREIGN KEY (theme_id) REFERENCES theme (id)
);

CREATE TABLE response_alert (
    response_id BIGINT NOT NULL,
    alert_id BIGINT NOT NULL,
    PRIMARY KEY (response_id, alert_id),
    CONSTRAINT fk_response_alert_response FOREIGN KEY (response_id) REFERENCES lived_response (id)
);

CREATE TABLE response_entry (
    response_id BIGINT NOT NULL,
    entry_id BIGINT NOT NULL,
    PRIMARY KEY (response_id, entry_id),
    CONSTRAINT fk_response_entry_response FOREIGN KEY (response_id) REFERENCES lived_response (id),
    CONSTRAINT fk_response_entry_entry FOREIGN KEY (entry_id) REFERENCES log_entry (id)
);

CREATE TABLE response_action (
    response_id BIGINT NOT NULL,
    action_on DATE NOT NULL,
    description VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_response_action_response FOREIGN KEY (response_id) REFERENCES lived_response (id)
);
CREATE INDEX ix_response_action ON response_action (response_id);
