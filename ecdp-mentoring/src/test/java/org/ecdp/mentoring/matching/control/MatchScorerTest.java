package org.ecdp.mentoring.matching.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.ecdp.mentoring.matching.control.Fixtures.TODAY;
import static org.ecdp.mentoring.matching.control.Fixtures.request;
import static org.ecdp.mentoring.matching.control.Fixtures.volunteer;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.vocabulary.AvailabilitySlot;
import org.ecdp.domain.vocabulary.ImpairmentGroup;
import org.ecdp.domain.vocabulary.Locality;
import org.ecdp.mentoring.matching.entity.AccessNeed;
import org.ecdp.mentoring.matching.entity.Criterion;
import org.ecdp.mentoring.matching.entity.Goal;
import org.ecdp.mentoring.matching.entity.MatchScore;
import org.ecdp.mentoring.matching.entity.MatchWeights;
import org.ecdp.mentoring.matching.entity.MatchingContext;
import org.ecdp.mentoring.matching.entity.Reason;
import org.ecdp.mentoring.matching.entity.ScoreMatrix;
import org.ecdp.mentoring.matching.entity.VolunteerProfile;
import org.ecdp.mentoring.matching.entity.WaitingRequest;
import org.junit.jupiter.api.Test;

class MatchScorerTest {

    private final MatchScorer scorer = new MatchScorer(MatchWeights.DEFAULTS);

    private Map<Criterion, Double> points(WaitingRequest request, VolunteerProfile volunteer) {
        return scorer.score(request, volunteer, TODAY).reasons().stream()
                .collect(Collectors.toMap(Reason::criterion, Reason::points));
    }

    private double points(Criterion criterion, WaitingRequest request, VolunteerProfile volunteer) {
        return points(request, volunteer).get(criterion);
    }

    @Test
    void everyCriterionIsExplainedOnceInOrder() {
        MatchScore score = scorer.score(request(1).build(), volunteer(7).build(), TODAY);

        assertThat(score.reasons()).extracting(Reason::criterion).containsExactly(Criterion.values());
        assertThat(score.reasons()).allSatisfy(r -> assertThat(r.detail()).isNotBlank());
    }

    @Test
    void goalsScoreTheShareOfThePersonsGoalsTheVolunteerOffers() {
        WaitingRequest fourGoals = request(1).goals(Goal.CONFIDENCE, Goal.SOCIAL, Goal.SKILLS, Goal.WORK_EXPERIENCE).build();

        assertThat(points(Criterion.GOALS, fourGoals, volunteer(7).skills(Goal.CONFIDENCE, Goal.SOCIAL).build())).isEqualTo(20.0);
        assertThat(scorer.score(fourGoals, volunteer(7).skills(Goal.CONFIDENCE, Goal.SOCIAL).build(), TODAY).reasons().get(0)
                .detail()).isEqualTo("Offers 2 of 4 goals: Confidence, Social");
        assertThat(points(Criterion.GOALS, fourGoals, volunteer(7).skills(Goal.TRAVEL_TRAINING).build())).isZero();
    }

    @Test
    void sharedLivedExperienceCountsOnlyWhereWanted() {
        VolunteerProfile deaf = volunteer(7).livedExperience(ImpairmentGroup.SENSORY_HEARING).build();

        assertThat(points(Criterion.SHARED_EXPERIENCE, request(1).sharedExperience(ImpairmentGroup.SENSORY_HEARING).build(), deaf))
                .isEqualTo(15.0);
        assertThat(points(Criterion.SHARED_EXPERIENCE, request(1).sharedExperience(ImpairmentGroup.MENTAL_HEALTH).build(), deaf))
                .isZero();
        assertThat(points(Criterion.SHARED_EXPERIENCE, request(1).build(), deaf)).isZero();
    }

    @Test
    void availabilityScoresSharedTimesThreeBeingPlenty() {
        VolunteerProfile mornings = volunteer(7).availability(AvailabilitySlot.MON_AM, AvailabilitySlot.TUE_AM,
                AvailabilitySlot.WED_AM, AvailabilitySlot.THU_AM).build();

        assertThat(points(Criterion.AVAILABILITY, request(1).availability(AvailabilitySlot.MON_AM, AvailabilitySlot.MON_PM,
                AvailabilitySlot.SAT_EVE).build(), mornings)).isEqualTo(5.0);
        assertThat(points(Criterion.AVAILABILITY, request(1).availability(AvailabilitySlot.MON_AM).build(), mornings)).isEqualTo(15.0);
        assertThat(points(Criterion.AVAILABILITY, request(1).availability(AvailabilitySlot.MON_AM, AvailabilitySlot.TUE_AM,
                AvailabilitySlot.WED_AM, AvailabilitySlot.SUN_EVE, AvailabilitySlot.SAT_EVE).build(), mornings)).isEqualTo(15.0);
        assertThat(points(Criterion.AVAILABILITY, request(1).availability(AvailabilitySlot.SUN_PM).build(), mornings)).isZero();
    }

    private String why(Criterion criterion, WaitingRequest request, VolunteerProfile volunteer) {
        return scorer.score(request, volunteer, TODAY).reasons().stream().filter(r -> r.criterion() == criterion).findFirst()
                .orElseThrow().detail();
    }

    @Test
    void theTimesInCommonAreNamedWithTheirCountInPlainWords() {
        VolunteerProfile mornings = volunteer(7).availability(AvailabilitySlot.MON_AM, AvailabilitySlot.MON_EVE,
                AvailabilitySlot.WED_AM, AvailabilitySlot.THU_AM).build();
        assertThat(why(Criterion.AVAILABILITY, request(1).availability(AvailabilitySlot.MON_AM, AvailabilitySlot.MON_PM,
                AvailabilitySlot.SAT_EVE).build(), mornings)).isEqualTo("Both free at 1 of the 3 times asked for: Monday morning");
        assertThat(why(Criterion.AVAILABILITY, request(1).availability(AvailabilitySlot.WED_AM).build(), mornings))
                .isEqualTo("Both free at the one time asked for: Wednesday morning");
        assertThat(why(Criterion.AVAILABILITY, request(1).availability(AvailabilitySlot.THU_AM, AvailabilitySlot.MON_EVE,
                AvailabilitySlot.MON_AM).build(), mornings)).isEqualTo("Both free at all 3 times asked for: Monday morning and evening, Thursday morning");
        assertThat(why(Criterion.AVAILABILITY, request(1).availability(AvailabilitySlot.SUN_PM).build(), mornings))
                .isEqualTo("Not free at the one time asked for");
        assertThat(why(Criterion.AVAILABILITY, request(1).availability(AvailabilitySlot.SUN_PM, AvailabilitySlot.SAT_PM).build(), mornings))
                .isEqualTo("Not free at any of the 2 times asked for");
        assertThat(why(Criterion.AVAILABILITY, request(1).availability().build(), mornings)).isEqualTo("No times asked for");
    }

    @Test
    void travelFavoursCloseInPersonThenRemote() {
        assertThat(points(Criterion.TRAVEL, request(1).build(), volunteer(7).build())).isEqualTo(10.0);
        // Basildon is about 17.8 km from Chelmsford; the volunteer travels 30 km
        assertThat(points(Criterion.TRAVEL, request(1).district(Locality.BASILDON).build(), volunteer(7).travelKm(30).build()))
                .isCloseTo(4.06, within(0.02));
        assertThat(points(Criterion.TRAVEL, request(1).district(Locality.TENDRING).remoteOk(true).build(),
                volunteer(7).remote(true).build())).isEqualTo(5.0);
        assertThat(points(Criterion.TRAVEL, request(1).district(Locality.TENDRING).accessNeeds(AccessNeed.REMOTE_ONLY).build(),
                volunteer(7).remote(true).build())).isEqualTo(10.0);
    }

    @Test
    void languageScoresThePreferredLanguageFully() {
        assertThat(points(Criterion.LANGUAGE, request(1).languages("pl", "en").build(), volunteer(7).languages("pl").build()))
                .isEqualTo(10.0);
        assertThat(points(Criterion.LANGUAGE, request(1).languages("pl", "en").build(), volunteer(7).languages("en").build()))
                .isEqualTo(5.0);
    }

    @Test
    void accessNeedsScoreTheShareMet() {
        WaitingRequest needs = request(1).accessNeeds(AccessNeed.STEP_FREE, AccessNeed.EASY_READ).build();

        assertThat(points(Criterion.ACCESS_NEEDS, needs, volunteer(7).accessSupport(AccessNeed.STEP_FREE).build())).isEqualTo(5.0);
        assertThat(points(Criterion.ACCESS_NEEDS, needs,
                volunteer(7).accessSupport(AccessNeed.STEP_FREE, AccessNeed.EASY_READ).build())).isEqualTo(10.0);
        assertThat(points(Criterion.ACCESS_NEEDS, request(1).accessNeeds(AccessNeed.BSL).languages("bsl").build(),
                volunteer(7).languages("bsl").build())).isEqualTo(10.0);
    }

    @Test
    void waitingEarnsABonusThatGrowsForSixMonths() {
        assertThat(points(Criterion.WAITING, request(1).referredOn(TODAY).build(), volunteer(7).build())).isZero();
        assertThat(points(Criterion.WAITING, request(1).referredOn(TODAY.minusDays(90)).build(), volunteer(7).build()))
                .isEqualTo(10.0);
        assertThat(points(Criterion.WAITING, request(1).referredOn(TODAY.minusDays(400)).build(), volunteer(7).build()))
                .isEqualTo(20.0);
    }

    @Test
    void coordinatorsWeightsChangeTheScore() {
        MatchWeights noGoals = new MatchWeights(0, 15, 15, 10, 10, 10, 20, 180);
        WaitingRequest request = request(1).build();
        VolunteerProfile volunteer = volunteer(7).build();

        double withDefaults = scorer.score(request, volunteer, TODAY).points();
        double withoutGoals = new MatchScorer(noGoals).score(request, volunteer, TODAY).points();

        assertThat(withDefaults - withoutGoals).isEqualTo(40.0);
    }

    @Test
    void weightsOutOfRangeAreRefusedNamingTheField() {
        assertThatThrownBy(() -> new MatchWeights(40, -1, 15, 10, 10, 10, 20, 0)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors()).extracting(f -> f.field())
                        .containsExactly("sharedExperience", "waitingFullAfterDays"));
    }

    @Test
    void aPerfectPairForSomeoneWaitingSixMonthsScoresTheMaximum() {
        WaitingRequest request = request(1).goals(Goal.CONFIDENCE).sharedExperience(ImpairmentGroup.LEARNING)
                .accessNeeds(AccessNeed.EASY_READ).referredOn(TODAY.minusDays(180)).build();
        VolunteerProfile volunteer = volunteer(7).livedExperience(ImpairmentGroup.LEARNING).accessSupport(AccessNeed.EASY_READ).build();

        assertThat(scorer.score(request, volunteer, TODAY).points()).isEqualTo(MatchWeights.DEFAULTS.maximum()).isEqualTo(120.0);
    }

    @Test
    void theReasonsAddUpToTheScoreAndTheMatrixShowsTheSameScore() {
        RandomInstances random = new RandomInstances(42);
        List<WaitingRequest> requests = random.requests(40);
        List<VolunteerProfile> volunteers = random.volunteers(30, 3);
        MatchWeights odd = new MatchWeights(33.3, 7.77, 12.5, 9.99, 3.33, 1.01, 17.7, 97);
        Matchmaker matchmaker = new Matchmaker(odd);
        ScoreMatrix matrix = matchmaker.scoreMatrix(requests, volunteers, MatchingContext.on(TODAY));

        int allowed = 0;
        for (WaitingRequest request : requests) {
            for (VolunteerProfile volunteer : volunteers) {
                MatchScore score = new MatchScorer(odd).score(request, volunteer, TODAY);
                double sum = score.reasons().stream().mapToDouble(Reason::points).sum();
                assertThat(score.points()).isCloseTo(sum, within(1e-9));
                Double inMatrix = matrix.scoreOf(request.id(), volunteer.id());
                if (inMatrix != null) {
                    allowed++;
                    assertThat(inMatrix).isEqualTo(score.points());
                }
            }
        }
        assertThat(allowed).isGreaterThan(50);
    }
}
