package org.ecdp.housing.enrolment.entity;

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
import org.ecdp.housing.instrument.entity.Instrument;

/**
 * One score on one instrument at one timepoint for one participant, already range-checked by
 * {@link Participant}. A follow-up measured more than four weeks from when it was due is kept
 * and flagged as outside its window.
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = Organisation.TENANT_PROPERTY, discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "housing_outcome")
public class Outcome extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "participant_id")
    private Participant participant;

    @ManyToOne(optional = false)
    @JoinColumn(name = "instrument_id")
    private Instrument instrument;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Timepoint timepoint;

    @Column(nullable = false)
    private double score;

    @Column(name = "recorded_on", nullable = false)
    private LocalDate recordedOn;

    @Column(name = "recorded_by", nullable = false, length = 40)
    private String recordedBy;

    @Column(name = "outside_window", nullable = false)
    private boolean outsideWindow;

    protected Outcome() {
    }

    Outcome(Participant participant, Instrument instrument, Timepoint timepoint, double score, LocalDate recordedOn,
            String recordedBy) {
        this.participant = participant;
        this.instrument = instrument;
        this.timepoint = timepoint;
        this.score = score;
        this.recordedOn = recordedOn;
        this.recordedBy = recordedBy;
        this.outsideWindow = timepoint.isFollowUp() && !timepoint.isWithinWindow(participant.getEnrolledOn(), recordedOn);
    }

    public Participant getParticipant() {
        return participant;
    }

    public Instrument getInstrument() {
        return instrument;
    }

    public Timepoint getTimepoint() {
        return timepoint;
    }

    public double getScore() {
        return score;
    }

    public LocalDate getRecordedOn() {
        return recordedOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public boolean isOutsideWindow() {
        return outsideWindow;
    }
}
