-- The shared kernel: services, users, roles, audit trail. Runs unchanged on H2 (MODE=LEGACY) and MySQL/MariaDB.
CREATE TABLE ecdp_service (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    code VARCHAR(40) NOT NULL,
    name VARCHAR(100) NOT NULL,
    archived BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_service_code UNIQUE (code)
);

CREATE TABLE portal_user (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    username VARCHAR(40) NOT NULL,
    display_name VARCHAR(100) NOT NULL,
    password_hash VARCHAR(300) NOT NULL,
    enabled BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TIMESTAMP NOT NULL,
    CONSTRAINT uq_user_username UNIQUE (username)
);

CREATE TABLE user_role (
    user_id BIGINT NOT NULL,
    role VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES portal_user (id)
);

CREATE TABLE user_service (
    user_id BIGINT NOT NULL,
    service_id BIGINT NOT NULL,
    PRIMARY KEY (user_id, service_id),
    CONSTRAINT fk_user_service_user FOREIGN KEY (user_id) REFERENCES portal_user (id),
    CONSTRAINT fk_user_service_service FOREIGN KEY (service_id) REFERENCES ecdp_service (id)
);

CREATE TABLE audit_record (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    at TIMESTAMP(3) NOT NULL,
    actor VARCHAR(40) NOT NULL,
    action VARCHAR(60) NOT NULL,
    target VARCHAR(200),
    detail VARCHAR(2000)
);
CREATE INDEX ix_audit_at ON audit_record (at);
