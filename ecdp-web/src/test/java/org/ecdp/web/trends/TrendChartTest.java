package org.ecdp.web.trends;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ecdp.logging.trend.entity.PeriodDetection;
import org.junit.jupiter.api.Test;

class TrendChartTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private static List<PeriodDetection> weekWithOneAlarm() {
        return List.of(new PeriodDetection(MONDAY, 2, 2, 4.5, false), new PeriodDetection(MONDAY.plusDays(1), 3, 2, 4.5, false),
                new PeriodDetection(MONDAY.plusDays(2), 9, 2.2, 4.6, true));
    }

    @Test
    void everyPeriodIsABarAndAnAlarmIsMarkedInRed() {
        String svg = TrendChart.svg("Access to Work", weekWithOneAlarm());
        assertThat(svg.split("class=\"bar", -1)).hasSize(4);
        assertThat(svg.split("class=\"bar alarm\"", -1)).hasSize(2);
        assertThat(svg.split("class=\"alarm-mark\"", -1)).hasSize(2);
        assertThat(svg).contains("class=\"band\"", "class=\"threshold\"", "class=\"expected\"");
    }

    @Test
    void theChartIsAnImageNamedByItsTitleAndDescribedWithItsAlarms() {
        String svg = TrendChart.svg("Benefits › Access to Work <entries>", weekWithOneAlarm());
        assertThat(svg).contains("role=\"img\"", "aria-labelledby=\"chartTitle chartDesc\"");
        assertThat(svg).contains("<title id=\"chartTitle\">Benefits › Access to Work &lt;entries&gt;</title>");
        assertThat(TrendChart.describe(weekWithOneAlarm()))
                .isEqualTo("3 periods from 23 Nov 2026 to 25 Nov 2026, 1 alarm, on 25 Nov 2026. The table below gives every figure.");
    }

    @Test
    void theScaleReachesAboveBothTheCountsAndTheThreshold() {
        assertThat(TrendChart.niceMax(weekWithOneAlarm())).isEqualTo(10);
        assertThat(TrendChart.niceMax(List.of(new PeriodDetection(MONDAY, 0, 0, 0.8, false)))).isEqualTo(4);
        assertThat(TrendChart.niceMax(List.of(new PeriodDetection(MONDAY, 130, 20, 40, true)))).isEqualTo(200);
    }

    @Test
    void withNothingToJudgeTheChartSaysSo() {
        assertThat(TrendChart.svg("Transport", List.of())).contains("No periods with enough history to judge");
        assertThat(TrendChart.describe(List.of())).isEqualTo("No periods to show.");
    }
}
