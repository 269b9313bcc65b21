package org.ecdp.mentoring.match.entity;

import jakarta.persistence.DiscriminatorType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.ecdp.domain.organisation.entity.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import org.ecdp.mentoring.matching.entity.MatchWeights;

/** The coordinators' match weights: one row (id 1); when there is none, the defaults apply. */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = Organisation.TENANT_PROPERTY, discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "mentoring_weights")
public class StoredWeights implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final long ID = 1;

    @Id
    private Long id = ID;

    @Version
    private long version;

    private double goals;
    @Column(name = "shared_experience")
    private double sharedExperience;
    private double availability;
    private double travel;
    @Column(name = "language_weight")
    private double language;
    @Column(name = "access_needs")
    private double accessNeeds;
    private double waiting;
    @Column(name = "waiting_full_after_days")
    private int waitingFullAfterDays;
    @Column(name = "changed_by", nullable = false, length = 40)
    private String changedBy;
    @Column(name = "changed_on", nullable = false)
    private LocalDate changedOn;

    protected StoredWeights() {
    }

    public StoredWeights(MatchWeights weights, String by, LocalDate today) {
        set(weights, by, today);
    }

    public void set(MatchWeights w, String by, LocalDate today) {
        goals = w.goals();
        sharedExperience = w.sharedExperience();
        availability = w.availability();
        travel = w.travel();
        language = w.language();
        accessNeeds = w.accessNeeds();
        waiting = w.waiting();
        waitingFullAfterDays = w.waitingFullAfterDays();
        changedBy = by;
        changedOn = today;
    }

    public MatchWeights weights() {
        return new MatchWeights(goals, sharedExperience, availability, travel, language, accessNeeds, waiting, waitingFullAfterDays);
    }

    public String getChangedBy() { return changedBy; }
    public LocalDate getChangedOn() { return changedOn; }
}
