package org.ecdp.web.trends;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.validation.NotFound;
import org.ecdp.logging.alert.control.AlertRules;
import org.ecdp.logging.theme.boundary.Themes;
import org.ecdp.logging.theme.entity.Theme;
import org.ecdp.logging.trend.boundary.Trends;
import org.ecdp.logging.trend.entity.DetectionMethod;
import org.ecdp.logging.trend.entity.DetectionSettings;
import org.ecdp.logging.trend.entity.Interval;
import org.ecdp.logging.trend.entity.PeriodDetection;
import org.ecdp.web.shell.Messages;

/**
 * /trends/dashboard.xhtml: one theme's trend with its threshold and alarms (chart and
 * table, from bookmarkable GET parameters), the themes rising this week, and a service ×
 * theme heat map for a period (hfrom, hto) whose every number links to its entries. EARS methods
 * use the alerts' minSigma 0.5, so the chart shows what raised an alert.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    @Inject
    transient Trends trends;

    @Inject
    transient Themes themes;

    @Inject
    transient Clock clock;

    private String theme;
    private String interval;
    private String method;
    private LocalDate from;
    private LocalDate to;

    private List<Theme> themeChoices;
    private Theme shown;
    private List<PeriodDetection> periods = List.of();
    private List<Trends.ThemeWeek> rising = List.of();
    private String chart;
    private LocalDate heatFrom;
    private LocalDate heatTo;
    private Trends.HeatMap heatMap;

    /** f:viewAction: runs after the view parameters are set. */
    public void load() {
        LocalDate today = LocalDate.now(clock);
        themeChoices = themes.all().stream().filter(t -> t.getMergedInto() == null).toList();
        rising = trends.risingThisWeek(today);
        if (theme == null || theme.isBlank()) {
            theme = rising.isEmpty() ? themeChoices.stream().findFirst().map(Theme::getCode).orElse(null)
                    : rising.get(0).theme().getCode();
        }
        interval = interval == null || interval.isBlank() ? "day" : interval;
        method = method == null || method.isBlank() ? "ears-c2" : method;
        to = to == null ? today : to;
        if (from == null) {
            from = "week".equals(interval) ? to.minusWeeks(26) : to.minusWeeks(8);
        }
        heatTo = heatTo == null ? today : heatTo;
        heatFrom = heatFrom == null ? heatTo.minusWeeks(4).plusDays(1) : heatFrom;
        try {
            heatMap = trends.heatMap(heatFrom, heatTo);
        } catch (InvalidInput invalid) {
            heatMap = null;
            Messages.invalid(invalid, Map.of("from", "h-from", "to", "h-to"));
        }
        if (theme == null) {
            return;
        }
        try {
            DetectionMethod chosen = DetectionMethod.ofCode(method);
            Interval by = Interval.ofCode(interval);
            DetectionSettings settings = DetectionSettings.of(chosen, by, null, null,
                    chosen == DetectionMethod.FARRINGTON ? null : 0.5);
            shown = themes.resolve(theme);
            periods = trends.detection(theme, Trends.Scope.ALL, from, to, settings);
            chart = TrendChart.svg(shown.getLabel() + ": entries per " + ("week".equals(interval) ? "week" : "working day")
                    + ", " + TrendChart.longDate(from) + " to " + TrendChart.longDate(to), periods);
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, Map.of("from", "d-from", "to", "d-to", "interval", "d-interval", "method", "d-method"));
        } catch (NotFound notFound) {
            Messages.invalid(InvalidInput.of("theme", notFound.getMessage()), Map.of("theme", "d-theme"));
        }
    }

    /** Where the entries behind a period are listed. */
    public String entriesLink(String themeCode, LocalDate period) {
        Interval by = "week".equals(interval) ? Interval.WEEK : Interval.DAY;
        return "/log/entries.xhtml?theme=" + themeCode + "&from=" + by.firstDayOf(period) + "&to=" + by.lastDayOf(period);
    }

    /** The heat map's rows worth showing: every theme in use, and retired ones only where they have entries. */
    public List<Trends.HeatRow> getHeatRows() {
        return heatMap == null ? List.of() : heatMap.rows().stream().filter(r -> r.theme().isLive() || r.total() > 0).toList();
    }

    /** Shade 0 (none) to 4 (the busiest quarter): the cell's colour, always beside its number. */
    public int band(long count) {
        if (count <= 0 || heatMap == null || heatMap.max() == 0) {
            return 0;
        }
        return (int) Math.max(1, Math.min(4, Math.ceil(4.0 * count / heatMap.max())));
    }

    /** The lowest and highest count of a shade, for the legend. */
    public String bandRange(int band) {
        long max = heatMap == null ? 0 : heatMap.max();
        long low = band == 1 ? 1 : (long) Math.floor(max * (band - 1) / 4.0) + 1;
        long high = (long) Math.floor(max * band / 4.0);
        return low >= high ? String.valueOf(Math.max(low, high)) : low + " to " + high;
    }

    /** The entries behind a heat map cell: one service, one theme (with its sub-themes), the period. */
    public String heatLink(String serviceCode, String themeCode) {
        return "/log/entries.xhtml?service=" + serviceCode + "&theme=" + themeCode + "&from=" + heatFrom + "&to=" + heatTo;
    }

    public String label(LocalDate date) {
        return TrendChart.longDate(date);
    }

    /** The trend table's Alarm column: a C2 day alarm under the alerts' minimum says that it raised no alert. */
    public String alarmText(PeriodDetection p) {
        if (!p.alarm()) {
            return "No";
        }
        boolean asTheAlerts = "day".equals(interval) && "ears-c2".equals(method);
        return asTheAlerts && !AlertRules.raisesAlert(AlertRules.WORKING_DAYS, p)
                ? "Alarm, but under " + AlertRules.MIN_ENTRIES_FOR_A_DAY_ALERT + " entries: no alert" : "Alarm";
    }

    public long getAlarmCount() {
        return periods.stream().filter(PeriodDetection::alarm).count();
    }

    public Trends.HeatMap getHeatMap() { return heatMap; }
    public LocalDate getHeatFrom() { return heatFrom; }
    public void setHeatFrom(LocalDate heatFrom) { this.heatFrom = heatFrom; }
    public LocalDate getHeatTo() { return heatTo; }
    public void setHeatTo(LocalDate heatTo) { this.heatTo = heatTo; }
    public List<Theme> getThemeChoices() { return themeChoices; }
    public Theme getShown() { return shown; }
    public List<PeriodDetection> getPeriods() { return periods; }
    public List<Trends.ThemeWeek> getRising() { return rising; }
    public String getChart() { return chart; }
    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme; }
    public String getInterval() { return interval; }
    public void setInterval(String interval) { this.interval = interval; }
    public String getMethod() { return method; }
    public void setMethod(String method) { this.method = method; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
