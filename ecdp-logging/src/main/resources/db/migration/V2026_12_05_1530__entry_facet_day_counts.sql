-- The day counts split by one more facet of the entry, its channel or its locality (an entry
-- without one is not counted there): a list filtered by a theme and a channel, or a theme and a
-- locality, then has its total and its page's days from a few thousand rows (issue 17; 23 s for
-- a theme and a channel at 10 million entries when counted from the entries). Kept by DayCounts
-- with every change; the same statements rebuild it (day-counts-rebuild.sql).
CREATE TABLE entry_facet_day_count (
    facet VARCHAR(10) NOT NULL,
    facet_value VARCHAR(20) NOT NULL,
    theme_id BIGINT NOT NULL,
    service_id BIGINT NOT NULL,
    occurred_on DATE NOT NULL,
    entries BIGINT NOT NULL,
    people BIGINT NOT NULL,
    PRIMARY KEY (facet, facet_value, theme_id, service_id, occurred_on)
);

INSERT INTO entry_facet_day_count (facet, facet_value, theme_id, service_id, occurred_on, entries, people)
SELECT 'CHANNEL', e.channel, 0, e.service_id, e.occurred_on, COUNT(*), SUM(e.people_count)
FROM log_entry e WHERE e.deleted = FALSE AND e.channel IS NOT NULL
GROUP BY e.channel, e.service_id, e.occurred_on;

INSERT INTO entry_facet_day_count (facet, facet_value, theme_id, service_id, occurred_on, entries, people)
SELECT 'CHANNEL', e.channel, x.theme_id, e.service_id, e.occurred_on, COUNT(*), SUM(e.people_count)
FROM log_entry e
JOIN (SELECT et.entry_id, et.theme_id FROM entry_theme et
      UNION
      SELECT et.entry_id, t.parent_id FROM entry_theme et JOIN theme t ON t.id = et.theme_id WHERE t.parent_id IS NOT NULL) x
  ON x.entry_id = e.id
WHERE e.deleted = FALSE AND e.channel IS NOT NULL
GROUP BY e.channel, x.theme_id, e.service_id, e.occurred_on;

INSERT INTO entry_facet_day_count (facet, facet_value, theme_id, service_id, occurred_on, entries, people)
SELECT 'LOCALITY', e.locality, 0, e.service_id, e.occurred_on, COUNT(*), SUM(e.people_count)
FROM log_entry e WHERE e.deleted = FALSE AND e.locality IS NOT NULL
GROUP BY e.locality, e.service_id, e.occurred_on;

INSERT INTO entry_facet_day_count (facet, facet_value, theme_id, service_id, occurred_on, entries, people)
SELECT 'LOCALITY', e.locality, x.theme_id, e.service_id, e.occurred_on, COUNT(*), SUM(e.people_count)
FROM log_entry e
JOIN (SELECT et.entry_id, et.theme_id FROM entry_theme et
      UNION
      SELECT et.entry_id, t.parent_id FROM entry_theme et JOIN theme t ON t.id = et.theme_id WHERE t.parent_id IS NOT NULL) x
  ON x.entry_id = e.id
WHERE e.deleted = FALSE AND e.locality IS NOT NULL
GROUP BY e.locality, x.theme_id, e.service_id, e.occurred_on;
