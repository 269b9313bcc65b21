package org.ecdp.web.network;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ecdp.housing.evaluation.entity.ShownCount;
import org.ecdp.logging.alert.control.AlertRules;
import org.ecdp.logging.network.boundary.NetworkObservatory;
import org.ecdp.logging.network.entity.PooledDetection;
import org.ecdp.logging.network.entity.PooledDetections;
import org.ecdp.logging.network.entity.PooledPeriod;
import org.ecdp.logging.trend.entity.DetectionSettings;
import org.ecdp.logging.trend.entity.Interval;
import org.ecdp.logging.trend.entity.PeriodDetection;
import org.ecdp.web.api.network.NetworkResource;
import org.ecdp.web.api.network.PooledPublication;

/**
 * What the observatory page shows for one network theme and range, as the API answers it: the
 * pooled weeks (with the weekly seasonal check), the weeks and working days flagged, every count
 * by the small-cell rule, and the chart. Flagged means what raises one organisation's alert
 * ({@link AlertRules}): a week only with two years of pooled history before it, a working day only
 * with enough entries.
 */
public record Observatory(String themeName, List<PooledWeek> weeks, List<PooledWeek> flaggedWeeks, List<PooledWeek> flaggedDays,
                          String chart) {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    static Observatory of(NetworkObservatory pool, String theme, String themeName, LocalDate from, LocalDate to) {
        List<PooledPeriod> series = pool.series(theme, from, to, Interval.WEEK);
        List<ShownCount> shown = PooledPublication.shown(series);
        Map<LocalDate, PeriodDetection> seasonal = new HashMap<>();
        java.util.Optional<LocalDate> first = pool.firstEntryDay(theme);
        pool.detection(theme, from, to, NetworkResource.settings("farrington")).periods().stream()
                .filter(d -> AlertRules.hasTwoYearsOfHistory(first, d.detection().period()))
                .forEach(d -> seasonal.put(d.detection().period(), d.detection()));
        List<PooledWeek> weeks = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            PooledPeriod p = series.get(i);
            weeks.add(new PooledWeek(p.period(), shown.get(i), p.organisations(), seasonal.get(p.period())));
        }
        DetectionSettings daily = NetworkResource.settings("ears");
        PooledDetections judged = pool.detection(theme, from, to, daily);
        List<PooledDetection> days = judged.periods();
        List<ShownCount> dayShown = PooledPublication.shown(judged);
        List<PooledWeek> flaggedDays = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            PooledDetection d = days.get(i);
            if (AlertRules.raisesAlert(daily, d.detection())) {
                flaggedDays.add(new PooledWeek(d.detection().period(), dayShown.get(i), d.pooled().organisations(), d.detection()));
            }
        }
        String what = themeName + ": entries per week pooled over the organisations that share, " + from.format(LONG) + " to " + to.format(LONG);
        return new Observatory(themeName, weeks, weeks.stream().filter(PooledWeek::isAlarm).toList(), flaggedDays,
                PooledChart.svg(what, weeks));
    }

    /** A date as the page writes it. */
    public static String label(LocalDate date) {
        return date.format(LONG);
    }
}
