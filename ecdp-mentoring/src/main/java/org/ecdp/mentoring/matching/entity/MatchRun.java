package org.ecdp.mentoring.matching.entity;

import java.io.Serializable;
import java.util.List;

/**
 * The result of a match run (the API's run without its id): the assignments, the requests left
 * unmatched, and the total score of the assignments. It matches as many people as possible and,
 * among those ways, has the highest total score.
 */
public record MatchRun(List<Assignment> assignments, List<Long> unmatched, double totalScore) implements Serializable {

    public MatchRun {
        assignments = List.copyOf(assignments);
        unmatched = List.copyOf(unmatched);
    }
}
