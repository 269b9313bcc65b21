package org.ecdp.mentoring.match.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.ecdp.domain.validation.FieldError;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.mentoring.matching.entity.Goal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class SessionAndProgressTest {

    static final LocalDate TODAY = MatchTest.TODAY;

    static Match active() {
        Match m = MatchTest.suggested();
        m.propose(TODAY.minusDays(30), "c");
        m.introduce(TODAY.minusDays(20), TODAY.minusDays(25), "c");
        m.activate(TODAY.minusDays(20), "c");
        return m;
    }

    @Test
    void aSessionKeepsWhatWasTyped() {
        MentoringSession s = new MentoringSession(active(), TODAY, 90, "  Looked at college courses  ", "Library, Basildon", TODAY, "c");
        assertThat(s.getMinutes()).isEqualTo(90);
        assertThat(s.getWhatWasDone()).isEqualTo("Looked at college courses");
        assertThat(s.getHeldOn()).isEqualTo(TODAY);
    }

    @Test
    void aSessionInTheFutureOrOfNoLengthIsRefusedNamingEachField() {
        Match m = active();
        assertThat(fields(() -> new MentoringSession(m, TODAY.plusDays(1), 0, " ", "", TODAY, "c")))
                .containsExactly("heldOn", "minutes", "whatWasDone", "place");
        assertThat(fields(() -> new MentoringSession(m, null, -5, "x", "y", TODAY, "c"))).containsExactly("heldOn", "minutes");
        assertThat(fields(() -> new MentoringSession(m, TODAY, MentoringSession.MAX_MINUTES + 1, "x", "y", TODAY, "c")))
                .containsExactly("minutes");
        assertThat(fields(() -> new MentoringSession(m, TODAY.minusDays(31), 60, "x", "y", TODAY, "c")))
                .as("not before the proposal").containsExactly("heldOn");
        new MentoringSession(m, TODAY.minusDays(30), 1, "x", "remote", TODAY, "c");
    }

    @Test
    void sessionsAndProgressNeedAMatchThatHasStarted() {
        Match proposed = MatchTest.suggested();
        proposed.propose(TODAY, "c");
        assertThat(fields(() -> new MentoringSession(proposed, TODAY, 60, "x", "y", TODAY, "c"))).containsExactly("stage");
        assertThat(fields(() -> new GoalProgress(proposed, "SKILLS", 5, null, TODAY, "c"))).containsExactly("stage");
    }

    @Test
    void progressIsOneToTenOnOneOfThePersonsGoals() {
        Match m = active();
        GoalProgress p = new GoalProgress(m, "skills", 10, " Enrolled ", TODAY, "c");
        assertThat(p.getGoal()).isEqualTo(Goal.SKILLS);
        assertThat(p.getNotes()).isEqualTo("Enrolled");
        assertThat(new GoalProgress(m, "SKILLS", 1, "  ", TODAY, "c").getNotes()).isNull();
        assertThat(fields(() -> new GoalProgress(m, "SKILLS", 0, null, TODAY, "c"))).containsExactly("score");
        assertThat(fields(() -> new GoalProgress(m, "SKILLS", 11, null, TODAY, "c"))).containsExactly("score");
        assertThat(fields(() -> new GoalProgress(m, "SKILLS", null, null, TODAY, "c"))).containsExactly("score");
        assertThat(fields(() -> new GoalProgress(m, "CONFIDENCE", 5, null, TODAY, "c"))).as("not this person's goal").containsExactly("goal");
        assertThat(fields(() -> new GoalProgress(m, "JUGGLING", 5, "x".repeat(2001), TODAY, "c"))).containsExactly("goal", "notes");
    }

    private static List<String> fields(Executable action) {
        InvalidInput[] thrown = new InvalidInput[1];
        assertThatThrownBy(() -> action.execute()).isInstanceOfSatisfying(InvalidInput.class, e -> thrown[0] = e);
        return thrown[0].errors().stream().map(FieldError::field).toList();
    }
}
