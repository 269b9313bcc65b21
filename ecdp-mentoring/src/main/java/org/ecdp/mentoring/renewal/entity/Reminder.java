package org.ecdp.mentoring.renewal.entity;

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
import java.time.LocalDate;
import org.ecdp.domain.entity.BaseEntity;
import org.ecdp.mentoring.volunteer.entity.Volunteer;

/**
 * A renewal reminder as recorded: the volunteer, what to renew, by when, and how many days
 * ahead it was. Unique per volunteer, kind, renewal date and threshold, so it is recorded once.
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = Organisation.TENANT_PROPERTY, discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "mentoring_reminder")
public class Reminder extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "volunteer_id")
    private Volunteer volunteer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RenewalKind kind;

    @Column(name = "threshold_days", nullable = false)
    private int thresholdDays;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "reminded_on", nullable = false)
    private LocalDate remindedOn;

    protected Reminder() {
    }

    public Reminder(Volunteer volunteer, RenewalKind kind, int thresholdDays, LocalDate dueOn, LocalDate remindedOn) {
        this.volunteer = volunteer;
        this.kind = kind;
        this.thresholdDays = thresholdDays;
        this.dueOn = dueOn;
        this.remindedOn = remindedOn;
    }

    public Volunteer getVolunteer() { return volunteer; }
    public RenewalKind getKind() { return kind; }
    public int getThresholdDays() { return thresholdDays; }
    public LocalDate getDueOn() { return dueOn; }
    public LocalDate getRemindedOn() { return remindedOn; }
}
