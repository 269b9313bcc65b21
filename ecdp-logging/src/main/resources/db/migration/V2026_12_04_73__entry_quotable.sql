-- An entry whose person objected to being quoted, or whose words were erased, is never quoted in an evidence pack.
ALTER TABLE log_entry ADD COLUMN quotable BOOLEAN NOT NULL DEFAULT TRUE;
CREATE INDEX ix_entry_person_ref ON log_entry (person_ref);
