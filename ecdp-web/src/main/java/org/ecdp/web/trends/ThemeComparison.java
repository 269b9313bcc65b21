package org.ecdp.web.trends;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ecdp.domain.service.entity.Service;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.validation.NotFound;
import org.ecdp.domain.vocabulary.Locality;
import org.ecdp.logging.alert.control.AlertRules;
import org.ecdp.logging.theme.boundary.Themes;
import org.ecdp.logging.theme.entity.Theme;
import org.ecdp.logging.trend.boundary.Trends;
import org.ecdp.logging.trend.entity.DetectionMethod;
import org.ecdp.logging.trend.entity.DetectionOffset;
import org.ecdp.logging.trend.entity.DetectionSettings;
import org.ecdp.logging.trend.entity.Interval;
import org.ecdp.logging.trend.entity.PeriodDetection;

/**
 * What the dashboard's trend chart shows: one to {@link TrendChart#MAX_SERIES} themes' detection
 * over one period, in all services or one, in all areas or one. The first theme is the one
 * the officer chose first: its band is drawn and its table keeps the page's first place. The
 * captions say what is filtered, and each period links to exactly the entries counted in it.
 * EARS methods use the alerts' minSigma 0.5, so the chart shows what raised an alert.
 */
public final class ThemeComparison {

    /** The dashboard's method code for the seasonal check judged against the week's volume. */
    public static final String PER_VOLUME = "farrington-volume";

    /** One theme on the chart: its place (1 is the first theme), the theme, its detection. */
    public record Shown(int number, Theme theme, List<PeriodDetection> periods) {
        public long alarmCount() {
            return periods.stream().filter(PeriodDetection::alarm).count();
        }
    }

    private final List<Shown> shown;
    private final Trends.Scope scope;
    private final String scopeText;
    private final Interval interval;
    private final DetectionMethod method;
    private final String chart;

    private ThemeComparison(List<Shown> shown, Trends.Scope scope, String scopeText, Interval interval, DetectionMethod method,
            LocalDate from, LocalDate to) {
        this.shown = List.copyOf(shown);
        this.scope = scope;
        this.scopeText = scopeText;
        this.interval = interval;
        this.method = method;
        this.chart = TrendChart.compared(getTitle() + ": entries per " + getPer() + ", " + scopeText + ", "
                + TrendChart.longDate(from) + " to " + TrendChart.longDate(to), series());
    }

    /**
     * Detection of each theme over [from, to] in the scope: the first code is the first theme,
     * the others are compared with it (a theme asked twice is shown once).
     *
     * @param services the services, to name the one chosen
     * @throws InvalidInput naming theme or compare (an unknown theme, too many), from, to,
     *         interval, method, service or locality
     */
    public static ThemeComparison detect(Trends trends, Themes themes, List<Service> services, List<String> themeCodes,
            Trends.Scope scope, LocalDate from, LocalDate to, String methodCode, String intervalCode) {
        if (themeCodes.stream().distinct().count() > TrendChart.MAX_SERIES) {
            throw InvalidInput.of("compare", "Compare at most " + TrendChart.MAX_SERIES + " themes at once");
        }
        List<Theme> chosen = new ArrayList<>();
        for (String code : themeCodes) {
            try {
                Theme theme = themes.resolve(code);
                if (chosen.stream().noneMatch(t -> t.getCode().equals(theme.getCode()))) {
                    chosen.add(theme);
                }
            } catch (NotFound unknown) {
                throw InvalidInput.of(chosen.isEmpty() ? "theme" : "compare", unknown.getMessage());
            }
        }
        // the dashboard's one extra choice: the seasonal check judged against the week's volume (offset=volume in the API)
        boolean perVolume = PER_VOLUME.equals(methodCode);
        DetectionMethod method = DetectionMethod.ofCode(perVolume ? DetectionMethod.FARRINGTON.code() : methodCode);
        Interval interval = Interval.ofCode(intervalCode);
        DetectionSettings settings = DetectionSettings.of(method, interval, null, null, method == DetectionMethod.FARRINGTON ? null : 0.5);
        if (perVolume) {
            settings = settings.withOffset(DetectionOffset.VOLUME);
        }
        List<Shown> shown = new ArrayList<>();
        for (Theme theme : chosen) {
            shown.add(new Shown(shown.size() + 1, theme, trends.detection(theme.getCode(), scope, from, to, settings)));
        }
        String service = services.stream().filter(s -> s.getCode().equals(scope.service())).map(Service::getName).findFirst()
                .orElse(scope.service());
        String area = Arrays.stream(Locality.values()).filter(l -> l.name().equals(scope.locality())).map(Locality::label).findFirst()
                .orElse(scope.locality());
        String scopeText = (service == null ? "all services" : service + " only") + ", "
                + (area == null ? "all areas" : "people in " + area + " only");
        return new ThemeComparison(shown, scope, scopeText, interval, method, from, to);
    }

    private List<TrendChart.Series> series() {
        return shown.stream().map(s -> new TrendChart.Series(s.theme().getCode(), s.theme().getLabel(), s.periods())).toList();
    }

    public Shown getPrimary() {
        return shown.get(0);
    }

    /** The themes compared with the first one, in the order chosen. */
    public List<Shown> getCompared() {
        return shown.subList(1, shown.size());
    }

    public boolean isComparing() {
        return shown.size() > 1;
    }

    /** "Transport compared with Access to Work and Benefits". */
    public String getTitle() {
        List<String> labels = shown.stream().map(s -> s.theme().getLabel()).toList();
        if (labels.size() == 1) {
            return labels.get(0);
        }
        List<String> others = labels.subList(1, labels.size());
        String compared = others.size() == 1 ? others.get(0)
                : String.join(", ", others.subList(0, others.size() - 1)) + " and " + others.get(others.size() - 1);
        return labels.get(0) + " compared with " + compared;
    }

    /** What the chart is narrowed to, in words: "Advocacy only, all areas". */
    public String getScopeText() {
        return scopeText;
    }

    /** The chart's caption: what is shown, filtered how, its alarms, and how to read the marks. */
    public String getCaption() {
        Shown first = getPrimary();
        int periods = first.periods().size();
        String figures = getTitle() + ", " + scopeText + ": " + periods + (periods == 1 ? " period, " : " periods, ");
        if (!isComparing()) {
            return figures + first.alarmCount() + " above the threshold. The shaded band runs from the expected count to the threshold;"
                    + " red bars are alarms.";
        }
        return figures + "above the threshold: " + String.join(", ", shown.stream().map(s -> s.theme().getLabel() + " " + s.alarmCount()).toList())
                + ". Each theme is a line with its own colour, dash and marker (see the key); a red triangle marks an alarm of any theme."
                + " Only the first theme, " + first.theme().getLabel() + ", shows its band from the expected count to the threshold.";
    }

    /** The key beside a compared chart (HTML); none for one theme, whose chart carries its own. */
    public String getKey() {
        return isComparing() ? TrendChart.key(series()) : null;
    }

    /** A table's caption: which theme, counted per what, filtered how. */
    public String tableCaption(Shown s) {
        return "Figures of the chart: " + s.theme().getLabel() + (s.number() == 1 ? "" : " (compared)") + ", entries per " + getPer()
                + ", " + scopeText;
    }

    public String getPer() {
        return interval == Interval.WEEK ? "week" : "working day";
    }

    public String getPeriodHeading() {
        return interval == Interval.WEEK ? "Week of" : "Day";
    }

    public String getChart() {
        return chart;
    }

    /** Where the entries counted in a period are listed: the theme, the period and the same service and area. */
    public String entriesLink(String themeCode, LocalDate period) {
        return "/log/entries.xhtml?theme=" + themeCode + "&from=" + interval.firstDayOf(period) + "&to=" + interval.lastDayOf(period)
                + (scope.service() == null ? "" : "&service=" + scope.service())
                + (scope.locality() == null ? "" : "&locality=" + scope.locality());
    }

    /** A table's Alarm column: a C2 day alarm under the alerts' minimum says that it raised no alert. */
    public String alarmText(PeriodDetection p) {
        if (!p.alarm()) {
            return "No";
        }
        boolean asTheAlerts = interval == Interval.DAY && method == DetectionMethod.EARS_C2;
        return asTheAlerts && !AlertRules.raisesAlert(AlertRules.WORKING_DAYS, p)
                ? "Alarm, but under " + AlertRules.MIN_ENTRIES_FOR_A_DAY_ALERT + " entries: no alert" : "Alarm";
    }
}
