package org.ecdp.domain.privacy.entity;

import jakarta.persistence.DiscriminatorType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.ecdp.domain.organisation.entity.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.ecdp.domain.validation.InvalidInput;

/**
 * The administrator's period for one kind of record, when it differs from the module's default.
 * A period is whole months, at least one: a rule of zero would erase a record the day it is made.
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = Organisation.TENANT_PROPERTY, discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "retention_rule")
public class RetentionRule implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_MONTHS = 1200;

    @Id
    @Column(length = 40)
    private String kind;

    @Column(nullable = false)
    private int months;

    @Column(name = "changed_by", nullable = false, length = 40)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected RetentionRule() {
    }

    public RetentionRule(String kind, int months, String changedBy, Instant changedAt) {
        this.kind = kind;
        change(months, changedBy, changedAt);
    }

    public void change(int newMonths, String by, Instant at) {
        check(kind, newMonths);
        this.months = newMonths;
        this.changedBy = by;
        this.changedAt = at;
    }

    public static void check(String kind, int months) {
        if (months < 1 || months > MAX_MONTHS) {
            throw InvalidInput.of("months", "The period for " + kind + " must be between 1 and " + MAX_MONTHS + " months");
        }
    }

    /** The first day a record dated before it has been kept longer than {@code months} on {@code today}. */
    public static LocalDate cutOff(LocalDate today, int months) {
        return today.minusMonths(months);
    }

    public String getKind() {
        return kind;
    }

    public int getMonths() {
        return months;
    }
}
