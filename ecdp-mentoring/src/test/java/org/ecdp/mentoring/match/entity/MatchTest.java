package org.ecdp.mentoring.match.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.mentoring.request.entity.MentoringRequest;
import org.ecdp.mentoring.request.entity.RequestDraft;
import org.ecdp.mentoring.volunteer.entity.Volunteer;
import org.ecdp.mentoring.volunteer.entity.VolunteerDraft;
import org.junit.jupiter.api.Test;

class MatchTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    static Match suggested() {
        MentoringRequest r = new MentoringRequest(new RequestDraft("MR-1", "BASILDON", false, List.of("SKILLS"), null, null,
                null, null, TODAY.minusDays(10), null), null, "c", Instant.EPOCH, TODAY);
        Volunteer v = new Volunteer(new VolunteerDraft("Ben", null, null, "BASILDON", false, 10, 1, List.of("SKILLS"), List.of("en"),
                null, null, null, null, null, null, TODAY.minusDays(50), null), "c", Instant.EPOCH, TODAY);
        return new Match(r, v, 1L, 50, TODAY, "coordinator");
    }

    @Test
    void aMatchGoesFromProposalToIntroductionToActiveThroughReviewsToClosed() {
        Match m = suggested();
        assertThat(m.getStage().holdsPlace()).isFalse();
        m.propose(TODAY, "c");
        assertThat(m.getStage()).isEqualTo(MatchStage.PROPOSED);
        assertThat(m.getStage().holdsPlace()).isTrue();
        m.introduce(TODAY.plusDays(7), TODAY.plusDays(2), "c");
        assertThatThrownBy(() -> m.activate(TODAY.plusDays(6), "c")).as("not before the first meeting")
                .isInstanceOf(InvalidInput.class);
        m.activate(TODAY.plusDays(7), "c");
        assertThat(m.getActiveFrom()).isEqualTo(TODAY.plusDays(7));
        assertThat(m.nextReviewDue()).isEqualTo(TODAY.plusDays(7).plusWeeks(6));
        m.review("Going well", TODAY.plusDays(50), "c");
        assertThat(m.nextReviewDue()).isEqualTo(TODAY.plusDays(7).plusMonths(3));
        m.review(null, TODAY.plusDays(100), "c");
        m.review(null, TODAY.plusDays(190), "c");
        assertThat(m.nextReviewDue()).isNull();
        assertThatThrownBy(() -> m.review(null, TODAY.plusDays(200), "c")).isInstanceOf(InvalidInput.class);
        m.close(ClosingReason.GOAL_MET, "Started college in September", TODAY.plusDays(200), "c");
        assertThat(m.getStage()).isEqualTo(MatchStage.CLOSED);
        assertThat(m.getStage().holdsPlace()).isFalse();
    }

    @Test
    void aDeclineNeedsAReasonAndEndsTheProposal() {
        Match m = suggested();
        m.propose(TODAY, "c");
        assertThatThrownBy(() -> m.decline(" ", TODAY, "c"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("reason"));
        m.decline("Person prefers a mentor nearer home", TODAY, "c");
        assertThat(m.getStage()).isEqualTo(MatchStage.DECLINED);
        assertThat(m.getDeclinedReason()).isEqualTo("Person prefers a mentor nearer home");
        assertThatThrownBy(() -> m.propose(TODAY, "c")).as("a declined pair is not proposed again").isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> m.introduce(TODAY, TODAY, "c")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void stepsCannotBeSkipped() {
        Match m = suggested();
        assertThatThrownBy(() -> m.introduce(TODAY, TODAY, "c")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> m.activate(TODAY, "c")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> m.close(ClosingReason.GOAL_MET, "x", TODAY, "c")).isInstanceOf(InvalidInput.class);
        m.propose(TODAY, "c");
        assertThatThrownBy(() -> m.close(null, "x", TODAY, "c"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("reason"));
    }
}
