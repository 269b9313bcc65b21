-- Idempotency keys of POST /api/entries and of the capture page (one key per rendered form): a
-- repeat of a key by the same user within 24 hours answers the entry the first one stored. Written
-- in the entry's own transaction, so a crash keeps both or neither, and any instance on the same
-- database sees it. The primary key makes a concurrent second use of the key wait for the first
-- and then fail, so the key stores one entry at most. stored_at_ms: epoch milliseconds (UTC).
CREATE TABLE entry_idempotency_key (
    username VARCHAR(100) NOT NULL,
    idem_key VARCHAR(100) NOT NULL,
    entry_id BIGINT,
    stored_at_ms BIGINT NOT NULL,
    PRIMARY KEY (username, idem_key)
);

CREATE INDEX ix_entry_idempotency_key_stored ON entry_idempotency_key (stored_at_ms);
