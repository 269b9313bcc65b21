package org.ecdp.mentoring.match.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.ecdp.mentoring.matching.entity.Assignment;
import org.ecdp.mentoring.matching.entity.Criterion;
import org.ecdp.mentoring.matching.entity.MatchWeights;
import org.ecdp.mentoring.matching.entity.Reason;
import org.ecdp.mentoring.matching.entity.ScoreMatrix;
import org.junit.jupiter.api.Test;

class MatchRunTest {

    @Test
    void aStoredRunReadsBackExactlyAsItWasAnswered() {
        org.ecdp.mentoring.matching.entity.MatchRun answer = new org.ecdp.mentoring.matching.entity.MatchRun(
                List.of(new Assignment(7, 3, 61.25, List.of(new Reason(Criterion.GOALS, 40, "Both goals"),
                        new Reason(Criterion.WAITING, 21.25, "Waiting 191 days \"long\"")), true)),
                List.of(8L), 61.25);
        ScoreMatrix scores = new ScoreMatrix(List.of(7L, 8L), List.of(3L, 4L), List.of(1, 0),
                List.of(Arrays.asList(61.25, null), Arrays.asList(null, null)));
        MatchRun run = new MatchRun(answer, scores, MatchWeights.DEFAULTS, "coordinator", Instant.EPOCH, LocalDate.of(2026, 11, 26));

        assertThat(run.result()).isEqualTo(answer);
        assertThat(run.scores()).isEqualTo(scores);
        assertThat(run.scores().scoreOf(7, 4)).isNull();
        assertThat(run.getMatched()).isEqualTo(1);
        assertThat(run.getWaiting()).isEqualTo(2);
        assertThat(run.scoresJson()).contains("\"scores\":[[61.25,null],[null,null]]");
    }
}
