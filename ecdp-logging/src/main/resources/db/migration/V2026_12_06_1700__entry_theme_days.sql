-- A theme's entries by date (issue 17): one row for each theme of each entry that is not deleted,
-- with what else the list filters by. A theme's page is then one range of this key read backwards
-- from the page's days (found by the day counts), without visiting the entries: at 10M entries on
-- MariaDB page 100 of a theme took 2.2 s and page 200 4.0 s, walking the page's days by date and
-- looking up each entry's themes. Written and removed with the words per theme (EntryThemeIndex);
-- an erasure or a retention keeps them, as it keeps the entry.
CREATE TABLE entry_theme_day (
    organisation_id BIGINT NOT NULL,
    theme_id BIGINT NOT NULL,
    occurred_on DATE NOT NULL,
    entry_id BIGINT NOT NULL,
    service_id BIGINT NOT NULL,
    channel VARCHAR(20),
    locality VARCHAR(20),
    PRIMARY KEY (organisation_id, theme_id, occurred_on, entry_id),
    CONSTRAINT fk_entry_theme_day_entry FOREIGN KEY (entry_id) REFERENCES log_entry (id)
);
CREATE INDEX ix_entry_theme_day_entry ON entry_theme_day (entry_id);

-- in the key's order, as the words per theme (pages filled in order are not split)
INSERT INTO entry_theme_day (organisation_id, theme_id, occurred_on, entry_id, service_id, channel, locality)
SELECT e.organisation_id, et.theme_id, e.occurred_on, e.id, e.service_id, e.channel, e.locality
FROM log_entry e
JOIN entry_theme et ON et.entry_id = e.id
WHERE e.deleted = FALSE
ORDER BY e.organisation_id, et.theme_id, e.occurred_on, e.id;
