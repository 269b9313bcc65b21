package org.ecdp.logging.alert.entity;

import jakarta.persistence.DiscriminatorType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.ecdp.domain.organisation.entity.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.ecdp.domain.entity.BaseEntity;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.logging.theme.entity.Theme;
import org.ecdp.logging.trend.entity.DetectionMethod;
import org.ecdp.logging.trend.entity.DetectionOffset;
import org.ecdp.logging.trend.entity.DetectionSettings;
import org.ecdp.logging.trend.entity.Interval;
import org.ecdp.logging.trend.entity.PeriodDetection;

/**
 * A spike the scans found: a theme's count in one period (a working day or an ISO week)
 * above what a detection method allows. There is never more than one alert per theme,
 * method, offset and period (the table's unique key); a later scan of the same period refreshes
 * its figures. The alert keeps which method raised it and what it judged the count against
 * (the count alone, or the week's volume: {@link DetectionOffset}), so the officer can tell a
 * theme raised by more people than usual from one raised by a busy week. The officer reviews it, opens a response, or dismisses it with a reason.
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = Organisation.TENANT_PROPERTY, discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "trend_alert")
public class Alert extends BaseEntity {

    public static final int MAX_REASON = 1000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "theme_id")
    private Theme theme;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DetectionMethod method;

    @Enumerated(EnumType.STRING)
    @Column(name = "detection_offset", nullable = false, length = 10)
    private DetectionOffset offset = DetectionOffset.NONE;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_interval", nullable = false, length = 10)
    private Interval interval;

    @Column(name = "period_start", nullable = false)
    private LocalDate period;

    @Column(nullable = false)
    private long observed;

    @Column(nullable = false)
    private double expected;

    @Column(name = "upper_bound", nullable = false)
    private double upperBound;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AlertStatus status = AlertStatus.NEW;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by", length = 40)
    private String changedBy;

    @Column(name = "dismiss_reason", length = MAX_REASON)
    private String dismissReason;

    protected Alert() {
    }

    /** Raises a new alert from an alarm of {@code settings}' method (and offset) on {@code theme}'s series. */
    public Alert(Theme theme, DetectionSettings settings, PeriodDetection alarm, Instant now) {
        this(theme, settings.method(), settings.interval(), alarm, now);
        this.offset = settings.offset();
    }

    /** Raises a new alert from an alarm of {@code method} on {@code theme}'s count alone. */
    public Alert(Theme theme, DetectionMethod method, Interval interval, PeriodDetection alarm, Instant now) {
        if (!alarm.alarm()) {
            throw new IllegalArgumentException("Only an alarm raises an alert: " + alarm);
        }
        this.theme = Objects.requireNonNull(theme, "theme");
        this.method = Objects.requireNonNull(method, "method");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.period = alarm.period();
        this.raisedAt = now;
        recount(alarm);
    }

    /** A later scan of the same period: the figures follow the log (more entries may have come in). */
    public boolean recount(PeriodDetection detection) {
        if (!detection.period().equals(period)) {
            throw new IllegalArgumentException("Detection of " + detection.period() + " is not about " + period);
        }
        boolean changed = observed != detection.observed() || expected != detection.expected()
                || upperBound != detection.upperBound();
        observed = detection.observed();
        expected = detection.expected();
        upperBound = detection.upperBound();
        return changed;
    }

    public void review(String by, Instant at) {
        moveTo(AlertStatus.REVIEWED, by, at);
    }

    public void openResponse(String by, Instant at) {
        moveTo(AlertStatus.RESPONSE_OPENED, by, at);
    }

    /** Dismissing needs a reason, so the next officer knows why the spike was not acted on. */
    public void dismiss(String reason, String by, Instant at) {
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.isEmpty()) {
            throw InvalidInput.of("reason", "Say why this alert needs no action");
        }
        if (trimmed.length() > MAX_REASON) {
            throw InvalidInput.of("reason", "Keep the reason to " + MAX_REASON + " characters");
        }
        moveTo(AlertStatus.DISMISSED, by, at);
        dismissReason = trimmed;
    }

    private void moveTo(AlertStatus next, String by, Instant at) {
        if (!status.canMoveTo(next)) {
            throw InvalidInput.of("status", "An alert that is " + status.label().toLowerCase() + " cannot become "
                    + next.label().toLowerCase());
        }
        status = next;
        changedBy = by;
        changedAt = at;
    }

    /** The first day whose entries count in the alert's period (a Monday takes the weekend before it). */
    public LocalDate getFirstDay() {
        return interval.firstDayOf(period);
    }

    /** The last day whose entries count in the alert's period. */
    public LocalDate getLastDay() {
        return interval.lastDayOf(period);
    }

    public Theme getTheme() {
        return theme;
    }

    public DetectionMethod getMethod() {
        return method;
    }

    /** What the method judged the count against: the count alone, or the week's volume. */
    public DetectionOffset getOffset() {
        return offset;
    }

    /** The method that raised the alert, in the officer's words: "weekly seasonal check, given how many were heard that week". */
    public String getMethodName() {
        return new DetectionSettings(method, interval, DetectionSettings.DEFAULT_BASELINE, method.defaultAlpha(), 0, offset)
                .plainName();
    }

    public Interval getInterval() {
        return interval;
    }

    public LocalDate getPeriod() {
        return period;
    }

    public long getObserved() {
        return observed;
    }

    public double getExpected() {
        return expected;
    }

    public double getUpperBound() {
        return upperBound;
    }

    public AlertStatus getStatus() {
        return status;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getDismissReason() {
        return dismissReason;
    }
}
