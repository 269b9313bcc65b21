package org.ecdp.mentoring.matching.entity;

import java.util.List;

/**
 * Everything a coordinator may ask about one pair: the hard constraints it breaks (none if it may
 * be matched) and what it would score, criterion by criterion.
 */
public record PairAssessment(long request, long volunteer, List<Violation> violations, MatchScore score) {

    public PairAssessment {
        violations = List.copyOf(violations);
    }

    public boolean allowed() {
        return violations.isEmpty();
    }
}
