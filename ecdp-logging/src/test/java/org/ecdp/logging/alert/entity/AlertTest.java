package org.ecdp.logging.alert.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.logging.theme.entity.Theme;
import org.ecdp.logging.trend.entity.DetectionMethod;
import org.ecdp.logging.trend.entity.DetectionOffset;
import org.ecdp.logging.trend.entity.DetectionSettings;
import org.ecdp.logging.trend.entity.Interval;
import org.ecdp.logging.trend.entity.PeriodDetection;
import org.junit.jupiter.api.Test;

class AlertTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private final Theme theme = new Theme("ACCESS_TO_WORK", "Access to Work", null);

    private Alert alert() {
        return new Alert(theme, DetectionMethod.EARS_C2, Interval.DAY, new PeriodDetection(MONDAY, 9, 2, 4.5, true), NOW);
    }

    @Test
    void aNewAlertShowsTheAlarmsFiguresAndTheDaysBehindIt() {
        Alert alert = alert();
        assertThat(alert.getStatus()).isEqualTo(AlertStatus.NEW);
        assertThat(alert.getObserved()).isEqualTo(9);
        assertThat(alert.getUpperBound()).isEqualTo(4.5);
        assertThat(alert.getFirstDay()).as("a Monday takes the weekend before it").isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(alert.getLastDay()).isEqualTo(MONDAY);
    }

    @Test
    void aQuietPeriodRaisesNoAlert() {
        assertThatThrownBy(() -> new Alert(theme, DetectionMethod.EARS_C2, Interval.DAY,
                new PeriodDetection(MONDAY, 3, 2, 4.5, false), NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLaterScanOfTheSamePeriodRefreshesTheCount() {
        Alert alert = alert();
        assertThat(alert.recount(new PeriodDetection(MONDAY, 12, 2, 4.5, true))).isTrue();
        assertThat(alert.getObserved()).isEqualTo(12);
        assertThatThrownBy(() -> alert.recount(new PeriodDetection(MONDAY.plusDays(1), 12, 2, 4.5, true)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void newGoesToReviewedThenToResponseOpenedWhichIsFinal() {
        Alert alert = alert();
        alert.review("officer", NOW);
        assertThat(alert.getStatus()).isEqualTo(AlertStatus.REVIEWED);
        assertThat(alert.getChangedBy()).isEqualTo("officer");
        alert.openResponse("officer", NOW);
        assertThat(alert.getStatus()).isEqualTo(AlertStatus.RESPONSE_OPENED);
        assertThatThrownBy(() -> alert.dismiss("changed our mind", "officer", NOW)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> alert.review("officer", NOW)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void dismissingNeedsAReasonAndIsFinal() {
        Alert alert = alert();
        assertThatThrownBy(() -> alert.dismiss("  ", "officer", NOW))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("reason"));
        assertThat(alert.getStatus()).isEqualTo(AlertStatus.NEW);
        alert.dismiss("Duplicate calls from one event", "officer", NOW);
        assertThat(alert.getStatus()).isEqualTo(AlertStatus.DISMISSED);
        assertThat(alert.getDismissReason()).isEqualTo("Duplicate calls from one event");
        assertThatThrownBy(() -> alert.openResponse("officer", NOW)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aReviewedAlertCanStillBeDismissed() {
        Alert alert = alert();
        alert.review("officer", NOW);
        alert.dismiss("Seasonal, already known", "officer", NOW);
        assertThat(alert.getStatus()).isEqualTo(AlertStatus.DISMISSED);
    }

    @Test
    void anAlertSaysWhichMethodRaisedItAndWhetherPerVolume() {
        PeriodDetection week = new PeriodDetection(MONDAY, 30, 10, 20, true);
        DetectionSettings farrington = DetectionSettings.of(DetectionMethod.FARRINGTON, Interval.WEEK, null, null, null);

        Alert counted = new Alert(theme, farrington, week, NOW);
        Alert perVolume = new Alert(theme, farrington.withOffset(DetectionOffset.VOLUME), week, NOW);

        assertThat(alert().getMethodName()).isEqualTo("daily spike check");
        assertThat(alert().getOffset()).isEqualTo(DetectionOffset.NONE);
        assertThat(counted.getMethodName()).isEqualTo("weekly seasonal check");
        assertThat(perVolume.getMethod()).isEqualTo(DetectionMethod.FARRINGTON);
        assertThat(perVolume.getOffset()).isEqualTo(DetectionOffset.VOLUME);
        assertThat(perVolume.getMethodName()).isEqualTo("weekly seasonal check, given how many were heard that week");
    }
}
