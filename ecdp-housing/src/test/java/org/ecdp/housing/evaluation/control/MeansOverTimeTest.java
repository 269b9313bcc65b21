package org.ecdp.housing.evaluation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ecdp.housing.evaluation.entity.ScoreMean;
import org.junit.jupiter.api.Test;

/** A point on the chart of means over time: the mean and its t-based 95% CI, and no CI below two people. */
class MeansOverTimeTest {

    @Test
    void theIntervalIsTheMeanPlusOrMinusTTimesTheStandardError() {
        // scores 1 to 4: mean 2.5, SD sqrt(5/3), t(3, 0.975) = 3.182446305284263 (scipy.stats.t.ppf)
        ScoreMean mean = MeansOverTime.of(new double[] {1, 2, 3, 4});
        assertThat(mean.n()).isEqualTo(4);
        assertThat(mean.mean()).isEqualTo(2.5);
        assertThat(mean.ci().lower()).isCloseTo(0.445739743239121, within(1e-9));
        assertThat(mean.ci().upper()).isCloseTo(4.5542602567608785, within(1e-9));
    }

    @Test
    void twoPeopleWithTheSameScoreHaveAnIntervalOfNoWidth() {
        ScoreMean mean = MeansOverTime.of(new double[] {5, 5});
        assertThat(mean.n()).isEqualTo(2);
        assertThat(mean.ci().lower()).isEqualTo(5.0);
        assertThat(mean.ci().upper()).isEqualTo(5.0);
    }

    @Test
    void oneScoreHasAMeanButNoIntervalAndNoScoresHaveNeither() {
        ScoreMean one = MeansOverTime.of(new double[] {7});
        assertThat(one.n()).isEqualTo(1);
        assertThat(one.mean()).isEqualTo(7.0);
        assertThat(one.ci().lower()).isNaN();
        assertThat(one.ci().upper()).isNaN();
        ScoreMean none = MeansOverTime.of(new double[0]);
        assertThat(none.n()).isZero();
        assertThat(none.mean()).isNaN();
        assertThat(none.ci().lower()).isNaN();
    }
}
