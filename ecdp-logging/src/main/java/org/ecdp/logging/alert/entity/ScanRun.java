package org.ecdp.logging.alert.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The claim of one scan on one day. Its key is the scan and the day ({@code NIGHTLY:2026-11-26}),
 * so when two portal instances share a database only the first insert succeeds and only
 * that instance scans.
 */
@Entity
@Table(name = "scan_run")
public class ScanRun implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "run_key", length = 40)
    private String key;

    @Column(name = "scan_kind", nullable = false, length = 20)
    private String kind;

    @Column(name = "run_day", nullable = false)
    private LocalDate day;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(nullable = false, length = 100)
    private String instance;

    protected ScanRun() {
    }

    public ScanRun(String kind, LocalDate day, Instant startedAt, String instance) {
        this.key = keyOf(kind, day);
        this.kind = kind;
        this.day = day;
        this.startedAt = startedAt;
        this.instance = instance.length() > 100 ? instance.substring(0, 100) : instance;
    }

    public static String keyOf(String kind, LocalDate day) {
        return kind + ":" + day;
    }

    public String getKey() {
        return key;
    }

    public String getKind() {
        return kind;
    }

    public LocalDate getDay() {
        return day;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getInstance() {
        return instance;
    }
}
