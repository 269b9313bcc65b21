-- A workbook the officer checked, kept in the database until it is imported (issue 16): with several
-- instances the "Import" click may reach another instance than the check, which used to keep the
-- file on its own disk. The bytes are kept in chunks of at most 1 MB, so that no single row exceeds
-- MariaDB's max_allowed_packet (16 MB by default) whatever the upload limit; MEDIUMBLOB on both
-- databases (H2 takes it as a BLOB). Forgotten by the import, or after an hour by the hourly job.
CREATE TABLE checked_workbook (
    token VARCHAR(36) NOT NULL PRIMARY KEY,
    organisation_id BIGINT NOT NULL,
    file_name VARCHAR(255) NOT NULL,
    uploaded_by VARCHAR(40) NOT NULL,
    uploaded_at_ms BIGINT NOT NULL,
    size_bytes BIGINT NOT NULL
);
CREATE INDEX ix_checked_workbook_uploaded ON checked_workbook (uploaded_at_ms);

CREATE TABLE checked_workbook_chunk (
    token VARCHAR(36) NOT NULL,
    seq INT NOT NULL,
    organisation_id BIGINT NOT NULL,
    bytes MEDIUMBLOB NOT NULL,
    PRIMARY KEY (token, seq),
    CONSTRAINT fk_checked_workbook_chunk FOREIGN KEY (token) REFERENCES checked_workbook (token) ON DELETE CASCADE
);
