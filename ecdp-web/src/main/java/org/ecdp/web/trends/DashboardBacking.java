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
 * table, from bookmarkable GET parameters) and the themes rising this week. EARS methods
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

    public String label(LocalDate date) {
        return TrendChart.longDate(date);
    }

    public long getAlarmCount() {
        return periods.stream().filter(PeriodDetection::alarm).count();
    }

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
