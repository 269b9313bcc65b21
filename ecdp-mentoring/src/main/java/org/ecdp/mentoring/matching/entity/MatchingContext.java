package org.ecdp.mentoring.matching.entity;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a match run depends on besides requests and volunteers: the day it runs on (certificates
 * expire and waiting grows), the pairs a coordinator has excluded (for good, or forbidden for this
 * re-run), the pairs proposed before and declined (never proposed again), and the pairs the
 * coordinator pinned (they must be in the result).
 */
public record MatchingContext(LocalDate today, Set<Pair> excluded, Set<Pair> declined, Set<Pair> pinned) {

    public MatchingContext {
        Objects.requireNonNull(today, "today");
        excluded = Set.copyOf(excluded);
        declined = Set.copyOf(declined);
        pinned = Set.copyOf(pinned);
    }

    public static MatchingContext on(LocalDate today) {
        return new MatchingContext(today, Set.of(), Set.of(), Set.of());
    }

    public MatchingContext excluding(Pair pair) {
        return new MatchingContext(today, plus(excluded, pair), declined, pinned);
    }

    public MatchingContext declined(Pair pair) {
        return new MatchingContext(today, excluded, plus(declined, pair), pinned);
    }

    public MatchingContext pinning(Pair pair) {
        return new MatchingContext(today, excluded, declined, plus(pinned, pair));
    }

    private static Set<Pair> plus(Set<Pair> pairs, Pair pair) {
        Set<Pair> more = new HashSet<>(pairs);
        more.add(pair);
        return more;
    }
}
