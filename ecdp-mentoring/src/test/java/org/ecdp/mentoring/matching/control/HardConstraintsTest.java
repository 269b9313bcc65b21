package org.ecdp.mentoring.matching.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecdp.mentoring.matching.control.Fixtures.TODAY;
import static org.ecdp.mentoring.matching.control.Fixtures.request;
import static org.ecdp.mentoring.matching.control.Fixtures.volunteer;

import java.util.List;

import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.vocabulary.Locality;
import org.ecdp.mentoring.matching.entity.AccessNeed;
import org.ecdp.mentoring.matching.entity.DbsLevel;
import org.ecdp.mentoring.matching.entity.Goal;
import org.ecdp.mentoring.matching.entity.HardConstraint;
import org.ecdp.mentoring.matching.entity.MatchingContext;
import org.ecdp.mentoring.matching.entity.Pair;
import org.ecdp.mentoring.matching.entity.Violation;
import org.ecdp.mentoring.matching.entity.VolunteerProfile;
import org.ecdp.mentoring.matching.entity.VolunteerStatus;
import org.ecdp.mentoring.matching.entity.WaitingRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HardConstraintsTest {

    private static final MatchingContext CONTEXT = MatchingContext.on(TODAY);

    private static List<Violation> check(WaitingRequest request, VolunteerProfile volunteer) {
        return HardConstraints.check(request, volunteer, CONTEXT);
    }

    private static List<HardConstraint> broken(WaitingRequest request, VolunteerProfile volunteer) {
        return check(request, volunteer).stream().map(Violation::constraint).toList();
    }

    @Test
    void aTrainedCheckedActiveVolunteerNearbyMayBeMatched() {
        assertThat(check(request(1).build(), volunteer(1).build())).isEmpty();
        assertThat(HardConstraints.allows(request(1).build(), volunteer(1).build(), CONTEXT)).isTrue();
    }

    @Test
    void noTrainingDateNoMatch() {
        List<Violation> violations = check(request(1).build(), volunteer(7).trainingCompletedOn(null).build());

        assertThat(violations).extracting(Violation::constraint).containsExactly(HardConstraint.TRAINING_COMPLETED);
        assertThat(violations.get(0).reason()).isEqualTo("Volunteer 7 has no training date: no training, no match");
    }

    @Test
    void trainingBookedForLaterDoesNotCountYet() {
        assertThat(broken(request(1).build(), volunteer(7).trainingCompletedOn(TODAY.plusDays(3)).build()))
                .containsExactly(HardConstraint.TRAINING_COMPLETED);
    }

    @Test
    void moneyManagementAndHealthAppointmentsNeedTheAdultsBarredList() {
        VolunteerProfile enhancedOnly = volunteer(7).skills(Goal.MONEY_MANAGEMENT, Goal.HEALTH_APPOINTMENTS).build();
        for (Goal regulated : List.of(Goal.MONEY_MANAGEMENT, Goal.HEALTH_APPOINTMENTS)) {
            List<Violation> violations = check(request(1).goals(regulated, Goal.CONFIDENCE).build(), enhancedOnly);
            assertThat(violations).extracting(Violation::constraint).containsExactly(HardConstraint.REGULATED_ACTIVITY);
            assertThat(violations.get(0).reason()).contains(regulated.label().toLowerCase())
                    .contains("adults' barred list").contains("has ENHANCED");
        }
        VolunteerProfile barredListChecked = volunteer(8).dbs(DbsLevel.ENHANCED_BARRED_ADULTS, TODAY.minusYears(1), false).build();
        assertThat(check(request(1).goals(Goal.MONEY_MANAGEMENT, Goal.HEALTH_APPOINTMENTS).build(), barredListChecked)).isEmpty();
    }

    @Test
    void otherGoalsDoNotNeedTheBarredList() {
        assertThat(check(request(1).goals(Goal.TRAVEL_TRAINING).build(),
                volunteer(7).dbs(DbsLevel.BASIC, TODAY.minusYears(1), false).build())).isEmpty();
    }

    @Test
    void aCertificateCountsForThreeYearsThenOnlyWithTheUpdateService() {
        WaitingRequest request = request(1).build();
        assertThat(check(request, volunteer(7).dbs(DbsLevel.ENHANCED, TODAY.minusYears(3), false).build())).isEmpty();

        List<Violation> stale = check(request, volunteer(7).dbs(DbsLevel.ENHANCED, TODAY.minusYears(3).minusDays(1), false).build());
        assertThat(stale).extracting(Violation::constraint).containsExactly(HardConstraint.DBS_CURRENT);
        assertThat(stale.get(0).reason()).contains("2023-11-25").contains("over 3 years old");

        assertThat(check(request, volunteer(7).dbs(DbsLevel.ENHANCED, TODAY.minusYears(8), true).build())).isEmpty();
    }

    @Test
    void aStaleBarredListCheckDoesNotAllowRegulatedActivity() {
        VolunteerProfile stale = volunteer(7).dbs(DbsLevel.ENHANCED_BARRED_ADULTS, TODAY.minusYears(4), false).build();

        assertThat(broken(request(1).goals(Goal.MONEY_MANAGEMENT).build(), stale))
                .containsExactly(HardConstraint.DBS_CURRENT, HardConstraint.REGULATED_ACTIVITY);
    }

    @Test
    void noCertificateNoMatch() {
        assertThat(check(request(1).build(), volunteer(7).noDbs().build()))
                .extracting(Violation::reason).containsExactly("Volunteer 7 has no DBS certificate");
    }

    @Test
    void coordinatorExclusionsAndDeclinedPairsAreNeverMatched() {
        WaitingRequest request = request(1).build();
        VolunteerProfile volunteer = volunteer(7).build();

        assertThat(HardConstraints.check(request, volunteer, CONTEXT.excluding(Pair.of(1, 7))))
                .extracting(Violation::constraint).containsExactly(HardConstraint.COORDINATOR_EXCLUSION);
        assertThat(HardConstraints.check(request, volunteer, CONTEXT.declined(Pair.of(1, 7))))
                .extracting(Violation::constraint).containsExactly(HardConstraint.DECLINED_BEFORE);
        assertThat(HardConstraints.check(request, volunteer, CONTEXT.excluding(Pair.of(1, 8)).declined(Pair.of(2, 7)))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = VolunteerStatus.class, names = {"APPLIED", "PAUSED", "LEFT"})
    void onlyActiveVolunteersAreMatched(VolunteerStatus status) {
        assertThat(check(request(1).build(), volunteer(7).status(status).build()))
                .extracting(Violation::reason).containsExactly("Volunteer 7 is " + status + ", not ACTIVE");
    }

    @Test
    void aVolunteerWithEveryPlaceTakenIsNotMatched() {
        assertThat(broken(request(1).build(), volunteer(7).capacity(3).activeMatches(3).build()))
                .containsExactly(HardConstraint.FREE_PLACE);
        assertThat(check(request(1).build(), volunteer(7).capacity(3).activeMatches(2).build())).isEmpty();
    }

    @Test
    void someoneWhoMeetsOnlyRemotelyNeedsARemoteVolunteer() {
        WaitingRequest remoteOnly = request(1).accessNeeds(AccessNeed.REMOTE_ONLY).build();

        assertThat(broken(remoteOnly, volunteer(7).build())).containsExactly(HardConstraint.REMOTE_ONLY);
        assertThat(check(remoteOnly, volunteer(7).remote(true).district(Locality.TENDRING).travelKm(0).build())).isEmpty();
    }

    @Test
    void inPersonTheDistrictMustBeWithinTheVolunteersTravel() {
        WaitingRequest inColchester = request(1).district(Locality.COLCHESTER).build();

        List<Violation> tooFar = check(inColchester, volunteer(7).travelKm(20).build());
        assertThat(tooFar).extracting(Violation::constraint).containsExactly(HardConstraint.TRAVEL_DISTANCE);
        assertThat(tooFar.get(0).reason()).startsWith("Colchester is about 34 km from Chelmsford, beyond the 20 km");
        assertThat(check(inColchester, volunteer(7).travelKm(40).build())).isEmpty();
    }

    @Test
    void distanceDoesNotMatterWhenBothMeetRemotely() {
        WaitingRequest inTendring = request(1).district(Locality.TENDRING).remoteOk(true).build();

        assertThat(check(inTendring, volunteer(7).district(Locality.THURROCK).remote(true).travelKm(5).build())).isEmpty();
        assertThat(broken(inTendring, volunteer(7).district(Locality.THURROCK).travelKm(5).build()))
                .containsExactly(HardConstraint.TRAVEL_DISTANCE);
    }

    @Test
    void someoneOutsideEssexCanOnlyBeMatchedRemotely() {
        WaitingRequest outside = request(1).district(Locality.OUTSIDE_ESSEX).build();

        assertThat(check(outside, volunteer(7).travelKm(200).build())).extracting(Violation::reason).containsExactly(
                "No district centre for Outside Essex to judge travel, and request R-1 does not meet remotely");
        assertThat(check(request(1).district(Locality.OUTSIDE_ESSEX).remoteOk(true).build(), volunteer(7).remote(true).build()))
                .isEmpty();
    }

    @Test
    void theVolunteerMustSpeakALanguageThePersonUses() {
        assertThat(check(request(1).languages("bsl").build(), volunteer(7).languages("en").build()))
                .extracting(Violation::reason).containsExactly("Volunteer 7 speaks none of bsl");
        assertThat(check(request(1).languages("bsl").build(), volunteer(7).languages("EN", "BSL").build())).isEmpty();
        assertThat(check(request(1).languages("pl", "en").build(), volunteer(7).languages("en").build())).isEmpty();
    }

    @Test
    void someoneWhoNeedsBslNeedsAVolunteerWhoSigns() {
        WaitingRequest needsBsl = request(1).languages("en").accessNeeds(AccessNeed.BSL).build();

        assertThat(broken(needsBsl, volunteer(7).languages("en").build())).containsExactly(HardConstraint.LANGUAGE);
        assertThat(check(needsBsl, volunteer(7).languages("en", "bsl").build())).isEmpty();
    }

    @Test
    void everyBrokenRuleIsReportedNotOnlyTheFirst() {
        VolunteerProfile unsafe = volunteer(7).trainingCompletedOn(null).noDbs().status(VolunteerStatus.APPLIED).build();

        assertThat(broken(request(1).goals(Goal.HEALTH_APPOINTMENTS).build(), unsafe)).containsExactly(
                HardConstraint.TRAINING_COMPLETED, HardConstraint.DBS_CURRENT, HardConstraint.REGULATED_ACTIVITY,
                HardConstraint.VOLUNTEER_ACTIVE);
    }

    @Test
    void districtCentresAreRoughlyWhereTheTownsAre() {
        assertThat(DistrictCentres.kmBetween(Locality.CHELMSFORD, Locality.COLCHESTER).getAsDouble()).isBetween(30.0, 38.0);
        assertThat(DistrictCentres.kmBetween(Locality.SOUTHEND, Locality.ROCHFORD).getAsDouble()).isLessThan(6.0);
        assertThat(DistrictCentres.kmBetween(Locality.BASILDON, Locality.BASILDON).getAsDouble()).isZero();
        assertThat(DistrictCentres.kmBetween(Locality.HARLOW, Locality.OUTSIDE_ESSEX)).isEmpty();
    }

    @Test
    void aDbsCertificateIssuedInTheFutureIsRefused() {
        VolunteerProfile fromTomorrow = volunteer(7).dbs(DbsLevel.ENHANCED, TODAY.plusDays(1), false).build();

        assertThatThrownBy(() -> fromTomorrow.requireDatesPossibleOn(TODAY)).isInstanceOf(InvalidInput.class)
                .hasMessage("dbs.issuedOn: must not be in the future");
        volunteer(7).dbs(DbsLevel.ENHANCED, TODAY, false).build().requireDatesPossibleOn(TODAY);
    }

    @Test
    void capacityOutsideOneToFiveIsRefusedNamingTheField() {
        for (int capacity : new int[] {0, -1, 6}) {
            assertThatThrownBy(() -> volunteer(7).capacity(capacity).build()).isInstanceOf(InvalidInput.class)
                    .satisfies(e -> assertThat(((InvalidInput) e).errors()).extracting(f -> f.field()).containsExactly("capacity"));
        }
    }
}
