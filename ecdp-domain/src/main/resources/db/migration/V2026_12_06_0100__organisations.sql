-- A network of organisations (issue 15): ecdp hosts other disabled people's user-led organisations and
-- partners such as a council call centre on one installation. Every record belongs to one organisation;
-- an existing database's records become the first organisation's (id 1, the host), so nothing changes
-- for its users. The column's default exists only while the rows are moved: afterwards every writer must
-- say whose record it writes (a native INSERT that forgets fails instead of landing in the host).
-- Runs on H2 (MODE=LEGACY) and MySQL/MariaDB.
CREATE TABLE organisation (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    code VARCHAR(40) NOT NULL,
    name VARCHAR(100) NOT NULL,
    shares_aggregates BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT uq_organisation_code UNIQUE (code)
);
INSERT INTO organisation (id, version, code, name, shares_aggregates, created_at)
    VALUES (1, 0, 'ECDP', 'Essex Coalition of Disabled People', TRUE, CURRENT_TIMESTAMP);

ALTER TABLE ecdp_service ADD COLUMN organisation_id BIGINT NOT NULL DEFAULT 1;
ALTER TABLE ecdp_service ALTER COLUMN organisation_id DROP DEFAULT;
ALTER TABLE ecdp_service ADD CONSTRAINT fk_service_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id);
ALTER TABLE ecdp_service ADD CONSTRAINT uq_service_organisation_code UNIQUE (organisation_id, code);
ALTER TABLE ecdp_service DROP CONSTRAINT uq_service_code;

-- usernames stay unique across the network: signing in names no organisation
ALTER TABLE portal_user ADD COLUMN organisation_id BIGINT NOT NULL DEFAULT 1;
ALTER TABLE portal_user ALTER COLUMN organisation_id DROP DEFAULT;
ALTER TABLE portal_user ADD CONSTRAINT fk_user_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id);

ALTER TABLE audit_record ADD COLUMN organisation_id BIGINT NOT NULL DEFAULT 1;
ALTER TABLE audit_record ALTER COLUMN organisation_id DROP DEFAULT;
CREATE INDEX ix_audit_organisation_at ON audit_record (organisation_id, at);

-- each organisation keeps its own retention rules and objections
ALTER TABLE retention_rule ADD COLUMN organisation_id BIGINT NOT NULL DEFAULT 1;
ALTER TABLE retention_rule ALTER COLUMN organisation_id DROP DEFAULT;
ALTER TABLE retention_rule DROP PRIMARY KEY;
ALTER TABLE retention_rule ADD PRIMARY KEY (organisation_id, kind);

ALTER TABLE privacy_objection ADD COLUMN organisation_id BIGINT NOT NULL DEFAULT 1;
ALTER TABLE privacy_objection ALTER COLUMN organisation_id DROP DEFAULT;
ALTER TABLE privacy_objection DROP PRIMARY KEY;
ALTER TABLE privacy_objection ADD PRIMARY KEY (organisation_id, ref);
