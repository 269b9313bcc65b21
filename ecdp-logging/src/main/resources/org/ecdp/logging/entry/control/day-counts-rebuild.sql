-- The day counts recomputed from the entries: what DayCounts.rebuild runs after a theme moves or
-- merges, and what the benchmark scripts run after loading entries with SQL; with them the counts
-- split by channel and by locality (entry_facet_day_count), every row its entries' organisation's,
-- each entry counted in the slot of its id (MOD(id, 4), DayCounts.SLOTS). Statements end with ";".
DELETE FROM entry_day_count;
INSERT INTO entry_day_count (organisation_id, theme_id, service_id, occurred_on, slot, entries, people)
SELECT e.organisation_id, 0, e.service_id, e.occurred_on, MOD(e.id, 4), COUNT(*), SUM(e.people_count)
FROM log_entry e WHERE e.deleted = FALSE
GROUP BY e.organisation_id, e.service_id, e.occurred_on, MOD(e.id, 4);
INSERT INTO entry_day_count (organisation_id, theme_id, service_id, occurred_on, slot, entries, people)
SELECT e.organisation_id, x.theme_id, e.service_id, e.occurred_on, MOD(e.id, 4), COUNT(*), SUM(e.people_count)
FROM log_entry e
JOIN (SELECT et.entry_id, et.theme_id FROM entry_theme et
      UNION
      SELECT et.entry_id, t.parent_id FROM entry_theme et JOIN theme t ON t.id = et.theme_id WHERE t.parent_id IS NOT NULL) x
  ON x.entry_id = e.id
WHERE e.deleted = FALSE
GROUP BY e.organisation_id, x.theme_id, e.service_id, e.occurred_on, MOD(e.id, 4);
DELETE FROM entry_facet_day_count;
INSERT INTO entry_facet_day_count (organisation_id, facet, facet_value, theme_id, service_id, occurred_on, slot, entries, people)
SELECT e.organisation_id, 'CHANNEL', e.channel, 0, e.service_id, e.occurred_on, MOD(e.id, 4), COUNT(*), SUM(e.people_count)
FROM log_entry e WHERE e.deleted = FALSE AND e.channel IS NOT NULL
GROUP BY e.organisation_id, e.channel, e.service_id, e.occurred_on, MOD(e.id, 4);
INSERT INTO entry_facet_day_count (organisation_id, facet, facet_value, theme_id, service_id, occurred_on, slot, entries, people)
SELECT e.organisation_id, 'CHANNEL', e.channel, x.theme_id, e.service_id, e.occurred_on, MOD(e.id, 4), COUNT(*), SUM(e.people_count)
FROM log_entry e
JOIN (SELECT et.entry_id, et.theme_id FROM entry_theme et
      UNION
      SELECT et.entry_id, t.parent_id FROM entry_theme et JOIN theme t ON t.id = et.theme_id WHERE t.parent_id IS NOT NULL) x
  ON x.entry_id = e.id
WHERE e.deleted = FALSE AND e.channel IS NOT NULL
GROUP BY e.organisation_id, e.channel, x.theme_id, e.service_id, e.occurred_on, MOD(e.id, 4);
INSERT INTO entry_facet_day_count (organisation_id, facet, facet_value, theme_id, service_id, occurred_on, slot, entries, people)
SELECT e.organisation_id, 'LOCALITY', e.locality, 0, e.service_id, e.occurred_on, MOD(e.id, 4), COUNT(*), SUM(e.people_count)
FROM log_entry e WHERE e.deleted = FALSE AND e.locality IS NOT NULL
GROUP BY e.organisation_id, e.locality, e.service_id, e.occurred_on, MOD(e.id, 4);
INSERT INTO entry_facet_day_count (organisation_id, facet, facet_value, theme_id, service_id, occurred_on, slot, entries, people)
SELECT e.organisation_id, 'LOCALITY', e.locality, x.theme_id, e.service_id, e.occurred_on, MOD(e.id, 4), COUNT(*), SUM(e.people_count)
FROM log_entry e
JOIN (SELECT et.entry_id, et.theme_id FROM entry_theme et
      UNION
      SELECT et.entry_id, t.parent_id FROM entry_theme et JOIN theme t ON t.id = et.theme_id WHERE t.parent_id IS NOT NULL) x
  ON x.entry_id = e.id
WHERE e.deleted = FALSE AND e.locality IS NOT NULL
GROUP BY e.organisation_id, e.locality, x.theme_id, e.service_id, e.occurred_on, MOD(e.id, 4);
