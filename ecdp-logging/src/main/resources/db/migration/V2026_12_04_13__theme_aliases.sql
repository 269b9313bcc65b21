-- Everyday words and abbreviations that find a theme when logging ("atw", "PIP", "bus", "DWP"); the officer edits them on the themes page.
CREATE TABLE theme_alias (
    theme_id BIGINT NOT NULL,
    alias VARCHAR(40) NOT NULL,
    CONSTRAINT pk_theme_alias PRIMARY KEY (theme_id, alias),
    CONSTRAINT fk_theme_alias_theme FOREIGN KEY (theme_id) REFERENCES theme (id)
);
