package org.ecdp.mentoring.matching.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ecdp.domain.vocabulary.AvailabilitySlot;
import org.ecdp.mentoring.matching.entity.Criterion;
import org.ecdp.mentoring.matching.entity.Goal;
import org.ecdp.mentoring.matching.entity.MatchScore;
import org.ecdp.mentoring.matching.entity.MatchWeights;
import org.ecdp.mentoring.matching.entity.Reason;
import org.ecdp.mentoring.matching.entity.VolunteerProfile;
import org.ecdp.mentoring.matching.entity.WaitingRequest;

/**
 * A pair's score: for each criterion, its weight times the share of it the pair meets, rounded to
 * hundredths of a point; the score is the sum of those rounded points, so the reasons always add
 * up to it. The shares:
 * GOALS, the person's goals among the volunteer's skills; SHARED_EXPERIENCE, 1 when the person
 * asked for a lived experience the volunteer shares; AVAILABILITY, shared slots out of
 * min(3, the person's slots); TRAVEL, the better of in person (1 - distance / the volunteer's
 * travel km) and remote (1 for a person who meets only remotely, else 1/2); LANGUAGE, 1 when the
 * volunteer speaks the person's first language, 1/2 for another of theirs; ACCESS_NEEDS, needs met
 * out of needs stated; WAITING, days since referral out of {@code waitingFullAfterDays}, at most 1.
 * A criterion the person expressed nothing for (no languages, no access needs) gives 0.
 * Scores are computed in whole hundredths, which the solver uses exactly.
 */
public final class MatchScorer {

    private final MatchWeights weights;

    public MatchScorer(MatchWeights weights) {
        this.weights = weights;
    }

    public MatchWeights weights() {
        return weights;
    }

    /** What the pair scores on {@code today}, criterion by criterion (hard constraints aside). */
    public MatchScore score(WaitingRequest request, VolunteerProfile volunteer, LocalDate today) {
        return score(new RequestFacts(request, today), new VolunteerFacts(volunteer, today));
    }

    MatchScore score(RequestFacts r, VolunteerFacts v) {
        List<Reason> reasons = new ArrayList<>(Criterion.values().length);
        int total = 0;
        for (Criterion criterion : Criterion.values()) {
            int cents = cents(criterion, r, v);
            total += cents;
            reasons.add(new Reason(criterion, cents / 100.0, detail(criterion, r, v)));
        }
        return new MatchScore(total / 100.0, reasons);
    }

    /** The score in hundredths of a point; equals 100 times {@link #score}'s points. */
    int cents(RequestFacts r, VolunteerFacts v) {
        int total = 0;
        for (Criterion criterion : Criterion.values()) {
            total += cents(criterion, r, v);
        }
        return total;
    }

    /** The most hundredths any pair can score with these weights. */
    int maximumCents() {
        int total = 0;
        for (Criterion criterion : Criterion.values()) {
            total += (int) Math.round(weights.weightOf(criterion) * 100);
        }
        return total;
    }

    private int cents(Criterion criterion, RequestFacts r, VolunteerFacts v) {
        return (int) Math.round(weights.weightOf(criterion) * share(criterion, r, v) * 100);
    }

    static double share(Criterion criterion, RequestFacts r, VolunteerFacts v, MatchWeights weights) {
        return switch (criterion) {
            case GOALS -> (double) Integer.bitCount(r.goals & v.skills) / Integer.bitCount(r.goals);
            case SHARED_EXPERIENCE -> (r.sharedExperience & v.livedExperience) != 0 ? 1 : 0;
            case AVAILABILITY -> {
                int wanted = Math.min(3, Integer.bitCount(r.slots));
                yield wanted == 0 ? 0 : (double) Math.min(wanted, Integer.bitCount(r.slots & v.slots)) / wanted;
            }
            case TRAVEL -> travelShare(r, v);
            case LANGUAGE -> languageShare(r, v);
            case ACCESS_NEEDS -> r.accessNeeds == 0 ? 0
                    : (double) Integer.bitCount(r.accessNeeds & v.accessMet) / Integer.bitCount(r.accessNeeds);
            case WAITING -> Math.min(1.0, (double) r.daysWaiting / weights.waitingFullAfterDays());
        };
    }

    private double share(Criterion criterion, RequestFacts r, VolunteerFacts v) {
        return share(criterion, r, v, weights);
    }

    private static double travelShare(RequestFacts r, VolunteerFacts v) {
        double best = 0;
        if (HardConstraints.canMeetInPerson(r, v)) {
            double km = DistrictCentres.km(r.request.district(), v.volunteer.district());
            best = 1 - km / Math.max(1, v.volunteer.travelKm());
        }
        if (HardConstraints.canMeetRemotely(r, v)) {
            best = Math.max(best, r.remoteOnly ? 1 : 0.5);
        }
        return Math.max(0, best);
    }

    private static double languageShare(RequestFacts r, VolunteerFacts v) {
        List<String> languages = r.request.languages();
        if (languages.isEmpty()) {
            return 0;
        }
        if (v.volunteer.languages().contains(languages.get(0))) {
            return 1;
        }
        for (String language : languages) {
            if (v.volunteer.languages().contains(language)) {
                return 0.5;
            }
        }
        return 0;
    }

    private static String detail(Criterion criterion, RequestFacts r, VolunteerFacts v) {
        WaitingRequest request = r.request;
        VolunteerProfile volunteer = v.volunteer;
        return switch (criterion) {
            case GOALS -> {
                List<String> offered = request.goals().stream().filter(volunteer.skills()::contains).sorted()
                        .map(Goal::label).toList();
                yield "Offers " + offered.size() + " of " + request.goals().size() + " goals"
                        + (offered.isEmpty() ? "" : ": " + String.join(", ", offered));
            }
            case SHARED_EXPERIENCE -> request.sharedExperience() == null ? "Not asked for"
                    : (r.sharedExperience & v.livedExperience) != 0
                            ? "Shares " + request.sharedExperience().label().toLowerCase(Locale.ROOT) + " experience"
                            : "Does not share " + request.sharedExperience().label().toLowerCase(Locale.ROOT) + " experience";
            case AVAILABILITY -> availabilityDetail(request.availability().stream().filter(volunteer.availability()::contains).toList(),
                    request.availability().size());
            case TRAVEL -> travelDetail(r, v);
            case LANGUAGE -> request.languages().isEmpty() ? "No language stated"
                    : volunteer.languages().contains(request.languages().get(0)) ? "Speaks " + language(request.languages().get(0))
                    : languageShare(r, v) > 0 ? "Speaks " + languages(request.languages().stream().filter(volunteer.languages()::contains).toList())
                            + ", not " + language(request.languages().get(0))
                    : "Speaks none of " + languages(request.languages());
            case ACCESS_NEEDS -> request.accessNeeds().isEmpty() ? "No access needs stated"
                    : "Meets " + Integer.bitCount(r.accessNeeds & v.accessMet) + " of " + request.accessNeeds().size()
                            + " access needs";
            case WAITING -> "Waiting " + r.daysWaiting + " days";
        };
    }

    /**
     * "Both free at 2 of the 3 times asked for: Monday morning and evening", in words a coordinator
     * reads aloud: the times in common named, the plurals right.
     */
    static String availabilityDetail(List<AvailabilitySlot> shared, int asked) {
        if (asked == 0) {
            return "No times asked for";
        }
        if (shared.isEmpty()) {
            return asked == 1 ? "Not free at the one time asked for" : "Not free at any of the " + asked + " times asked for";
        }
        String times = ": " + AvailabilitySlot.inWords(shared);
        if (shared.size() == asked) {
            return (asked == 1 ? "Both free at the one time asked for" : "Both free at all " + asked + " times asked for") + times;
        }
        return "Both free at " + shared.size() + " of the " + asked + " times asked for" + times;
    }

    /** A language code as its English name: "pl" is "Polish", the portal's own "bsl" British Sign Language. */
    static String language(String code) {
        if ("bsl".equalsIgnoreCase(code)) {
            return "British Sign Language";
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.UK);
        return name.isBlank() || name.equalsIgnoreCase(code) ? code : name;
    }

    private static String languages(List<String> codes) {
        List<String> names = codes.stream().map(MatchScorer::language).toList();
        return names.size() <= 1 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    private static String travelDetail(RequestFacts r, VolunteerFacts v) {
        boolean inPerson = HardConstraints.canMeetInPerson(r, v);
        boolean remote = HardConstraints.canMeetRemotely(r, v);
        String inPersonText = inPerson
                ? "about " + Math.round(DistrictCentres.km(r.request.district(), v.volunteer.district())) + " km of "
                        + v.volunteer.travelKm() + " km travelled"
                : null;
        if (inPerson && remote) {
            return "In person (" + inPersonText + ") or remote";
        }
        if (inPerson) {
            return "In person, " + inPersonText;
        }
        return remote ? "Remote" : "Cannot meet";
    }
}
