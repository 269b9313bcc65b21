-- A page of a channel or a locality (with a theme or not) is now bounded to its few days by the
-- counts split by channel and locality, and its ids are read before its entries: these indexes
-- give those ids in the page's order (date, then id, latest first) from the index alone,
-- service included, so only the page's own entries are read from the table. They replace the
-- indexes the totals by channel and locality needed when they were counted from the entries.
DROP INDEX ix_entry_locality ON log_entry;
DROP INDEX ix_entry_channel ON log_entry;
CREATE INDEX ix_entry_locality_page ON log_entry (locality, deleted, occurred_on, id, service_id);
CREATE INDEX ix_entry_channel_page ON log_entry (channel, deleted, occurred_on, id, service_id);
