package org.ecdp.mentoring.matching.entity;

import org.ecdp.domain.validation.InvalidInput;

/**
 * How many points each criterion is worth at most; coordinators may change them. A pair earns a
 * share of each weight (see {@link Criterion}) and its score is the sum, so with the defaults a
 * perfect pair for someone waiting six months scores 120:
 * goals 40 (the person's goals the volunteer offers), shared lived experience 15 (when asked for),
 * availability 15 (shared slots, three are plenty), travel 10 (closer is better; remote earns half
 * unless the person meets only remotely), language 10 (the person's preferred language; another
 * shared one earns half), access needs 10 (share of needs met), waiting 20 (grows daily until
 * {@code waitingFullAfterDays}).
 */
public record MatchWeights(
        double goals,
        double sharedExperience,
        double availability,
        double travel,
        double language,
        double accessNeeds,
        double waiting,
        int waitingFullAfterDays) {

    /** Bound on any one weight, which keeps every score well inside the solver's exact range. */
    public static final double MAX_WEIGHT = 1000;

    public static final MatchWeights DEFAULTS = new MatchWeights(40, 15, 15, 10, 10, 10, 20, 180);

    public MatchWeights {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        check(errors, "goals", goals);
        check(errors, "sharedExperience", sharedExperience);
        check(errors, "availability", availability);
        check(errors, "travel", travel);
        check(errors, "language", language);
        check(errors, "accessNeeds", accessNeeds);
        check(errors, "waiting", waiting);
        errors.check(waitingFullAfterDays >= 1, "waitingFullAfterDays", "must be at least 1 day");
        errors.throwIfAny();
    }

    public double weightOf(Criterion criterion) {
        return switch (criterion) {
            case GOALS -> goals;
            case SHARED_EXPERIENCE -> sharedExperience;
            case AVAILABILITY -> availability;
            case TRAVEL -> travel;
            case LANGUAGE -> language;
            case ACCESS_NEEDS -> accessNeeds;
            case WAITING -> waiting;
        };
    }

    /** The most points any pair can score. */
    public double maximum() {
        return goals + sharedExperience + availability + travel + language + accessNeeds + waiting;
    }

    private static void check(InvalidInput.Collector errors, String field, double weight) {
        errors.check(weight >= 0 && weight <= MAX_WEIGHT, field, "must be between 0 and " + (int) MAX_WEIGHT);
    }
}
