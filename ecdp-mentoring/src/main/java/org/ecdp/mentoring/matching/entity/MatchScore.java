package org.ecdp.mentoring.matching.entity;

import java.util.List;

/** A pair's score and its reasons, one per criterion; the points add up to the score exactly. */
public record MatchScore(double points, List<Reason> reasons) {

    public MatchScore {
        reasons = List.copyOf(reasons);
    }
}
