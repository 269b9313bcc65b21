-- Spike alerts for the officer, and the nightly scan's once-per-day claim. Runs on H2 (MODE=LEGACY) and MySQL/MariaDB.
CREATE TABLE trend_alert (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    theme_id BIGINT NOT NULL,
    method VARCHAR(20) NOT NULL,
    period_interval VARCHAR(10) NOT NULL,
    period_start DATE NOT NULL,
    observed BIGINT NOT NULL,
    expected DOUBLE NOT NULL,
    upper_bound DOUBLE NOT NULL,
    status VARCHAR(20) NOT NULL,
    raised_at TIMESTAMP(3) NOT NULL,
    changed_at TIMESTAMP(3),
    changed_by VARCHAR(40),
    dismiss_reason VARCHAR(1000),
    CONSTRAINT uq_alert_theme_method_period UNIQUE (theme_id, method, period_start),
    CONSTRAINT fk_alert_theme FOREIGN KEY (theme_id) REFERENCES theme (id)
);
CREATE INDEX ix_alert_status ON trend_alert (status, period_start);

-- One row per scan and day: the first portal instance to insert it runs the scan; the others find the key taken.
CREATE TABLE scan_run (
    run_key VARCHAR(40) NOT NULL PRIMARY KEY,
    scan_kind VARCHAR(20) NOT NULL,
    run_day DATE NOT NULL,
    started_at TIMESTAMP(3) NOT NULL,
    instance VARCHAR(100) NOT NULL
);
