-- Each day count is spread over 4 rows (slot = the entry's id MOD 4) and read as their sum
-- (DayCounts.SLOTS): with one row, every entry of a service's day waited for the previous one's
-- commit to reach the disk, which capped the log at about 170 entries a second on this machine's
-- disk (the POST load of issue 17). The tables are made again with the slot in their key and
-- filled from the entries, as day-counts-rebuild.sql does.
CREATE TABLE entry_day_count_slots (
    organisation_id BIGINT NOT NULL,
    theme_id BIGINT NOT NULL,
    service_id BIGINT NOT NULL,
    occurred_on DATE NOT NULL,
    slot SMALLINT NOT NULL,
    entries BIGINT NOT NULL,
    people BIGINT NOT NULL,
    PRIMARY KEY (theme_id, service_id, occurred_on, slot)
);
CREATE TABLE entry_facet_day_count_slots (
    organisation_id BIGINT NOT NULL,
    facet VARCHAR(10) NOT NULL,
    facet_value VARCHAR(20) NOT NULL,
    theme_id BIGINT NOT NULL,
    service_id BIGINT NOT NULL,
    occurred_on DATE NOT NULL,
    slot SMALLINT NOT NULL,
    entries BIGINT NOT NULL,
    people BIGINT NOT NULL,
    PRIMARY KEY (facet, facet_value, theme_id, service_id, occurred_on, slot)
);
DROP TABLE entry_day_count;
DROP TABLE entry_facet_day_count;
ALTER TABLE entry_day_count_slots RENAME TO entry_day_count;
ALTER TABLE entry_facet_day_count_slots RENAME TO entry_facet_day_count;
CREATE INDEX ix_day_count_organisation ON entry_day_count (organisation_id, theme_id, occurred_on);
CREATE INDEX ix_facet_day_count_organisation ON entry_facet_day_count (organisation_id, facet, facet_value, theme_id, occurred_on);
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
