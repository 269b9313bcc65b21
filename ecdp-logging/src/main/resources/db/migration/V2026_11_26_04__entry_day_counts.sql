-- Entries and people per service, theme and day, kept with every change to the log, so that a
-- list's total and a theme's series are sums over a few thousand rows instead of counts over
-- millions of entries. theme_id 0 counts every entry whatever its themes; any other theme_id
-- counts the entries under that theme or one of its sub-themes, each entry once.
-- The same two INSERTs rebuild the table after a theme is moved or merged (DayCounts.REBUILD).
CREATE TABLE entry_day_count (
    theme_id BIGINT NOT NULL,
    service_id BIGINT NOT NULL,
    occurred_on DATE NOT NULL,
    entries INT NOT NULL,
    people INT NOT NULL,
    PRIMARY KEY (theme_id, service_id, occurred_on)
);

INSERT INTO entry_day_count (theme_id, service_id, occurred_on, entries, people)
SELECT 0, e.service_id, e.occurred_on, COUNT(*), SUM(e.people_count)
FROM log_entry e WHERE e.deleted = FALSE
GROUP BY e.service_id, e.occurred_on;

INSERT INTO entry_day_count (theme_id, service_id, occurred_on, entries, people)
SELECT x.theme_id, e.service_id, e.occurred_on, COUNT(*), SUM(e.people_count)
FROM log_entry e
JOIN (SELECT et.entry_id, et.theme_id FROM entry_theme et
      UNION
      SELECT et.entry_id, t.parent_id FROM entry_theme et JOIN theme t ON t.id = et.theme_id WHERE t.parent_id IS NOT NULL) x
  ON x.entry_id = e.id
WHERE e.deleted = FALSE
GROUP BY x.theme_id, e.service_id, e.occurred_on;
