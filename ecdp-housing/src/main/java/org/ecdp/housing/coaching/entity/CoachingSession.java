package org.ecdp.housing.coaching.entity;

import jakarta.persistence.DiscriminatorType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.ecdp.domain.organisation.entity.Organisation;
import org.ecdp.housing.coach.entity.Coach;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecdp.domain.validation.InvalidInput;

/**
 * One coaching session a coach logs with a tenant on their caseload: when, how long, and which
 * topics. Only the tenant's own coach logs it, only for a coached tenant, never in the future
 * and never before enrolment.
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = Organisation.TENANT_PROPERTY, discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "housing_coaching_session")
@NamedQuery(name = CoachingSession.BY_COACH, query = "select s from CoachingSession s where s.coach = :coach order by s.heldOn desc, s.id desc")
public class CoachingSession implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String BY_COACH = "CoachingSession.byCoach";
    public static final int MAX_MINUTES = 480;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "participant_id", nullable = false, updatable = false)
    private long participantId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "coach_id", updatable = false)
    private Coach coach;

    @Column(name = "held_on", nullable = false, updatable = false)
    private LocalDate heldOn;

    @Column(nullable = false, updatable = false)
    private int minutes;

    @Column(nullable = false, length = 200, updatable = false)
    private String topics;

    protected CoachingSession() {
    }

    public CoachingSession(CoachedTenant tenant, Coach coach, LocalDate heldOn, Integer minutes, Set<CoachingTopic> topics,
                           LocalDate today) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (!tenant.coached() || coach == null || !coach.getUsername().equals(tenant.coach())) {
            problems.reject("participant", "Sessions are logged only by the tenant's own coach");
        }
        if (heldOn == null) {
            problems.reject("on", "Enter the date of the session");
        } else if (heldOn.isAfter(today)) {
            problems.reject("on", "A session cannot be in the future");
        } else if (heldOn.isBefore(tenant.enrolledOn())) {
            problems.reject("on", "A session cannot be before the tenant was enrolled");
        }
        if (minutes == null || minutes < 5 || minutes > MAX_MINUTES) {
            problems.reject("minutes", "A session lasts from 5 to " + MAX_MINUTES + " minutes");
        }
        if (topics == null || topics.isEmpty()) {
            problems.reject("topics", "Choose at least one topic");
        }
        problems.throwIfAny();
        this.participantId = tenant.participantId();
        this.coach = coach;
        this.heldOn = heldOn;
        this.minutes = minutes;
        this.topics = EnumSet.copyOf(topics).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    public Long getId() {
        return id;
    }

    public long getParticipantId() {
        return participantId;
    }

    public Coach getCoach() {
        return coach;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public int getMinutes() {
        return minutes;
    }

    public List<CoachingTopic> getTopics() {
        return Arrays.stream(topics.split(",")).map(CoachingTopic::valueOf).toList();
    }

    public String getTopicLabels() {
        return getTopics().stream().map(CoachingTopic::label).collect(Collectors.joining(", "));
    }
}
