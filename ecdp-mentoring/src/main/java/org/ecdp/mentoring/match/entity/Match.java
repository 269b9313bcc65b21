package org.ecdp.mentoring.match.entity;

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
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.mentoring.matching.entity.Pair;
import org.ecdp.mentoring.request.entity.MentoringRequest;
import org.ecdp.mentoring.volunteer.entity.Volunteer;

/**
 * A person and a volunteer mentor, through the coordinator's workflow: suggested by a run,
 * proposed to both, introduced (both agreed; the first meeting date is set), active from the
 * first meeting, reviewed at 6 weeks, 3 months and 6 months, and closed with a reason and an
 * outcome. A proposal either side turns down is declined with a reason, and the pair is never
 * proposed again. Each step is only possible from the one before; nothing is deleted, so the
 * history survives rematches.
 */
@Entity(name = "MentoringMatch")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = Organisation.TENANT_PROPERTY, discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "mentoring_match")
@NamedQuery(name = Match.HOLDING_PLACES, query = "select m from MentoringMatch m where m.stage in :stages")
public class Match extends BaseEntity {

    public static final String HOLDING_PLACES = "Match.holdingPlaces";
    public static final Set<MatchStage> OPEN = EnumSet.of(MatchStage.PROPOSED, MatchStage.INTRODUCED, MatchStage.ACTIVE);

    /** When reviews fall due, counted from the first meeting. */
    public static final List<Period> REVIEWS = List.of(Period.ofWeeks(6), Period.ofMonths(3), Period.ofMonths(6));

    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id")
    private MentoringRequest request;

    @ManyToOne(optional = false)
    @JoinColumn(name = "volunteer_id")
    private Volunteer volunteer;

    @Column(name = "run_id")
    private Long runId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MatchStage stage;

    private double score;

    @Column(name = "suggested_on", nullable = false)
    private LocalDate suggestedOn;

    @Column(name = "proposed_on")
    private LocalDate proposedOn;

    @Column(name = "introduced_on")
    private LocalDate introducedOn;

    @Column(name = "first_meeting_on")
    private LocalDate firstMeetingOn;

    @Column(name = "active_from")
    private LocalDate activeFrom;

    @Column(name = "reviews_done", nullable = false)
    private int reviewsDone;

    @Column(name = "last_review_on")
    private LocalDate lastReviewOn;

    @Column(name = "review_notes", length = 2000)
    private String reviewNotes;

    @Column(name = "declined_on")
    private LocalDate declinedOn;

    @Column(name = "declined_reason", length = 500)
    private String declinedReason;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "closing_reason", length = 30)
    private ClosingReason closingReason;

    @Column(length = 2000)
    private String outcome;

    @Column(name = "changed_by", nullable = false, length = 40)
    private String changedBy;

    protected Match() {
    }

    /** A run's suggestion of this pair (nothing is agreed yet). */
    public Match(MentoringRequest request, Volunteer volunteer, Long runId, double score, LocalDate today, String coordinator) {
        this.request = request;
        this.volunteer = volunteer;
        this.runId = runId;
        this.score = score;
        this.stage = MatchStage.SUGGESTED;
        this.suggestedOn = today;
        this.changedBy = coordinator;
    }

    /** The coordinator puts the pair to both people. */
    public void propose(LocalDate today, String coordinator) {
        require(MatchStage.SUGGESTED, "propose");
        stage = MatchStage.PROPOSED;
        proposedOn = today;
        changedBy = coordinator;
    }

    /** The person or the volunteer said no: recorded with the reason; the pair is never proposed again. */
    public void decline(String reason, LocalDate today, String coordinator) {
        if (stage != MatchStage.SUGGESTED && stage != MatchStage.PROPOSED) {
            throw InvalidInput.of("stage", "Only a suggested or proposed match can be declined (this one is " + stage.label().toLowerCase() + ")");
        }
        String why = text(reason, "reason", "Say why the match was declined", 500);
        stage = MatchStage.DECLINED;
        declinedOn = today;
        declinedReason = why;
        changedBy = coordinator;
    }

    /** Both agreed: they are introduced and their first meeting is arranged. */
    public void introduce(LocalDate firstMeeting, LocalDate today, String coordinator) {
        require(MatchStage.PROPOSED, "introduce");
        if (firstMeeting == null) {
            throw InvalidInput.of("firstMeetingOn", "Enter the date of the first meeting");
        }
        if (firstMeeting.isBefore(proposedOn)) {
            throw InvalidInput.of("firstMeetingOn", "The first meeting cannot be before the proposal (" + proposedOn + ")");
        }
        stage = MatchStage.INTRODUCED;
        introducedOn = today;
        firstMeetingOn = firstMeeting;
        changedBy = coordinator;
    }

    /** The first meeting happened: mentoring is under way and the reviews are counted from it. */
    public void activate(LocalDate today, String coordinator) {
        require(MatchStage.INTRODUCED, "start");
        if (today.isBefore(firstMeetingOn)) {
            throw InvalidInput.of("firstMeetingOn", "The match becomes active at the first meeting, on " + firstMeetingOn);
        }
        stage = MatchStage.ACTIVE;
        activeFrom = firstMeetingOn;
        changedBy = coordinator;
    }

    /** A review held on {@code today}; notes are kept (the latest). */
    public void review(String notes, LocalDate today, String coordinator) {
        require(MatchStage.ACTIVE, "review");
        if (reviewsDone >= REVIEWS.size()) {
            throw InvalidInput.of("stage", "All " + REVIEWS.size() + " reviews are done; close the match when it ends");
        }
        reviewsDone++;
        lastReviewOn = today;
        reviewNotes = notes == null || notes.isBlank() ? null : text(notes, "notes", "", 2000);
        changedBy = coordinator;
    }

    /** The date the next review falls due, or null when none is (not active yet, or all done). */
    public LocalDate nextReviewDue() {
        if (stage != MatchStage.ACTIVE || reviewsDone >= REVIEWS.size()) {
            return null;
        }
        return activeFrom.plus(REVIEWS.get(reviewsDone));
    }

    /** Ends a proposed, introduced or active match, saying why and how it went. */
    public void close(ClosingReason reason, String outcomeText, LocalDate today, String coordinator) {
        if (!stage.holdsPlace()) {
            throw InvalidInput.of("stage", "Only a proposed, introduced or active match can be closed (this one is " + stage.label().toLowerCase() + ")");
        }
        if (reason == null) {
            throw InvalidInput.of("reason", "Choose why the match ended");
        }
        outcome = text(outcomeText, "outcome", "Say what came of the match", 2000);
        stage = MatchStage.CLOSED;
        closingReason = reason;
        closedOn = today;
        changedBy = coordinator;
    }

    public Pair pair() {
        return Pair.of(request.getId(), volunteer.getId());
    }

    private void require(MatchStage expected, String action) {
        if (stage != expected) {
            throw InvalidInput.of("stage", "Cannot " + action + " a match that is " + stage.label().toLowerCase()
                    + "; it must be " + expected.label().toLowerCase());
        }
    }

    private static String text(String value, String field, String missing, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw InvalidInput.of(field, missing);
        }
        if (v.length() > max) {
            throw InvalidInput.of(field, "Keep it to " + max + " characters");
        }
        return v;
    }

    public MentoringRequest getRequest() { return request; }
    public Volunteer getVolunteer() { return volunteer; }
    public Long getRunId() { return runId; }
    public MatchStage getStage() { return stage; }
    public double getScore() { return score; }
    public LocalDate getSuggestedOn() { return suggestedOn; }
    public LocalDate getProposedOn() { return proposedOn; }
    public LocalDate getIntroducedOn() { return introducedOn; }
    public LocalDate getFirstMeetingOn() { return firstMeetingOn; }
    public LocalDate getActiveFrom() { return activeFrom; }
    public int getReviewsDone() { return reviewsDone; }
    public LocalDate getLastReviewOn() { return lastReviewOn; }
    public String getReviewNotes() { return reviewNotes; }
    public LocalDate getDeclinedOn() { return declinedOn; }
    public String getDeclinedReason() { return declinedReason; }
    public LocalDate getClosedOn() { return closedOn; }
    public ClosingReason getClosingReason() { return closingReason; }
    public String getOutcome() { return outcome; }
    public String getChangedBy() { return changedBy; }
}
