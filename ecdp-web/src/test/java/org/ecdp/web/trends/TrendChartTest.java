package org.ecdp.web.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static List<PeriodDetection> busierWithAnAlarmOnMonday() {
        return List.of(new PeriodDetection(MONDAY, 30, 5, 12, true), new PeriodDetection(MONDAY.plusDays(1), 6, 8, 15, false),
                new PeriodDetection(MONDAY.plusDays(2), 7, 8, 15, false));
    }

    private static List<TrendChart.Series> twoThemes() {
        return List.of(new TrendChart.Series("ACCESS_TO_WORK", "Access to Work", weekWithOneAlarm()),
                new TrendChart.Series("TRANSPORT", "Transport", busierWithAnAlarmOnMonday()));
    }

    private static int count(String svg, String text) {
        return svg.split(Pattern.quote(text), -1).length - 1;
    }

    @Test
    void comparedThemesAreLinesToldApartByColourDashAndMarkerNotColourAlone() {
        String svg = TrendChart.compared("Access to Work compared with Transport", twoThemes());
        assertThat(count(svg, "<g class=\"series\"")).isEqualTo(2);
        assertThat(svg).contains("data-theme=\"ACCESS_TO_WORK\" data-series=\"1\"", "data-theme=\"TRANSPORT\" data-series=\"2\"");
        assertThat(count(svg, "class=\"bar")).as("no bars when comparing").isZero();
        String[] lines = svg.split("<g class=\"series\"");
        String first = lines[1];
        String second = lines[2];
        assertThat(count(first, "<polyline class=\"observed\"")).isEqualTo(1);
        assertThat(count(second, "<polyline class=\"observed\"")).isEqualTo(1);
        assertThat(stroke(first)).isNotEqualTo(stroke(second));
        assertThat(first).doesNotContain("stroke-dasharray");
        assertThat(second).contains("stroke-dasharray=\"9 5\"");
        assertThat(count(first, "class=\"marker circle\"")).as("a marker on each period").isEqualTo(3);
        assertThat(count(second, "class=\"marker square\"")).isEqualTo(3);
        assertThat(count(svg, "class=\"band\"")).as("only the first theme's band").isEqualTo(1);
        assertThat(svg).doesNotContain("class=\"threshold\"").doesNotContain("class=\"expected\"");
    }

    private static String stroke(String svg) {
        Matcher m = Pattern.compile("<polyline class=\"observed\"[^>]*stroke=\"(#[0-9a-f]{6})\"").matcher(svg);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void everyAlarmOfEveryComparedThemeIsMarkedAtItsPeriod() {
        String svg = TrendChart.compared("Access to Work compared with Transport", twoThemes());
        assertThat(count(svg, "class=\"alarm-mark\"")).isEqualTo(2);
        assertThat(svg).contains("class=\"alarm-mark\" data-theme=\"ACCESS_TO_WORK\" data-period=\"2026-11-25\"",
                "class=\"alarm-mark\" data-theme=\"TRANSPORT\" data-period=\"2026-11-23\"");
        assertThat(TrendChart.describeCompared(twoThemes())).isEqualTo("Access to Work compared with Transport. "
                + "Access to Work: 3 periods, 1 alarm, on 25 Nov 2026. Transport: 3 periods, 1 alarm, on 23 Nov 2026. "
                + "The tables below give every figure.");
    }

    @Test
    void theScaleOfAComparisonReachesTheBusiestThemeAndAThemeWithoutAPeriodBreaksItsLine() {
        String svg = TrendChart.compared("Two themes", twoThemes());
        assertThat(svg).as("Transport's 30 sets the scale").contains(">40</text>");
        assertThat(TrendChart.svg("Access to Work", weekWithOneAlarm())).doesNotContain(">40</text>");
        List<PeriodDetection> gap = List.of(new PeriodDetection(MONDAY, 1, 1, 2, false), new PeriodDetection(MONDAY.plusDays(2), 1, 1, 2, false));
        String broken = TrendChart.compared("Gap", List.of(new TrendChart.Series("A", "A", weekWithOneAlarm()), new TrendChart.Series("B", "B", gap)));
        assertThat(count(broken.split("data-series=\"2\"")[1], "<polyline class=\"observed\"")).isEqualTo(2);
    }

    @Test
    void theKeyNamesEachThemeWithItsLineAndExplainsTheAlarmMarkAndTheBand() {
        String key = TrendChart.key(twoThemes());
        assertThat(key).startsWith("<ul id=\"chartKey\" class=\"chart-key\">");
        assertThat(count(key, "<li class=\"key-series\">")).isEqualTo(2);
        assertThat(key).contains("</svg>Access to Work (first theme)</li>", "</svg>Transport</li>",
                "Alarm: that theme is above its threshold", "Shaded: Access to Work from its expected count to its threshold");
        assertThat(key).contains("class=\"marker circle\"", "class=\"marker square\"", "stroke-dasharray=\"9 5\"");
        assertThat(count(key, "aria-hidden=\"true\"")).as("the samples are decoration; the words say it").isEqualTo(4);
    }

    @Test
    void oneThemeAloneKeepsTheBarChartAndAtMostFourThemesAreCompared() {
        assertThat(TrendChart.compared("Access to Work", List.of(twoThemes().get(0)))).isEqualTo(TrendChart.svg("Access to Work", weekWithOneAlarm()));
        TrendChart.Series s = twoThemes().get(0);
        String four = TrendChart.compared("Four", List.of(s, s, s, s));
        assertThat(four).contains("class=\"marker circle\"", "class=\"marker square\"", "class=\"marker diamond\"", "class=\"marker cross\"");
        assertThatThrownBy(() -> TrendChart.compared("Five", List.of(s, s, s, s, s))).isInstanceOf(IllegalArgumentException.class);
    }
}
