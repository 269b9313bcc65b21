package org.ecdp.housing.programme.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecdp.housing.enrolment.entity.ParticipantTest.HOME;
import static org.ecdp.housing.enrolment.entity.ParticipantTest.TODAY;
import static org.ecdp.housing.enrolment.entity.ParticipantTest.fields;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ecdp.housing.allocation.entity.Allocation;
import org.ecdp.housing.allocation.entity.AllocationSeed;
import org.ecdp.housing.allocation.entity.Arm;
import org.junit.jupiter.api.Test;
import org.ecdp.housing.enrolment.entity.BinaryMeasure;
import org.ecdp.housing.enrolment.entity.BinaryResult;
import org.ecdp.housing.enrolment.entity.EnrolmentDraft;
import org.ecdp.housing.enrolment.entity.Participant;
import org.ecdp.housing.enrolment.entity.ParticipantTest;

/** Eligibility checklist, baseline bands, target size and yes/no outcomes. */
class ProgrammeSetUpTest {

    static final List<String> CHECKLIST = List.of("Aged 18 or over", "Holds a supported housing tenancy", "Not already coached");

    static Programme programme(List<String> strata, List<String> eligibility, String bandInstrument, List<Double> cuts, Integer target) {
        return Programme.setUp(new ProgrammeDraft("Pilot", List.of("HARLOW_COURT", "BASILDON_HOUSE"), List.of("HOME_WELLBEING"),
                strata, List.of(2, 4), List.of(1, 1), target, null, eligibility, bandInstrument, cuts),
                AllocationSeed.generate(), "evaluator", Instant.now());
    }

    static EnrolmentDraft draft(String ref, double baseline, List<Boolean> eligibility) {
        return new EnrolmentDraft(ref, "HARLOW_COURT", true, null, null, null, "HOME_WELLBEING", baseline, eligibility);
    }

    static ProgrammeDraft design(List<Integer> blockSizes) {
        return new ProgrammeDraft("Pilot", List.of("HARLOW_COURT"), List.of("HOME_WELLBEING"), List.of("scheme"), blockSizes,
                List.of(1, 1), null, null);
    }

    @Test
    void aSingleSmallBlockSizeIsRefusedBecauseItsLastPlacesCanBeForetold() {
        assertThat(fields(() -> Programme.setUp(design(List.of(2)), AllocationSeed.generate(), "evaluator", Instant.now())))
                .containsExactly("blockSizes");
        assertThat(fields(() -> Programme.setUp(design(List.of(4)), AllocationSeed.generate(), "evaluator", Instant.now())))
                .containsExactly("blockSizes");
        assertThat(Programme.setUp(design(List.of(6)), AllocationSeed.generate(), "evaluator", Instant.now()).getBlockSizes())
                .containsExactly(6);
        assertThat(Programme.setUp(design(List.of(2, 4)), AllocationSeed.generate(), "evaluator", Instant.now()).getBlockSizes())
                .containsExactly(2, 4);
    }

    @Test
    void everyCriterionOfTheChecklistMustBeConfirmedAndTheUnconfirmedOneIsNamed() {
        Programme p = programme(List.of("scheme"), CHECKLIST, null, null, null);
        assertThat(p.getEligibility()).containsExactlyElementsOf(CHECKLIST);

        assertThat(fields(() -> Participant.enrol(p, draft("HS-1", 30, List.of(true, false, true)), HOME, "P-1", "c", TODAY)))
                .containsExactly("eligibility[1]");
        assertThat(fields(() -> Participant.enrol(p, draft("HS-1", 30, null), HOME, "P-1", "c", TODAY))).containsExactly("eligibility");
        assertThat(fields(() -> Participant.enrol(p, draft("HS-1", 30, List.of(true, true)), HOME, "P-1", "c", TODAY)))
                .containsExactly("eligibility");
        assertThat(Participant.enrol(p, draft("HS-1", 30, List.of(true, true, true)), HOME, "P-1", "c", TODAY)
                .isEligibilityConfirmed()).isTrue();
    }

    @Test
    void aProgrammeWithoutAChecklistEnrolsAsBefore() {
        Programme p = programme(List.of("scheme"), null, null, null, null);
        assertThat(p.getEligibility()).isEmpty();
        assertThat(Participant.enrol(p, draft("HS-1", 30, null), HOME, "P-1", "c", TODAY).getRef()).isEqualTo("HS-1");
    }

    @Test
    void aBlankCriterionOrBadBandsAreRefusedNamingTheField() {
        assertThat(fields(() -> programme(List.of("scheme"), List.of("Aged 18 or over", " "), null, null, null)))
                .containsExactly("eligibility[1]");
        assertThat(fields(() -> programme(List.of("scheme", "baselineBand"), null, null, null, null))).containsExactly("strata");
        assertThat(fields(() -> programme(List.of("scheme"), null, "HOME_WELLBEING", List.of(30.0, 20.0), null)))
                .containsExactly("bandCuts");
        assertThat(fields(() -> programme(List.of("scheme"), null, "OTHER", List.of(30.0), null))).containsExactly("bandInstrument");
    }

    @Test
    void theBandIsComputedFromTheSavedBaselineAndJoinsTheSchemeInTheStratum() {
        Programme p = programme(List.of("scheme", "baselineBand"), null, "HOME_WELLBEING", List.of(20.0, 30.0), null);
        assertThat(p.bands().orElseThrow().codes()).containsExactly("B1", "B2", "B3");
        assertThat(p.bands().orElseThrow().label("B2")).isEqualTo("B2: HOME_WELLBEING 20 to under 30");

        Participant low = Participant.enrol(p, draft("HS-1", 19.5, null), HOME, "P-1", "c", TODAY);
        Participant middle = Participant.enrol(p, draft("HS-2", 20, null), HOME, "P-2", "c", TODAY);
        Participant high = Participant.enrol(p, draft("HS-3", 50, null), HOME, "P-3", "c", TODAY);
        assertThat(List.of(low.getBaselineBand(), middle.getBaselineBand(), high.getBaselineBand())).containsExactly("B1", "B2", "B3");
        assertThat(p.stratumFor("HARLOW_COURT", middle.getBaselineBand()).key()).isEqualTo("band=B2;scheme=HARLOW_COURT");
        assertThat(programme(List.of("baselineBand"), null, "HOME_WELLBEING", List.of(20.0), null).stratumFor("HARLOW_COURT", "B1").key())
                .isEqualTo("band=B1");
    }

    @Test
    void bandsWithoutBandStrataAreKeptForTheBaselineTableButDoNotSplitStrata() {
        Programme p = programme(List.of("scheme"), null, "HOME_WELLBEING", List.of(25.0), null);
        Participant t = Participant.enrol(p, draft("HS-1", 40, null), HOME, "P-1", "c", TODAY);
        assertThat(t.getBaselineBand()).isEqualTo("B2");
        assertThat(p.stratumFor("HARLOW_COURT", t.getBaselineBand()).key()).isEqualTo("scheme=HARLOW_COURT");
    }

    @Test
    void onceTheTargetIsRandomisedNobodyMoreIsEnrolled() {
        Programme p = programme(List.of("scheme"), null, null, null, 2);
        Participant.enrol(p, draft("HS-3", 30, null), HOME, "P-3", "c", TODAY);
        for (String ref : List.of("HS-1", "HS-2")) {
            Allocation a = ProgrammeTest.randomiser(p).randomise(p.chainHead(), p.stratumFor("HARLOW_COURT"), (int) p.chainHead().sequenceNumber(),
                    ref, Instant.now());
            p.recordAllocation(a);
        }
        assertThat(p.hasReachedTarget()).isTrue();
        assertThat(fields(() -> Participant.enrol(p, draft("HS-3", 30, null), HOME, "P-3", "c", TODAY))).containsExactly("programme");
    }

    @Test
    void aYesNoOutcomeIsCheckedFieldByField() {
        Participant p = ParticipantTest.enrolled(ParticipantTest.programme(), Arm.CONTROL);
        LocalDate enrolled = p.getEnrolledOn();
        assertThat(fields(() -> p.recordBinary("EVICTED", null, null, List.of(), "coach", TODAY)))
                .containsExactlyInAnyOrder("outcome", "achieved", "recordedOn");
        assertThat(fields(() -> p.recordBinary("MOVED_ON", true, enrolled.minusDays(1), List.of(), "coach", TODAY)))
                .containsExactly("recordedOn");
        assertThat(fields(() -> p.recordBinary("MOVED_ON", true, TODAY.plusDays(1), List.of(), "coach", TODAY)))
                .containsExactly("recordedOn");
        assertThat(fields(() -> p.recordBinary("MOVED_ON", false, TODAY, List.of(BinaryMeasure.MOVED_ON), "coach", TODAY)))
                .containsExactly("outcome");
        BinaryResult moved = p.recordBinary("moved_on", true, TODAY, List.of(), "coach", TODAY);
        assertThat(moved.getMeasure()).isEqualTo(BinaryMeasure.MOVED_ON);
        assertThat(moved.isAchieved()).isTrue();
    }

    @Test
    void aTenancyIsSustainedFor12MonthsOnlyFromTheOpeningOfThe12MonthWindowButCanEndBefore() {
        Participant p = ParticipantTest.enrolled(ParticipantTest.programme(), Arm.COACHED);
        LocalDate opens = p.getEnrolledOn().plusMonths(12).minusDays(28);
        assertThat(fields(() -> p.recordBinary("TENANCY_SUSTAINED_M12", true, TODAY, List.of(), "coach", TODAY.plusYears(1))))
                .containsExactly("recordedOn");
        assertThat(p.recordBinary("TENANCY_SUSTAINED_M12", false, TODAY, List.of(), "coach", TODAY).isAchieved()).isFalse();
        assertThat(p.recordBinary("TENANCY_SUSTAINED_M12", true, opens, List.of(), "coach", opens).isAchieved()).isTrue();
    }

    @Test
    void noYesNoOutcomeBeforeRandomisation() {
        Participant p = Participant.enrol(ParticipantTest.programme(), ParticipantTest.draft("HS-1", true, 30), HOME, "P-1", "c", TODAY);
        assertThat(fields(() -> p.recordBinary("MOVED_ON", true, TODAY, List.of(), "coach", TODAY))).containsExactly("participant");
    }
}
