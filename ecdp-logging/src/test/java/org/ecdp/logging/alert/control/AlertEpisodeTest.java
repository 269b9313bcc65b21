package org.ecdp.logging.alert.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ecdp.logging.alert.entity.Alert;
import org.ecdp.logging.theme.entity.Theme;
import org.ecdp.logging.trend.entity.DetectionMethod;
import org.ecdp.logging.trend.entity.Interval;
import org.ecdp.logging.trend.entity.PeriodDetection;
import org.junit.jupiter.api.Test;

class AlertEpisodeTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 9);
    private final Theme benefits = new Theme("BENEFITS", "Benefits", null);
    private final Theme atw = new Theme("ACCESS_TO_WORK", "Access to Work", benefits);
    private final Theme transport = new Theme("TRANSPORT", "Transport", null);

    @Test
    void oneSurgeOverConsecutiveDaysOnATopicAndItsSubThemeIsOneEpisode() {
        List<Alert> alerts = List.of(
                daily(atw, MONDAY, 9, 3), daily(benefits, MONDAY, 11, 4),
                daily(atw, MONDAY.plusDays(1), 10, 3), daily(benefits, MONDAY.plusDays(1), 12, 4),
                daily(atw, MONDAY.plusDays(2), 8, 3), daily(benefits, MONDAY.plusDays(2), 9, 4),
                daily(atw, MONDAY.plusDays(3), 7, 3), daily(benefits, MONDAY.plusDays(3), 8, 4));

        List<AlertEpisode> episodes = AlertEpisode.of(alerts);

        assertThat(episodes).hasSize(1);
        AlertEpisode surge = episodes.get(0);
        assertThat(surge.theme()).isSameAs(benefits);
        assertThat(surge.first()).as("a Monday's count takes in the weekend before it").isEqualTo(MONDAY.minusDays(2));
        assertThat(surge.last()).isEqualTo(MONDAY.plusDays(3));
        assertThat(surge.entries()).as("the parent's count each day, not parent plus child").isEqualTo(11 + 12 + 9 + 8);
        assertThat(surge.expected()).isEqualTo(16.0);
        assertThat(surge.days()).hasSize(4);
        assertThat(surge.methods()).containsExactly("daily spike check");
        assertThat(surge.subThemes()).containsExactly("Access to Work");
        assertThat(surge.open()).isTrue();
        assertThat(surge.waiting()).hasSize(8);
    }

    @Test
    void aWeekendDoesNotBreakAnEpisodeButAQuietWorkingDayDoes() {
        LocalDate friday = MONDAY.plusDays(4);
        List<AlertEpisode> episodes = AlertEpisode.of(List.of(
                daily(transport, friday, 9, 3), daily(transport, friday.plusDays(3), 9, 3),
                daily(transport, friday.plusDays(5), 9, 3)));
        assertThat(episodes).hasSize(2);
        assertThat(episodes.get(0).first()).as("newest first").isEqualTo(friday.plusDays(5));
        assertThat(episodes.get(1).alerts()).hasSize(2);
        assertThat(episodes.get(1).first()).isEqualTo(friday);
        assertThat(episodes.get(1).last()).isEqualTo(friday.plusDays(3));
    }

    @Test
    void methodsHavePlainNames() {
        assertThat(DetectionMethod.EARS_C2.plainName(Interval.DAY)).isEqualTo("daily spike check");
        assertThat(DetectionMethod.FARRINGTON.plainName(Interval.WEEK)).isEqualTo("weekly seasonal check");
        Alert weekly = new Alert(transport, DetectionMethod.FARRINGTON, Interval.WEEK,
                new PeriodDetection(MONDAY, 30, 12, 20, true), Instant.EPOCH);
        AlertEpisode episode = AlertEpisode.of(List.of(weekly, daily(transport, MONDAY.plusDays(1), 9, 3))).get(0);
        assertThat(episode.methods()).containsExactlyInAnyOrder("weekly seasonal check", "daily spike check");
        assertThat(episode.entries()).as("days counted once; the week's alarm names its method").isEqualTo(9);
    }

    private static Alert daily(Theme theme, LocalDate day, long observed, double expected) {
        return new Alert(theme, DetectionMethod.EARS_C2, Interval.DAY, new PeriodDetection(day, observed, expected, expected + 3, true), Instant.EPOCH);
    }
}
