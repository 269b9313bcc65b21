package org.ecdp.mentoring.matching.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.ecdp.domain.vocabulary.Locality;
import org.ecdp.mentoring.matching.entity.Goal;
import org.ecdp.mentoring.matching.entity.HardConstraint;
import org.ecdp.mentoring.matching.entity.MatchingContext;
import org.ecdp.mentoring.matching.entity.Pair;
import org.ecdp.mentoring.matching.entity.VolunteerProfile;
import org.ecdp.mentoring.matching.entity.VolunteerStatus;
import org.ecdp.mentoring.matching.entity.Violation;
import org.ecdp.mentoring.matching.entity.WaitingRequest;

/**
 * Whether a pair may be matched at all. A pair is forbidden when:
 * the volunteer has no training date (or one still to come); has no DBS certificate that counts
 * today (over 3 years old counts only with the Update Service); the person wants help with money
 * management or health appointments (regulated activity) and the volunteer's current check is not
 * ENHANCED_BARRED_ADULTS; the volunteer is not ACTIVE or has no free place; a coordinator excluded
 * the pair, or it was proposed and declined before; the person meets only remotely and the
 * volunteer does not; they cannot meet, neither remotely (both willing) nor in person (the
 * person's district centre within the distance the volunteer travels from theirs); they share
 * none of the person's languages, or the person needs BSL and the volunteer does not sign.
 * Every broken rule is reported with a reason, not only the first.
 */
public final class HardConstraints {

    private HardConstraints() {
    }

    /** The rules this pair breaks on {@code context.today()}; empty when it may be matched. */
    public static List<Violation> check(WaitingRequest request, VolunteerProfile volunteer, MatchingContext context) {
        return violations(new RequestFacts(request, context.today()), new VolunteerFacts(volunteer, context.today()), context);
    }

    public static boolean allows(WaitingRequest request, VolunteerProfile volunteer, MatchingContext context) {
        return allows(new RequestFacts(request, context.today()), new VolunteerFacts(volunteer, context.today()), context);
    }

    static boolean allows(RequestFacts r, VolunteerFacts v, MatchingContext context) {
        for (HardConstraint constraint : HardConstraint.values()) {
            if (breaks(constraint, r, v, context)) {
                return false;
            }
        }
        return true;
    }

    static List<Violation> violations(RequestFacts r, VolunteerFacts v, MatchingContext context) {
        List<Violation> violations = new ArrayList<>();
        for (HardConstraint constraint : HardConstraint.values()) {
            if (breaks(constraint, r, v, context)) {
                violations.add(new Violation(constraint, reason(constraint, r, v)));
            }
        }
        return violations;
    }

    private static boolean breaks(HardConstraint constraint, RequestFacts r, VolunteerFacts v, MatchingContext context) {
        VolunteerProfile volunteer = v.volunteer;
        return switch (constraint) {
            case TRAINING_COMPLETED -> volunteer.trainingCompletedOn() == null
                    || volunteer.trainingCompletedOn().isAfter(context.today());
            case DBS_CURRENT -> !v.dbsCounts;
            case REGULATED_ACTIVITY -> r.regulated && !v.barredListCurrent;
            case VOLUNTEER_ACTIVE -> volunteer.status() != VolunteerStatus.ACTIVE;
            case FREE_PLACE -> volunteer.freePlaces() == 0;
            case COORDINATOR_EXCLUSION -> !context.excluded().isEmpty()
                    && context.excluded().contains(Pair.of(r.request.id(), volunteer.id()));
            case DECLINED_BEFORE -> !context.declined().isEmpty()
                    && context.declined().contains(Pair.of(r.request.id(), volunteer.id()));
            case REMOTE_ONLY -> r.remoteOnly && !volunteer.remote();
            case TRAVEL_DISTANCE -> !r.remoteOnly && !canMeetRemotely(r, v) && !canMeetInPerson(r, v);
            case LANGUAGE -> !sharesALanguage(r, v) || (r.needsBsl && !v.speaksBsl);
        };
    }

    static boolean canMeetRemotely(RequestFacts r, VolunteerFacts v) {
        return r.meetsRemotely && v.volunteer.remote();
    }

    static boolean canMeetInPerson(RequestFacts r, VolunteerFacts v) {
        double km = DistrictCentres.km(r.request.district(), v.volunteer.district());
        return !r.remoteOnly && !Double.isNaN(km) && km <= v.volunteer.travelKm();
    }

    private static boolean sharesALanguage(RequestFacts r, VolunteerFacts v) {
        List<String> wanted = r.request.languages();
        if (wanted.isEmpty()) {
            return true;
        }
        for (String language : wanted) {
            if (v.volunteer.languages().contains(language)) {
                return true;
            }
        }
        return false;
    }

    private static String reason(HardConstraint constraint, RequestFacts r, VolunteerFacts v) {
        VolunteerProfile volunteer = v.volunteer;
        WaitingRequest request = r.request;
        String who = "Volunteer " + volunteer.id();
        return switch (constraint) {
            case TRAINING_COMPLETED -> volunteer.trainingCompletedOn() == null
                    ? who + " has no training date: no training, no match"
                    : who + "'s training is dated " + volunteer.trainingCompletedOn() + ", not yet completed";
            case DBS_CURRENT -> volunteer.dbs() == null
                    ? who + " has no DBS certificate"
                    : who + "'s DBS certificate of " + volunteer.dbs().issuedOn()
                            + " is over 3 years old and not on the Update Service";
            case REGULATED_ACTIVITY -> "Help with " + regulatedGoals(request)
                    + " is regulated activity: it needs a current enhanced DBS check with the adults' barred list; "
                    + who + (volunteer.dbs() == null ? " has none"
                            : " has " + volunteer.dbs().level() + (v.dbsCounts ? "" : " (no longer counts)"));
            case VOLUNTEER_ACTIVE -> who + " is " + volunteer.status() + ", not ACTIVE";
            case FREE_PLACE -> who + " has no free place (mentors " + volunteer.activeMatches() + ", capacity "
                    + volunteer.capacity() + ")";
            case COORDINATOR_EXCLUSION -> "A coordinator excluded this pair";
            case DECLINED_BEFORE -> "This pair was proposed before and declined";
            case REMOTE_ONLY -> "Request " + request.ref() + " meets only remotely and " + who.toLowerCase(Locale.ROOT)
                    + " does not meet remotely";
            case TRAVEL_DISTANCE -> travelReason(r, v);
            case LANGUAGE -> r.needsBsl && !v.speaksBsl
                    ? "Request " + request.ref() + " needs BSL and " + who.toLowerCase(Locale.ROOT) + " does not sign"
                    : who + " speaks none of " + String.join(", ", request.languages());
        };
    }

    private static String travelReason(RequestFacts r, VolunteerFacts v) {
        VolunteerProfile volunteer = v.volunteer;
        String remote = r.meetsRemotely ? "volunteer " + volunteer.id() + " does not meet remotely"
                : "request " + r.request.ref() + " does not meet remotely";
        double km = DistrictCentres.km(r.request.district(), volunteer.district());
        if (Double.isNaN(km)) {
            Locality unknown = DistrictCentres.hasCentre(r.request.district()) ? volunteer.district() : r.request.district();
            return "No district centre for " + unknown.label() + " to judge travel, and " + remote;
        }
        return r.request.district().label() + " is about " + Math.round(km) + " km from " + volunteer.district().label()
                + ", beyond the " + volunteer.travelKm() + " km volunteer " + volunteer.id() + " travels, and " + remote;
    }

    private static String regulatedGoals(WaitingRequest request) {
        return request.goals().stream().filter(Goal::isRegulatedActivity).sorted()
                .map(g -> g.label().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" and "));
    }
}
