package org.ecdp.housing.enrolment.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ecdp.domain.validation.FieldError;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.housing.allocation.entity.Allocation;
import org.ecdp.housing.allocation.entity.AllocationSeed;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.allocation.entity.ChainHead;
import org.ecdp.housing.coach.entity.Coach;
import org.ecdp.housing.instrument.entity.Instrument;
import org.junit.jupiter.api.Test;
import org.ecdp.housing.programme.entity.Programme;
import org.ecdp.housing.programme.entity.ProgrammeDraft;

public class ParticipantTest {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    public static final Instrument HOME = Instrument.summed("HOME_WELLBEING", "Home and wellbeing",
            List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"), 1, 5, 4, true);

    public static Programme programme() {
        return Programme.setUp(new ProgrammeDraft("Pilot", List.of("HARLOW_COURT", "BASILDON_HOUSE"), List.of("HOME_WELLBEING"),
                List.of("scheme"), List.of(2, 4), List.of(1, 1), null, null), AllocationSeed.generate(), "evaluator", Instant.now());
    }

    public static EnrolmentDraft draft(String ref, Boolean consent, double baseline) {
        return new EnrolmentDraft(ref, "HARLOW_COURT", consent, null, null, null, "HOME_WELLBEING", baseline);
    }

    public static Participant enrolled(Programme programme, Arm arm) {
        Participant p = Participant.enrol(programme, draft("HS-1", true, 30), HOME, "P-1", "coordinator", TODAY.minusMonths(4));
        p.allocate(new Allocation(1, programme.stratumFor("HARLOW_COURT"), "P-1", arm, Instant.now(), ChainHead.GENESIS.hash(),
                "f".repeat(64)));
        return p;
    }

    public static List<String> fields(Runnable action) {
        try {
            action.run();
        } catch (InvalidInput invalid) {
            return invalid.errors().stream().map(FieldError::field).toList();
        }
        throw new AssertionError("expected the input to be refused");
    }

    @Test
    void enrolmentWithoutConsentOrWithAnOutOfRangeBaselineIsRefusedNamingEachField() {
        assertThat(fields(() -> Participant.enrol(programme(), draft("HS-1", false, 55), HOME, "P-1", "c", TODAY)))
                .containsExactlyInAnyOrder("consent", "baseline.score");
        assertThat(fields(() -> Participant.enrol(programme(), draft("Jane Smith", null, 30), HOME, "P-1", "c", TODAY)))
                .containsExactlyInAnyOrder("ref", "consent");
        assertThat(fields(() -> Participant.enrol(programme(),
                new EnrolmentDraft("HS-2", "ELSEWHERE", true, TODAY.plusDays(1), null, false, null, null), null, "P-1", "c", TODAY)))
                .containsExactlyInAnyOrder("scheme", "consentOn", "eligibilityConfirmed", "baseline.instrument", "baseline.score");
    }

    @Test
    void theArmIsUnknownUntilRandomisedAndTheBaselineIsSavedFirst() {
        Participant p = Participant.enrol(programme(), draft("hs-7", true, 30), HOME, "P-7", "coordinator", TODAY);
        assertThat(p.getArm()).isNull();
        assertThat(p.getRef()).isEqualTo("HS-7");
        assertThat(p.outcome("HOME_WELLBEING", Timepoint.BASELINE)).hasValueSatisfying(o -> assertThat(o.getScore()).isEqualTo(30));
        assertThat(p.getConsentBy()).isEqualTo("coordinator");
        assertThat(p.getConsentOn()).isEqualTo(TODAY);
    }

    @Test
    void aControlParticipantCanNeverBeGivenACoach() {
        Participant control = enrolled(programme(), Arm.CONTROL);
        assertThat(fields(() -> control.assignCoach(new Coach("coach", 10), 0))).containsExactly("coach");
        assertThat(control.getCoach()).isNull();
        Participant coached = enrolled(programme(), Arm.COACHED);
        coached.assignCoach(new Coach("coach", 10), 3);
        assertThat(coached.getCoach().getUsername()).isEqualTo("coach");
    }

    @Test
    void aCoachWithAFullCaseloadTakesNobodyMore() {
        Participant coached = enrolled(programme(), Arm.COACHED);
        assertThat(fields(() -> coached.assignCoach(new Coach("coach", 10), 10))).containsExactly("coach");
    }

    @Test
    void outcomesAreRangeCheckedAndCannotPredateEnrolmentOrRepeatATimepoint() {
        Participant p = enrolled(programme(), Arm.COACHED);
        assertThat(fields(() -> p.recordOutcome(HOME, Timepoint.M3, 51.0, TODAY, "coach", TODAY))).containsExactly("score");
        assertThat(fields(() -> p.recordOutcome(HOME, Timepoint.M3, 9.0, TODAY, "coach", TODAY))).containsExactly("score");
        assertThat(fields(() -> p.recordOutcome(HOME, Timepoint.M3, 30.0, p.getEnrolledOn().minusDays(1), "coach", TODAY)))
                .containsExactly("recordedOn");
        assertThat(fields(() -> p.recordOutcome(HOME, null, 30.0, TODAY, "coach", TODAY))).containsExactly("timepoint");
        Outcome m3 = p.recordOutcome(HOME, Timepoint.M3, 50.0, p.getEnrolledOn().plusMonths(3).plusDays(10), "coach", TODAY);
        assertThat(m3.isOutsideWindow()).isFalse();
        assertThat(fields(() -> p.recordOutcome(HOME, Timepoint.M3, 30.0, TODAY, "coach", TODAY))).containsExactly("timepoint");
    }

    @Test
    void aSecondBaselineCannotBeRecordedAfterRandomisationAndNoMessageNamesTheEnrolmentDate() {
        Programme twoInstruments = Programme.setUp(new ProgrammeDraft("Pilot", List.of("HARLOW_COURT"),
                List.of("HOME_WELLBEING", "OTHER_SCALE"), List.of("scheme"), List.of(2, 4), List.of(1, 1), null, null),
                AllocationSeed.generate(), "evaluator", Instant.now());
        Instrument other = Instrument.summed("OTHER_SCALE", "Other", List.of("a", "b"), 0, 4, 1, true);
        Participant p = enrolled(twoInstruments, Arm.COACHED);
        assertThat(fields(() -> p.recordOutcome(other, Timepoint.BASELINE, 3.0, TODAY, "coach", TODAY))).containsExactly("timepoint");
        InvalidInput early = catchInvalid(() -> p.recordOutcome(HOME, Timepoint.M3, 30.0, p.getEnrolledOn().minusDays(1), "coach", TODAY));
        assertThat(early.errors()).allSatisfy(e -> assertThat(e.message()).doesNotContain(p.getEnrolledOn().toString()));
        InvalidInput earlyBinary = catchInvalid(() -> p.recordBinary("MOVED_ON", true, p.getEnrolledOn().minusDays(1), List.of(),
                "coach", TODAY));
        assertThat(earlyBinary.errors()).allSatisfy(e -> assertThat(e.message()).doesNotContain(p.getEnrolledOn().toString()));
    }

    @Test
    void nothingMeasuredAfterAWithdrawalIsRecorded() {
        Participant p = enrolled(programme(), Arm.CONTROL);
        LocalDate withdrawn = p.getEnrolledOn().plusMonths(2);
        p.withdraw(WithdrawalReason.LOST_CONTACT, "No answer for weeks", withdrawn, TODAY);
        assertThat(p.getWithdrawalCode()).isEqualTo(WithdrawalReason.LOST_CONTACT);
        assertThat(fields(() -> p.recordOutcome(HOME, Timepoint.M3, 30.0, withdrawn.plusDays(1), "evaluator", TODAY)))
                .containsExactly("recordedOn");
        assertThat(fields(() -> p.recordBinary("MOVED_ON", true, withdrawn.plusDays(1), List.of(), "coordinator", TODAY)))
                .containsExactly("recordedOn");
        assertThat(p.recordOutcome(HOME, Timepoint.M3, 30.0, withdrawn, "evaluator", TODAY).getScore()).isEqualTo(30.0);
    }

    static InvalidInput catchInvalid(Runnable action) {
        try {
            action.run();
        } catch (InvalidInput invalid) {
            return invalid;
        }
        throw new AssertionError("expected the input to be refused");
    }

    @Test
    void aFollowUpMoreThanFourWeeksFromItsDueDateIsFlagged() {
        Participant p = enrolled(programme(), Arm.CONTROL);
        Outcome late = p.recordOutcome(HOME, Timepoint.M3, 20.0, p.getEnrolledOn().plusMonths(3).plusDays(29), "coach", TODAY);
        assertThat(late.isOutsideWindow()).isTrue();
    }

    @Test
    void aWithdrawalNeedsAReasonAndADateWithinTheProgramme() {
        Participant p = enrolled(programme(), Arm.COACHED);
        assertThat(fields(() -> p.withdraw(null, " ", p.getEnrolledOn().minusDays(1), TODAY))).containsExactlyInAnyOrder("reason", "on");
        p.withdraw(WithdrawalReason.MOVED_AWAY, "Moved away", TODAY, TODAY);
        assertThat(p.isWithdrawn()).isTrue();
        assertThat(fields(() -> p.withdraw(null, "Again", TODAY, TODAY))).containsExactly("on");
        assertThat(fields(() -> p.assignCoach(new Coach("coach", 10), 0))).containsExactly("coach");
    }

    @Test
    void aParticipantIsRandomisedOnceOnly() {
        Participant p = enrolled(programme(), Arm.COACHED);
        assertThatThrownBy(() -> p.allocate(new Allocation(2, programme().stratumFor("HARLOW_COURT"), "P-1", Arm.CONTROL,
                Instant.now(), "f".repeat(64), "e".repeat(64)))).isInstanceOf(IllegalStateException.class);
        assertThat(p.getArm()).isEqualTo(Arm.COACHED);
    }
}
