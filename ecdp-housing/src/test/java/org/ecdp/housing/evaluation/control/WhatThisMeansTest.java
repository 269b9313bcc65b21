package org.ecdp.housing.evaluation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.enrolment.entity.Timepoint;
import org.ecdp.housing.evaluation.entity.Ancova;
import org.ecdp.housing.evaluation.entity.ArmSummary;
import org.ecdp.housing.evaluation.entity.ConfidenceInterval;
import org.ecdp.housing.evaluation.entity.ConsortCounts;
import org.ecdp.housing.evaluation.entity.Evaluation;
import org.ecdp.housing.evaluation.entity.HedgesG;
import org.ecdp.housing.evaluation.entity.Published;
import org.ecdp.housing.evaluation.entity.WelchTest;
import org.junit.jupiter.api.Test;

class WhatThisMeansTest {

    private static Evaluation evaluation(int coached, int control, double effect, double low, double high) {
        Map<Arm, ArmSummary> arms = Map.of(Arm.COACHED, new ArmSummary(coached + 2, coached, 30, 34, 4, 5),
                Arm.CONTROL, new ArmSummary(control + 1, control, 30, 31, 1, 5));
        ConsortCounts consort = new ConsortCounts(coached + control + 3, Map.of(Arm.COACHED, coached + 2, Arm.CONTROL, control + 1),
                Map.of(Arm.COACHED, 1, Arm.CONTROL, 0), Map.of(Arm.COACHED, 1, Arm.CONTROL, 1), Map.of(Arm.COACHED, coached, Arm.CONTROL, control));
        return new Evaluation(arms, new Ancova(effect, 1.5, new ConfidenceInterval(low, high), 0.01), WelchTest.UNDEFINED, HedgesG.UNDEFINED, consort);
    }

    private static String words(Evaluation evaluation) {
        return WhatThisMeans.of(evaluation, Published.ALL, "WEMWBS", true, Timepoint.M6);
    }

    @Test
    void aPositiveEffectWhoseRangeExcludesNoDifferenceIsUnlikelyToBeChance() {
        assertThat(words(evaluation(24, 23, 4.24, 1.06, 7.35))).isEqualTo(
                "Tenants who were coached scored on average 4.2 points higher (better) on WEMWBS at 6 months than those who were not"
                        + " (likely between 1.1 and 7.4 points), comparing 24 coached and 23 control tenants."
                        + " This difference is unlikely to be chance.");
    }

    @Test
    void aRangeThatIncludesNoDifferenceSaysWeCannotTell() {
        assertThat(words(evaluation(30, 28, 1.43, -1.27, 4.12))).isEqualTo(
                "Tenants who were coached scored on average 1.4 points higher (better) on WEMWBS at 6 months than those who were not,"
                        + " comparing 30 coached and 28 control tenants. The likely range runs from 1.3 points lower to 4.1 points higher,"
                        + " so we cannot tell whether coaching made a difference.");
        assertThat(words(evaluation(30, 28, 0.04, 0, 2.5))).as("a bound of exactly no difference is inside the range")
                .contains("scored on average about the same on WEMWBS at 6 months as those who were not,")
                .contains("runs from no difference to 2.5 points higher, so we cannot tell")
                .doesNotContain("unlikely to be chance");
        assertThat(words(evaluation(30, 28, -2.0, -4.0, 0))).contains("runs from 4.0 points lower to no difference");
    }

    @Test
    void aNegativeEffectIsLowerAndWorseWithItsRangeInPointsLower() {
        assertThat(words(evaluation(25, 22, -2.06, -3.71, -0.45))).isEqualTo(
                "Tenants who were coached scored on average 2.1 points lower (worse) on WEMWBS at 6 months than those who were not"
                        + " (likely between 0.5 and 3.7 points lower), comparing 25 coached and 22 control tenants."
                        + " This difference is unlikely to be chance.");
        assertThat(WhatThisMeans.of(evaluation(25, 22, -2.06, -3.71, -0.45), Published.ALL, "PHQ-9", false, Timepoint.M12))
                .as("on a scale where lower is better, lower is better")
                .startsWith("Tenants who were coached scored on average 2.1 points lower (better) on PHQ-9 at 12 months than");
        assertThat(WhatThisMeans.of(evaluation(25, 22, 2.06, 0.45, 3.71), Published.ALL, "PHQ-9", false, Timepoint.M3))
                .contains("2.1 points higher (worse) on PHQ-9 at 3 months");
    }

    @Test
    void groupsUnderTwentyAreAnEarlySign() {
        String small = words(evaluation(19, 25, 4.2, 1.1, 7.3));
        assertThat(small).endsWith("This difference is unlikely to be chance. These groups are small, so treat this as an early sign.");
        assertThat(words(evaluation(25, 19, 1.4, -1.3, 4.1))).endsWith("made a difference. These groups are small, so treat this as an early sign.");
        assertThat(words(evaluation(5, 5, 1.4, -1.3, 4.1))).contains("comparing 5 coached and 5 control tenants").contains("early sign");
        assertThat(words(evaluation(20, 20, 4.2, 1.1, 7.3))).as("twenty is not small").doesNotContain("early sign");
    }

    @Test
    void aGroupUnderFiveHoldsTheEstimateBack() {
        String words = words(evaluation(4, 12, 9.9, 1.0, 18.8));
        assertThat(words).isEqualTo("Not shown: fewer than 5 tenants in a group. So far 4 coached and 12 control tenants have a score on"
                + " WEMWBS at 6 months, too few to say whether coaching made a difference.");
        assertThat(words(evaluation(12, 4, 9.9, 1.0, 18.8))).startsWith("Not shown: fewer than 5 tenants in a group.");
        assertThat(words(evaluation(5, 5, 9.9, 1.0, 18.8))).doesNotContain("Not shown").contains("9.9 points higher");
    }

    @Test
    void thePublicationViewHoldsBackGroupsUnderTenAndWritesNoHiddenSize() {
        Published hiding = new Published(Set.of("arms.COACHED.analysed", "consort.analysed.COACHED"));
        assertThat(WhatThisMeans.of(evaluation(9, 30, 4.2, 1.1, 7.3), hiding, "WEMWBS", true, Timepoint.M6))
                .isEqualTo("Not shown: fewer than 10 tenants in a group. Results from groups this small are not published.")
                .doesNotContainPattern("\\b[1-9]\\b");
        assertThat(WhatThisMeans.of(evaluation(12, 30, 4.2, 1.1, 7.3), hiding, "WEMWBS", true, Timepoint.M6))
                .as("a group of 12 hidden to protect another cell")
                .contains("comparing the coached and control groups (their sizes are not shown in the publication view)")
                .doesNotContain("12");
        Published other = new Published(Set.of("arms.CONTROL.analysed"));
        assertThat(WhatThisMeans.of(evaluation(12, 30, 4.2, 1.1, 7.3), other, "WEMWBS", true, Timepoint.M6))
                .contains("(their sizes are not shown").doesNotContain("30");
        Published nothingHidden = new Published(Set.of("baseline.schemes.A.COACHED"));
        assertThat(WhatThisMeans.of(evaluation(12, 30, 4.2, 1.1, 7.3), nothingHidden, "WEMWBS", true, Timepoint.M6))
                .contains("comparing 12 coached and 30 control tenants");
    }

    @Test
    void anEffectThatCannotBeEstimatedSaysSo() {
        Evaluation undefined = new Evaluation(evaluation(10, 10, 0, 0, 0).arms(), Ancova.UNDEFINED, WelchTest.UNDEFINED, HedgesG.UNDEFINED,
                evaluation(10, 10, 0, 0, 0).consort());
        assertThat(words(undefined)).isEqualTo("The difference in WEMWBS scores at 6 months cannot be worked out from these scores yet,"
                + " comparing 10 coached and 10 control tenants.");
        assertThat(words(evaluation(10, 10, 2, Double.NaN, 3))).startsWith("The difference in WEMWBS scores");
        assertThat(words(evaluation(10, 10, 2, 1, Double.POSITIVE_INFINITY))).startsWith("The difference in WEMWBS scores");
    }
}
