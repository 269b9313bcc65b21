package org.ecdp.mentoring.renewal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The claim of one daily job on one day ({@code RENEWALS:2026-11-26}): with several portal
 * instances on one database only the first insert succeeds, and only that instance runs the job.
 */
@Entity
@Table(name = "mentoring_job_run")
public class JobRun implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "run_key", length = 40)
    private String key;

    @Column(name = "run_day", nullable = false)
    private LocalDate day;

    @Column(nullable = false, length = 100)
    private String instance;

    protected JobRun() {
    }

    public JobRun(String kind, LocalDate day, String instance) {
        this.key = keyOf(kind, day);
        this.day = day;
        this.instance = instance.length() > 100 ? instance.substring(0, 100) : instance;
    }

    public static String keyOf(String kind, LocalDate day) {
        return kind + ":" + day;
    }

    public String getKey() { return key; }
    public LocalDate getDay() { return day; }
    public String getInstance() { return instance; }
}
