package org.ecdp.mentoring.match.entity;

import java.io.Serializable;
import java.util.List;
import org.ecdp.mentoring.request.entity.MentoringRequest;

/**
 * A person's journey on one page: their request, every match in order (declined and rematched
 * ones included, with reviews and outcomes), every session and every goal-progress record over time.
 */
public record Journey(MentoringRequest request, List<Match> matches, List<MentoringSession> sessions, List<GoalProgress> progress) implements Serializable {

    /** The match that has started and is not closed (introduced or active), or null: sessions and progress go on it. */
    public Match current() {
        return matches.stream().filter(m -> m.getStage() == MatchStage.INTRODUCED || m.getStage() == MatchStage.ACTIVE)
                .reduce((a, b) -> b).orElse(null);
    }

    public int totalMinutes() {
        return sessions.stream().mapToInt(MentoringSession::getMinutes).sum();
    }
}
