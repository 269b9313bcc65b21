package org.ecdp.web.api.mentoring.match;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import java.util.List;
import org.ecdp.mentoring.match.entity.GoalProgress;
import org.ecdp.mentoring.match.entity.Journey;
import org.ecdp.mentoring.match.entity.Match;
import org.ecdp.mentoring.match.entity.MatchRun;
import org.ecdp.mentoring.match.entity.MentoringSession;
import org.ecdp.mentoring.matching.entity.Assignment;
import org.ecdp.mentoring.matching.entity.MatchWeights;
import org.ecdp.mentoring.matching.entity.Reason;
import org.ecdp.web.api.mentoring.request.RequestView;

/**
 * The JSON the match resources answer, as records JSON-B writes: the fields are the public
 * contract's. A match's dates and reasons not reached yet are there as {@code null}, never left out.
 */
public final class MatchViews {

    private MatchViews() {
    }

    @JsonbNillable
    public record MatchView(long id, long request, long volunteer, String stage, double score, LocalDate proposedOn,
                            LocalDate firstMeetingOn, String declinedReason) {
        static MatchView of(Match m) {
            return new MatchView(m.getId(), m.getRequest().getId(), m.getVolunteer().getId(), m.getStage().name(), m.getScore(),
                    m.getProposedOn(), m.getFirstMeetingOn(), m.getDeclinedReason());
        }
    }

    /** A match in a person's journey: the match with its reviews and how it ended. */
    @JsonbNillable
    public record JourneyMatchView(long id, long request, long volunteer, String stage, double score, LocalDate proposedOn,
                                   LocalDate firstMeetingOn, String declinedReason, LocalDate suggestedOn, int reviewsDone,
                                   LocalDate lastReviewOn, String reviewNotes, LocalDate closedOn, String closingReason,
                                   String outcome) {
        static JourneyMatchView of(Match m) {
            MatchView v = MatchView.of(m);
            return new JourneyMatchView(v.id(), v.request(), v.volunteer(), v.stage(), v.score(), v.proposedOn(), v.firstMeetingOn(),
                    v.declinedReason(), m.getSuggestedOn(), m.getReviewsDone(), m.getLastReviewOn(), m.getReviewNotes(),
                    m.getClosedOn(), m.getClosingReason() == null ? null : m.getClosingReason().name(), m.getOutcome());
        }
    }

    public record RunView(long id, LocalDate ranOn, List<AssignmentView> assignments, List<Long> unmatched, double totalScore) {
        static RunView of(MatchRun run) {
            var result = run.result();
            return new RunView(run.getId(), run.getRanOn(), result.assignments().stream().map(AssignmentView::of).toList(),
                    result.unmatched(), result.totalScore());
        }
    }

    public record AssignmentView(long request, long volunteer, double score, boolean pinned, List<ReasonView> reasons) {
        static AssignmentView of(Assignment a) {
            return new AssignmentView(a.request(), a.volunteer(), a.score(), a.pinned(), a.reasons().stream().map(ReasonView::of).toList());
        }
    }

    /** Why a pair scored what it did: {@code detail} is empty, never null, where there is nothing to add. */
    public record ReasonView(String criterion, double points, String detail) {
        static ReasonView of(Reason r) {
            return new ReasonView(r.criterion().name(), r.points(), r.detail() == null ? "" : r.detail());
        }
    }

    public record SessionView(long id, long match, LocalDate heldOn, int minutes, String whatWasDone, String place) {
        static SessionView of(MentoringSession s) {
            return new SessionView(s.getId(), s.getMatch().getId(), s.getHeldOn(), s.getMinutes(), s.getWhatWasDone(), s.getPlace());
        }
    }

    @JsonbNillable
    public record ProgressView(long id, long match, String goal, int score, LocalDate recordedOn, String notes) {
        static ProgressView of(GoalProgress p) {
            return new ProgressView(p.getId(), p.getMatch().getId(), p.getGoal().name(), p.getScore(), p.getRecordedOn(), p.getNotes());
        }
    }

    public record JourneyView(RequestView request, List<JourneyMatchView> matches, List<SessionView> sessions,
                              List<ProgressView> progress, int totalMinutes) {
        static JourneyView of(Journey j) {
            return new JourneyView(RequestView.of(j.request()), j.matches().stream().map(JourneyMatchView::of).toList(),
                    j.sessions().stream().map(SessionView::of).toList(), j.progress().stream().map(ProgressView::of).toList(),
                    j.totalMinutes());
        }
    }

    /** The weights the next run uses; {@code defaults} says whether they are the organisation's defaults. */
    public record WeightsView(double goals, double sharedExperience, double availability, double travel, double language,
                              double accessNeeds, double waiting, int waitingFullAfterDays, boolean defaults) {
        static WeightsView of(MatchWeights w) {
            return new WeightsView(w.goals(), w.sharedExperience(), w.availability(), w.travel(), w.language(), w.accessNeeds(),
                    w.waiting(), w.waitingFullAfterDays(), w.equals(MatchWeights.DEFAULTS));
        }
    }
}
