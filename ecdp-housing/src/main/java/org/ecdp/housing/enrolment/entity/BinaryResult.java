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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.ecdp.domain.entity.BaseEntity;

/**
 * One participant's yes/no outcome ({@link BinaryMeasure}), with the date it was known and who
 * recorded it; checked by {@link Participant#recordBinary}.
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = Organisation.TENANT_PROPERTY, discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "housing_binary_outcome")
@NamedQuery(name = BinaryResult.OF_PROGRAMME, query = "select b from BinaryResult b join fetch b.participant p"
        + " where p.programme = :programme")
@NamedQuery(name = BinaryResult.OF_PARTICIPANT, query = "select b from BinaryResult b where b.participant = :participant"
        + " order by b.measure")
public class BinaryResult extends BaseEntity {

    public static final String OF_PROGRAMME = "BinaryResult.ofProgramme";
    public static final String OF_PARTICIPANT = "BinaryResult.ofParticipant";

    @ManyToOne(optional = false)
    @JoinColumn(name = "participant_id")
    private Participant participant;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 40)
    private BinaryMeasure measure;

    @Column(nullable = false)
    private boolean achieved;

    @Column(name = "recorded_on", nullable = false)
    private LocalDate recordedOn;

    @Column(name = "recorded_by", nullable = false, length = 40)
    private String recordedBy;

    protected BinaryResult() {
    }

    BinaryResult(Participant participant, BinaryMeasure measure, boolean achieved, LocalDate recordedOn, String recordedBy) {
        this.participant = participant;
        this.measure = measure;
        this.achieved = achieved;
        this.recordedOn = recordedOn;
        this.recordedBy = recordedBy;
    }

    public Participant getParticipant() {
        return participant;
    }

    public BinaryMeasure getMeasure() {
        return measure;
    }

    public boolean isAchieved() {
        return achieved;
    }

    public LocalDate getRecordedOn() {
        return recordedOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
