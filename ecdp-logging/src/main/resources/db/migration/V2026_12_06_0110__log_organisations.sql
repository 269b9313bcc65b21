-- The lived experience log per organisation (issue 15; see V2026_12_06_0100). Themes are the
-- organisation's own, each mapped to a network theme (its code), so that pooled counts mean the same
-- thing everywhere: the existing themes map to themselves. The day counts carry the organisation too, so
-- an officer's totals, series and alert scans sum their own organisation's rows only.
ALTER TABLE theme ADD COLUMN organisation_id BIGINT NOT NULL DEFAULT 1;
ALTER TABLE theme ALTER COLUMN organisation_id DROP DEFAULT;
ALTER TABLE theme ADD COLUMN network_theme VARCHAR(40);
UPDATE theme SET network_theme = code;
ALTER TABLE theme ADD CONSTRAINT uq_theme_organisation_code UNIQUE (organisation_id, code);
ALTER TABLE theme DROP CONSTRAINT uq_theme_code;
CREATE INDEX ix_theme_network ON theme (network_theme, organisation_id);

-- the network's shared themes: the taxonomy every organisation's themes map to
CREATE TABLE network_theme (
    code VARCHAR(40) NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    parent_code VARCHAR(40),
    description VARCHAR(500)
);
INSERT INTO network_theme (code, name, parent_code)
    SELECT t.code, t.name, p.code FROM theme t LEFT JOIN theme p ON p.id = t.parent_id WHERE t.retired = FALSE;

ALTER TABLE log_entry ADD COLUMN organisation_id BIGINT NOT NULL DEFAULT 1;
ALTER TABLE log_entry ALTER COLUMN organisation_id DROP DEFAULT;
ALTER TABLE log_entry ADD CONSTRAINT uq_entry_organisation_fingerprint UNIQUE (organisation_id, fingerprint);
ALTER TABLE log_entry DROP CONSTRAINT uq_entry_fingerprint;
CREATE INDEX ix_entry_organisation_page ON log_entry (organisation_id, deleted, occurred_on, id);

ALTER TABLE entry_word ADD COLUMN organisation_id BIGINT NOT NULL DEFAULT 1;
ALTER TABLE entry_word ALTER COLUMN organisation_id DROP DEFAULT;
ALTER TABLE entry_revision ADD COLUMN organisation_id BIGINT NOT NULL DEFAULT 1;
ALTER TABLE entry_revision ALTER COLUMN organisation_id DROP DEFAULT;
ALTER TABLE lived_response ADD COLUMN organisation_id BIGINT NOT NULL DEFAULT 1;
ALTER TABLE lived_response ALTER COLUMN organisation_id DROP DEFAULT;
ALTER TABLE trend_alert ADD COLUMN organisation_id BIGINT NOT NULL DEFAULT 1;
ALTER TABLE trend_alert ALTER COLUMN organisation_id DROP DEFAULT;
CREATE INDEX ix_alert_organisation_status ON trend_alert (organisation_id, status, period_start);
ALTER TABLE evidence_release ADD COLUMN organisation_id BIGINT NOT NULL DEFAULT 1;
ALTER TABLE evidence_release ALTER COLUMN organisation_id DROP DEFAULT;

ALTER TABLE entry_day_count ADD COLUMN organisation_id BIGINT NOT NULL DEFAULT 1;
ALTER TABLE entry_day_count ALTER COLUMN organisation_id DROP DEFAULT;
CREATE INDEX ix_day_count_organisation ON entry_day_count (organisation_id, theme_id, occurred_on);
ALTER TABLE entry_facet_day_count ADD COLUMN organisation_id BIGINT NOT NULL DEFAULT 1;
ALTER TABLE entry_facet_day_count ALTER COLUMN organisation_id DROP DEFAULT;
CREATE INDEX ix_facet_day_count_organisation ON entry_facet_day_count (organisation_id, facet, facet_value, theme_id, occurred_on);
