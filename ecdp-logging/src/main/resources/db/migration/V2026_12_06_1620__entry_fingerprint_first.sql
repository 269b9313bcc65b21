-- The import finds its rows by fingerprint (which rows the log already holds) with
-- "fingerprint IN (...) AND organisation_id = ?". H2 looks up an IN list in an index only when the
-- list's column is the index's first one: behind the unique key (organisation_id, fingerprint) it
-- read every entry of the organisation for each list instead, so a workbook of 100,000 rows spent
-- most of its time there, longer the more the log held. The same key with the fingerprint first is
-- used by H2 and MariaDB alike and still means one row per fingerprint in an organisation; lookups
-- by organisation alone have ix_entry_organisation_page. A unique index rather than a constraint:
-- H2 gives a new UNIQUE constraint the existing index on the same two columns, whatever their order.
CREATE UNIQUE INDEX uq_entry_fingerprint_organisation ON log_entry (fingerprint, organisation_id);
ALTER TABLE log_entry DROP CONSTRAINT uq_entry_organisation_fingerprint;
