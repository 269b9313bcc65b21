-- Evidence packs released for publication: which themes (sub-themes included) and dates left the
-- organisation, so a later pack for publication cannot overlap one and be subtracted from it to
-- reveal a count under 10 (security review F16).
CREATE TABLE evidence_release (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    from_date DATE NOT NULL,
    to_date DATE NOT NULL,
    themes_named VARCHAR(2000) NOT NULL,
    released_at TIMESTAMP(3) NOT NULL,
    released_by VARCHAR(40) NOT NULL
);
CREATE INDEX ix_evidence_release_dates ON evidence_release (to_date, from_date);

CREATE TABLE evidence_release_theme (
    release_id BIGINT NOT NULL,
    theme_id BIGINT NOT NULL,
    PRIMARY KEY (release_id, theme_id),
    CONSTRAINT fk_evidence_release_theme_release FOREIGN KEY (release_id) REFERENCES evidence_release (id)
);
