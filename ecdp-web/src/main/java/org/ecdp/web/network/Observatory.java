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
import org.ecdp.logging.network.entity.PooledPeriod;
import org.ecdp.logging.trend.entity.DetectionSettings;
import org.ecdp.logging.trend.entity.Interval;
import org.ecdp.web.api.network.NetworkResource;
import org.ecdp.web.api.network.PooledPublication;
import org.ecdp.web.api.network.PublishedDetection;

/**
 * What the observatory page shows for one network theme and range, as the API answers it: the
 * pooled weeks (with the weekly seasonal check), the weeks and working days flagged, every count
 * by the small-cell rule, and the chart. Flagged means what raises one organisation's alert
 * ({@link AlertRules}): a week only with two years of pooled history before it, a working day only
 * with enough entries. What the checks say of a period is withheld (no threshold, no flag, nothing
 * on the chart) when it is computed from a count shown as "&lt;10" ({@link PooledPublication#published}).
 */
public record Observatory(String themeName, List<PooledWeek> weeks, List<PooledWeek> flaggedWeeks, List<PooledWeek> flaggedDays,
                          String chart) {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    static Observatory of(NetworkObservatory pool, String theme, String themeName, LocalDate from, LocalDate to) {
        List<PooledPeriod> series = pool.series(theme, from, to, Interval.WEEK);
        List<ShownCount> shown = PooledPublication.shown(series);
        Map<LocalDate, PublishedDetection> seasonal = new HashMap<>();
        java.util.Optional<LocalDate> first = pool.firstEntryDay(theme);
        PooledPublication.published(pool.detection(theme, from, to, NetworkResource.settings("farrington"))).stream()
                .filter(d -> AlertRules.hasTwoYearsOfHistory(first, d.period()))
                .forEach(d -> seasonal.put(d.period(), d));
        List<PooledWeek> weeks = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            PooledPeriod p = series.get(i);
            PublishedDetection check = seasonal.get(p.period());
            weeks.add(new PooledWeek(p.period(), shown.get(i), p.organisations(), check == null ? null : check.figures(),
                    check != null && check.isWithheld()));
        }
        DetectionSettings daily = NetworkResource.settings("ears");
        List<PooledWeek> flaggedDays = PooledPublication.published(pool.detection(theme, from, to, daily)).stream()
                .filter(d -> !d.isWithheld() && AlertRules.raisesAlert(daily, d.figures()))
                .map(d -> new PooledWeek(d.period(), d.observed(), d.organisations(), d.figures(), false))
                .toList();
        String what = themeName + ": entries per week pooled over the organisations that share, " + from.format(LONG) + " to " + to.format(LONG);
        return new Observatory(themeName, weeks, weeks.stream().filter(PooledWeek::isAlarm).toList(), flaggedDays,
                PooledChart.svg(what, weeks));
    }

    /** A date as the page writes it. */
    public static String label(LocalDate date) {
        return date.format(LONG);
    }
}
