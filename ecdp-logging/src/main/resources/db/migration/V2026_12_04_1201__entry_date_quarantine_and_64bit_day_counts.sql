-- Entries dated outside 1900-01-01..2100-12-31, stored before such dates were refused (a
-- year 0 entry made every list answer 500 on MariaDB), are clamped to the nearest end of the
-- range and recorded here with the date they had, so nothing breaks a page or a list and the
-- officer can find and correct them: SELECT * FROM entry_date_quarantine (the entries keep
-- their id and stay visible, dated 1900-01-01 or 2100-12-31).
CREATE TABLE entry_date_quarantine (
    entry_id BIGINT NOT NULL PRIMARY KEY,
    original_occurred_on VARCHAR(40) NOT NULL,
    clamped_to DATE NOT NULL,
    found_at TIMESTAMP NOT NULL
);

INSERT INTO entry_date_quarantine (entry_id, original_occurred_on, clamped_to, found_at)
SELECT id, TRIM(CAST(occurred_on AS CHAR(40))),
       CASE WHEN occurred_on < DATE '1900-01-01' THEN DATE '1900-01-01' ELSE DATE '2100-12-31' END, CURRENT_TIMESTAMP
FROM log_entry WHERE occurred_on < DATE '1900-01-01' OR occurred_on > DATE '2100-12-31';

UPDATE log_entry SET occurred_on = DATE '1900-01-01' WHERE occurred_on < DATE '1900-01-01';
UPDATE log_entry SET occurred_on = DATE '2100-12-31' WHERE occurred_on > DATE '2100-12-31';

-- The day counts become 64-bit (a day's people summed over every entry cannot overflow) and are
-- rebuilt from the entries as day-counts-rebuild.sql does, which also drops the rows of the
-- clamped dates.
CREATE TABLE entry_day_count_64 (
    theme_id BIGINT NOT NULL,
    service_id BIGINT NOT NULL,
    occurred_on DATE NOT NULL,
    entries BIGINT NOT NULL,
    people BIGINT NOT NULL,
    PRIMARY KEY (theme_id, service_id, occurred_on)
);

INSERT INTO entry_day_count_64 (theme_id, service_id, occurred_on, entries, people)
SELECT 0, e.service_id, e.occurred_on, COUNT(*), SUM(e.people_count)
FROM log_entry e WHERE e.deleted = FALSE
GROUP BY e.service_id, e.occurred_on;

INSERT INTO entry_day_count_64 (theme_id, service_id, occurred_on, entries, people)
SELECT x.theme_id, e.service_id, e.occurred_on, COUNT(*), SUM(e.people_count)
FROM log_entry e
JOIN (SELECT et.entry_id, et.theme_id FROM entry_theme et
      UNION
      SELECT et.entry_id, t.parent_id FROM entry_theme et JOIN theme t ON t.id = et.theme_id WHERE t.parent_id IS NOT NULL) x
  ON x.entry_id = e.id
WHERE e.deleted = FALSE
GROUP BY x.theme_id, e.service_id, e.occurred_on;

DROP TABLE entry_day_count;
ALTER TABLE entry_day_count_64 RENAME TO entry_day_count;
