-- A list filtered by locality or channel is counted from the entries themselves (the day counts
-- do not split by them). Without these indexes that count read every entry: 8 s for one locality
-- at 10 million entries on MariaDB; with them, the matching index range only (0.13-0.19 s).
CREATE INDEX ix_entry_locality ON log_entry (locality, deleted, occurred_on, service_id);
CREATE INDEX ix_entry_channel ON log_entry (channel, deleted, occurred_on, service_id);
