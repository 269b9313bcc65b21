-- Which count an alert's method judged (issue 17): NONE, the theme's count alone (every alert so far), or VOLUME,
-- the count given the week's entries of all themes. One alert per theme, method, offset and period.
-- Runs on H2 (MODE=LEGACY) and MySQL/MariaDB; the new key is added before the old one goes, as MariaDB keeps
-- an index on theme_id for the foreign key.
ALTER TABLE trend_alert ADD COLUMN detection_offset VARCHAR(10) NOT NULL DEFAULT 'NONE';
ALTER TABLE trend_alert ADD CONSTRAINT uq_alert_theme_method_offset_period UNIQUE (theme_id, method, detection_offset, period_start);
ALTER TABLE trend_alert DROP CONSTRAINT uq_alert_theme_method_period;
