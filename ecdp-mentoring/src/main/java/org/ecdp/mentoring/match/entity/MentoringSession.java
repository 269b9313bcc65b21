package org.ecdp.mentoring.match.entity;

import jakarta.persistence.DiscriminatorType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.ecdp.domain.organisation.entity.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.ecdp.domain.entity.BaseEntity;
import org.ecdp.domain.validation.InvalidInput;

/**
 * One meeting of a mentor and the person on a match that has started (introduced or active):
 * when it was held (never in the future), how long (minutes, 1 to {@link #MAX_MINUTES}), what
 * was done and where. Sessions are kept when the match closes, as part of the person's journey.
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = Organisation.TENANT_PROPERTY, discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "mentoring_session")
public class MentoringSession extends BaseEntity {

    public static final int MAX_MINUTES = 600;

    @ManyToOne(optional = false)
    @JoinColumn(name = "match_id")
    private Match match;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false)
    private int minutes;

    @Column(name = "what_was_done", nullable = false, length = 2000)
    private String whatWasDone;

    @Column(nullable = false, length = 200)
    private String place;

    @Column(name = "recorded_by", nullable = false, length = 40)
    private String recordedBy;

    protected MentoringSession() {
    }

    /** Records a session, refusing it whole (every field at fault named) if anything is wrong. */
    public MentoringSession(Match match, LocalDate heldOn, Integer minutes, String whatWasDone, String place, LocalDate today, String by) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        problems.check(match.getStage() == MatchStage.INTRODUCED || match.getStage() == MatchStage.ACTIVE, "stage",
                "Sessions are recorded on a match that has started (introduced or active); this one is " + match.getStage().label().toLowerCase());
        if (heldOn == null) {
            problems.reject("heldOn", "Enter the date of the session");
        } else if (heldOn.isAfter(today)) {
            problems.reject("heldOn", "The session date cannot be in the future");
        } else if (match.getProposedOn() != null && heldOn.isBefore(match.getProposedOn())) {
            problems.reject("heldOn", "The session cannot be before the match was proposed (" + match.getProposedOn() + ")");
        }
        if (minutes == null) {
            problems.reject("minutes", "Enter how long the session lasted, in minutes");
        } else {
            problems.check(minutes > 0 && minutes <= MAX_MINUTES, "minutes", "Must be between 1 and " + MAX_MINUTES + " minutes");
        }
        String what = Texts.clean(whatWasDone);
        problems.check(!what.isEmpty(), "whatWasDone", "Say what was done");
        problems.check(what.length() <= 2000, "whatWasDone", "Keep it to 2000 characters");
        String where = Texts.clean(place);
        problems.check(!where.isEmpty(), "place", "Say where the session was (a place, or remote)");
        problems.check(where.length() <= 200, "place", "Keep it to 200 characters");
        problems.throwIfAny();
        this.match = match;
        this.heldOn = heldOn;
        this.minutes = minutes;
        this.whatWasDone = what;
        this.place = where;
        this.recordedBy = by;
    }

    public Match getMatch() { return match; }
    public LocalDate getHeldOn() { return heldOn; }
    public int getMinutes() { return minutes; }
    public String getWhatWasDone() { return whatWasDone; }
    public String getPlace() { return place; }
    public String getRecordedBy() { return recordedBy; }
}
