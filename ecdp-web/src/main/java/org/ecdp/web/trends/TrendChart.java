package org.ecdp.web.trends;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ecdp.logging.trend.entity.PeriodDetection;

/**
 * Draws a theme's detection as an SVG chart on the server: a bar per period, the band
 * between expected and threshold shaded, and alarms marked with a red bar and a triangle.
 * Several themes compared are drawn as lines instead, each told apart by its colour, its
 * dash and its marker (never by colour alone), with the first theme's band behind them and a
 * red triangle over every alarm of every theme; their key is HTML beside the chart
 * ({@link #key}), so it stays readable on a phone, where the SVG shrinks.
 * Server-rendered, so it needs no script and works under the page's CSP; the page always
 * shows the same figures as tables for screen readers, so the SVG carries a short
 * description, not the data.
 */
public final class TrendChart {

    static final int WIDTH = 900;
    static final int HEIGHT = 320;
    private static final int LEFT = 48;
    private static final int RIGHT = 12;
    private static final int TOP = 16;
    private static final int BOTTOM = 56;
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    /** The most themes one chart compares: each needs a colour, a dash and a marker of its own. */
    public static final int MAX_SERIES = 4;
    /** Per theme: dark enough on white for a line (3:1 and more), none of them the alarms' red. */
    private static final String[] COLOURS = {"#4a1f6e", "#0057b8", "#9a4d00", "#1d6b36"};
    private static final String[] DASHES = {null, "9 5", "2 4", "12 4 3 4"};
    private static final String[] MARKERS = {"circle", "square", "diamond", "cross"};
    private static final String ALARM = "#b00020";
    private static final int COMPARED_HEIGHT = HEIGHT - 30;

    /** One theme's line: its code (to tie marks to it), its label, its detection. */
    public record Series(String code, String label, List<PeriodDetection> periods) {
        public Series {
            periods = List.copyOf(periods);
        }
    }

    private TrendChart() {
    }

    /** The chart as SVG markup; {@code what} names the series, e.g. "Access to Work, entries per working day". */
    public static String svg(String what, List<PeriodDetection> periods) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend-chart\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"chartTitle chartDesc\">");
        svg.append("<title id=\"chartTitle\">").append(escape(what)).append("</title>");
        svg.append("<desc id=\"chartDesc\">").append(escape(describe(periods))).append("</desc>");
        if (periods.isEmpty()) {
            svg.append("<text x=\"").append(WIDTH / 2).append("\" y=\"").append(HEIGHT / 2)
                    .append("\" text-anchor=\"middle\">No periods with enough history to judge</text></svg>");
            return svg.toString();
        }
        double max = niceMax(periods);
        double step = (double) (WIDTH - LEFT - RIGHT) / periods.size();
        gridlines(svg, max);
        // threshold band: from expected up to the upper bound
        StringBuilder band = new StringBuilder();
        for (int i = 0; i < periods.size(); i++) {
            band.append(fmt(x(i, step))).append(',').append(fmt(y(Math.min(periods.get(i).upperBound(), max), max))).append(' ');
        }
        for (int i = periods.size() - 1; i >= 0; i--) {
            band.append(fmt(x(i, step))).append(',').append(fmt(y(Math.min(periods.get(i).expected(), max), max))).append(' ');
        }
        svg.append("<polygon class=\"band\" points=\"").append(band.toString().strip())
                .append("\" fill=\"#c9b3de\" fill-opacity=\"0.55\" stroke=\"none\"/>");
        // bars
        double barWidth = Math.max(1, step * 0.6);
        for (int i = 0; i < periods.size(); i++) {
            PeriodDetection p = periods.get(i);
            double top = y(p.observed(), max);
            svg.append("<rect class=\"").append(p.alarm() ? "bar alarm" : "bar").append("\" x=\"").append(fmt(x(i, step) - barWidth / 2))
                    .append("\" y=\"").append(fmt(top)).append("\" width=\"").append(fmt(barWidth)).append("\" height=\"")
                    .append(fmt(y(0, max) - top)).append("\" fill=\"").append(p.alarm() ? "#b00020" : "#4a1f6e").append("\"/>");
            if (p.alarm()) {
                double cx = x(i, step);
                double ty = Math.max(TOP, top - 6);
                svg.append("<polygon class=\"alarm-mark\" points=\"").append(fmt(cx - 6)).append(',').append(fmt(ty - 10)).append(' ')
                        .append(fmt(cx + 6)).append(',').append(fmt(ty - 10)).append(' ').append(fmt(cx)).append(',').append(fmt(ty))
                        .append("\" fill=\"#b00020\"/>");
            }
        }
        // expected and threshold lines
        svg.append(polyline(periods, step, max, true, "#1b1b1b", "6 4"));
        svg.append(polyline(periods, step, max, false, "#4a1f6e", null));
        periodLabels(svg, periods.stream().map(PeriodDetection::period).toList(), step);
        // legend
        int ly = HEIGHT - 12;
        svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(ly - 10).append("\" width=\"12\" height=\"12\" fill=\"#4a1f6e\"/>")
                .append("<text x=\"").append(LEFT + 18).append("\" y=\"").append(ly).append("\" font-size=\"12\">Observed</text>");
        svg.append("<rect x=\"").append(LEFT + 100).append("\" y=\"").append(ly - 10).append("\" width=\"12\" height=\"12\" fill=\"#b00020\"/>")
                .append("<text x=\"").append(LEFT + 118).append("\" y=\"").append(ly).append("\" font-size=\"12\">Alarm</text>");
        svg.append("<rect x=\"").append(LEFT + 190).append("\" y=\"").append(ly - 10)
                .append("\" width=\"12\" height=\"12\" fill=\"#c9b3de\"/>")
                .append("<text x=\"").append(LEFT + 208).append("\" y=\"").append(ly)
                .append("\" font-size=\"12\">Between expected (dashed) and threshold (line)</text>");
        svg.append("</svg>");
        return svg.toString();
    }

    /**
     * Several themes on one chart: a line per theme with its own colour, dash and marker, the
     * first theme's band from expected to threshold shaded behind them, and a red triangle over
     * each alarm of any theme. One theme alone is the bar chart of {@link #svg(String, List)}.
     */
    public static String compared(String what, List<Series> series) {
        if (series.isEmpty() || series.size() > MAX_SERIES) {
            throw new IllegalArgumentException("Compare 1 to " + MAX_SERIES + " themes, not " + series.size());
        }
        if (series.size() == 1) {
            return svg(what, series.get(0).periods());
        }
        List<LocalDate> periods = List.copyOf(series.stream().flatMap(l -> l.periods().stream()).map(PeriodDetection::period)
                .collect(Collectors.toCollection(TreeSet::new)));
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend-chart compared\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(COMPARED_HEIGHT).append("\" role=\"img\" aria-labelledby=\"chartTitle chartDesc\">");
        svg.append("<title id=\"chartTitle\">").append(escape(what)).append("</title>");
        svg.append("<desc id=\"chartDesc\">").append(escape(describeCompared(series))).append("</desc>");
        if (periods.isEmpty()) {
            svg.append("<text x=\"").append(WIDTH / 2).append("\" y=\"").append(COMPARED_HEIGHT / 2)
                    .append("\" text-anchor=\"middle\">No periods with enough history to judge</text></svg>");
            return svg.toString();
        }
        double max = niceMax(series.stream().flatMap(l -> l.periods().stream().map(PeriodDetection::observed)).mapToDouble(Long::doubleValue)
                .max().orElse(0), series.get(0).periods());
        double step = (double) (WIDTH - LEFT - RIGHT) / periods.size();
        Map<LocalDate, Integer> column = new java.util.HashMap<>();
        for (int i = 0; i < periods.size(); i++) {
            column.put(periods.get(i), i);
        }
        gridlines(svg, max);
        // the first theme's band: from its expected count up to its threshold
        List<PeriodDetection> first = series.get(0).periods();
        if (!first.isEmpty()) {
            StringBuilder band = new StringBuilder();
            for (PeriodDetection p : first) {
                band.append(fmt(x(column.get(p.period()), step))).append(',').append(fmt(y(Math.min(p.upperBound(), max), max))).append(' ');
            }
            for (int i = first.size() - 1; i >= 0; i--) {
                PeriodDetection p = first.get(i);
                band.append(fmt(x(column.get(p.period()), step))).append(',').append(fmt(y(Math.min(p.expected(), max), max))).append(' ');
            }
            svg.append("<polygon class=\"band\" points=\"").append(band.toString().strip())
                    .append("\" fill=\"#c9b3de\" fill-opacity=\"0.55\" stroke=\"none\"/>");
        }
        // markers on at most about sixty periods per line, so a long range stays legible
        int markEvery = Math.max(1, (int) Math.ceil(periods.size() / 60.0));
        for (int s = 0; s < series.size(); s++) {
            Series line = series.get(s);
            Map<LocalDate, PeriodDetection> byPeriod = line.periods().stream()
                    .collect(Collectors.toMap(PeriodDetection::period, Function.identity(), (a, b) -> a));
            svg.append("<g class=\"series\" data-theme=\"").append(escape(line.code())).append("\" data-series=\"").append(s + 1).append("\">");
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < periods.size(); i++) {
                PeriodDetection p = byPeriod.get(periods.get(i));
                if (p == null) {
                    svg.append(line(points, s));
                    points.setLength(0);
                    continue;
                }
                points.append(fmt(x(i, step))).append(',').append(fmt(y(p.observed(), max))).append(' ');
            }
            svg.append(line(points, s));
            for (int i = 0; i < periods.size(); i++) {
                PeriodDetection p = byPeriod.get(periods.get(i));
                if (p != null && (i % markEvery == 0 || p.alarm())) {
                    svg.append(marker(s, x(i, step), y(p.observed(), max), 4.5));
                }
            }
            for (int i = 0; i < periods.size(); i++) {
                PeriodDetection p = byPeriod.get(periods.get(i));
                if (p != null && p.alarm()) {
                    double cx = x(i, step);
                    double ty = Math.max(TOP, y(p.observed(), max) - 8);
                    svg.append("<polygon class=\"alarm-mark\" data-theme=\"").append(escape(line.code())).append("\" data-period=\"")
                            .append(p.period()).append("\" points=\"").append(fmt(cx - 6)).append(',').append(fmt(ty - 10)).append(' ')
                            .append(fmt(cx + 6)).append(',').append(fmt(ty - 10)).append(' ').append(fmt(cx)).append(',').append(fmt(ty))
                            .append("\" fill=\"").append(ALARM).append("\" stroke=\"#fff\" stroke-width=\"1\"/>");
                }
            }
            svg.append("</g>");
        }
        periodLabels(svg, periods, step);
        svg.append("</svg>");
        return svg.toString();
    }

    /**
     * The key of a compared chart as an HTML list: each theme's line sample (its colour, dash
     * and marker) beside its name, then the alarm mark and the first theme's band.
     */
    public static String key(List<Series> series) {
        StringBuilder key = new StringBuilder("<ul id=\"chartKey\" class=\"chart-key\">");
        for (int s = 0; s < series.size(); s++) {
            key.append("<li class=\"key-series\"><svg class=\"key-sample\" aria-hidden=\"true\" focusable=\"false\" width=\"48\" height=\"16\" viewBox=\"0 0 48 16\">")
                    .append(line(new StringBuilder("2,8 46,8"), s)).append(marker(s, 24, 8, 4.5)).append("</svg>")
                    .append(escape(series.get(s).label())).append(s == 0 ? " (first theme)" : "").append("</li>");
        }
        key.append("<li><svg class=\"key-sample\" aria-hidden=\"true\" focusable=\"false\" width=\"48\" height=\"16\" viewBox=\"0 0 48 16\">")
                .append("<polygon points=\"18,2 30,2 24,13\" fill=\"").append(ALARM).append("\"/></svg>")
                .append("Alarm: that theme is above its threshold</li>");
        key.append("<li><svg class=\"key-sample\" aria-hidden=\"true\" focusable=\"false\" width=\"48\" height=\"16\" viewBox=\"0 0 48 16\">")
                .append("<rect x=\"2\" y=\"2\" width=\"44\" height=\"12\" fill=\"#c9b3de\"/></svg>")
                .append("Shaded: ").append(escape(series.get(0).label())).append(" from its expected count to its threshold</li>");
        return key.append("</ul>").toString();
    }

    /** One sentence per theme a screen reader announces with a compared chart; the tables hold the figures. */
    static String describeCompared(List<Series> series) {
        StringBuilder text = new StringBuilder(String.join(" compared with ", series.stream().map(Series::label).toList())).append(". ");
        for (Series line : series) {
            List<PeriodDetection> alarms = line.periods().stream().filter(PeriodDetection::alarm).toList();
            text.append(line.label()).append(": ").append(line.periods().size()).append(line.periods().size() == 1 ? " period, " : " periods, ")
                    .append(alarms.isEmpty() ? "no alarms" : alarms.size() + (alarms.size() == 1 ? " alarm, on " : " alarms, on ")
                            + String.join(", ", alarms.stream().map(a -> a.period().format(LONG)).toList()))
                    .append(". ");
        }
        return text.append("The tables below give every figure.").toString();
    }

    private static String line(StringBuilder points, int s) {
        if (points.isEmpty()) {
            return "";
        }
        return "<polyline class=\"observed\" points=\"" + points.toString().strip() + "\" fill=\"none\" stroke=\"" + COLOURS[s]
                + "\" stroke-width=\"2.5\" stroke-linejoin=\"round\" stroke-linecap=\"round\""
                + (DASHES[s] == null ? "" : " stroke-dasharray=\"" + DASHES[s] + "\"") + "/>";
    }

    /** A theme's own marker: a circle, square, diamond or cross, in its colour. */
    private static String marker(int s, double cx, double cy, double r) {
        String colour = COLOURS[s];
        String cls = "marker " + MARKERS[s];
        return switch (MARKERS[s]) {
            case "circle" -> "<circle class=\"" + cls + "\" cx=\"" + fmt(cx) + "\" cy=\"" + fmt(cy) + "\" r=\"" + fmt(r) + "\" fill=\"" + colour + "\"/>";
            case "square" -> "<rect class=\"" + cls + "\" x=\"" + fmt(cx - r) + "\" y=\"" + fmt(cy - r) + "\" width=\"" + fmt(2 * r)
                    + "\" height=\"" + fmt(2 * r) + "\" fill=\"" + colour + "\"/>";
            case "diamond" -> "<polygon class=\"" + cls + "\" points=\"" + fmt(cx) + ',' + fmt(cy - r - 1) + ' ' + fmt(cx + r + 1) + ',' + fmt(cy)
                    + ' ' + fmt(cx) + ',' + fmt(cy + r + 1) + ' ' + fmt(cx - r - 1) + ',' + fmt(cy) + "\" fill=\"" + colour + "\"/>";
            default -> "<path class=\"" + cls + "\" d=\"M" + fmt(cx - r) + ' ' + fmt(cy - r) + "L" + fmt(cx + r) + ' ' + fmt(cy + r) + "M"
                    + fmt(cx - r) + ' ' + fmt(cy + r) + "L" + fmt(cx + r) + ' ' + fmt(cy - r) + "\" stroke=\"" + colour
                    + "\" stroke-width=\"2.5\" fill=\"none\"/>";
        };
    }

    /** One sentence a screen reader announces with the chart; the table holds the figures. */
    static String describe(List<PeriodDetection> periods) {
        if (periods.isEmpty()) {
            return "No periods to show.";
        }
        List<PeriodDetection> alarms = periods.stream().filter(PeriodDetection::alarm).toList();
        String range = periods.get(0).period().format(LONG) + " to " + periods.get(periods.size() - 1).period().format(LONG);
        String alarmText = alarms.isEmpty() ? "no alarms"
                : alarms.size() + (alarms.size() == 1 ? " alarm, on " : " alarms, on ")
                        + String.join(", ", alarms.stream().map(a -> a.period().format(LONG)).toList());
        return periods.size() + " periods from " + range + ", " + alarmText + ". The table below gives every figure.";
    }

    /** The axis: four gridlines with their counts. */
    private static void gridlines(StringBuilder svg, double max) {
        for (int i = 0; i <= 4; i++) {
            double value = max * i / 4;
            double y = y(value, max);
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(fmt(y))
                    .append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#d0d0d0\" stroke-width=\"1\"/>");
            svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(y + 4))
                    .append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#1b1b1b\">").append(fmt(value)).append("</text>");
        }
    }

    /** Period labels under the axis, at most about twelve. */
    private static void periodLabels(StringBuilder svg, List<LocalDate> periods, double step) {
        int every = Math.max(1, (int) Math.ceil(periods.size() / 12.0));
        for (int i = 0; i < periods.size(); i += every) {
            svg.append("<text x=\"").append(fmt(x(i, step))).append("\" y=\"").append(HEIGHT - BOTTOM + 18)
                    .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#1b1b1b\">")
                    .append(periods.get(i).format(SHORT)).append("</text>");
        }
    }

    private static String polyline(List<PeriodDetection> periods, double step, double max, boolean expected, String colour,
            String dash) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < periods.size(); i++) {
            PeriodDetection p = periods.get(i);
            points.append(fmt(x(i, step))).append(',').append(fmt(y(Math.min(expected ? p.expected() : p.upperBound(), max), max))).append(' ');
        }
        return "<polyline class=\"" + (expected ? "expected" : "threshold") + "\" points=\"" + points.toString().strip()
                + "\" fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"2\"" + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"")
                + "/>";
    }

    static double niceMax(List<PeriodDetection> periods) {
        return niceMax(0, periods);
    }

    /** A round top for the scale above {@code atLeast} and above the counts and thresholds of {@code periods}. */
    static double niceMax(double atLeast, List<PeriodDetection> periods) {
        double top = Math.max(atLeast,
                periods.stream().mapToDouble(p -> Math.max(p.observed(), p.upperBound())).filter(Double::isFinite).max().orElse(1));
        top = Math.max(top, 1) * 1.1;
        double magnitude = Math.pow(10, Math.floor(Math.log10(top)));
        for (double nice : new double[] {1, 2, 2.5, 4, 5, 10}) {
            if (nice * magnitude >= top) {
                return Math.max(4, nice * magnitude);
            }
        }
        return 10 * magnitude;
    }

    private static double x(int i, double step) {
        return LEFT + (i + 0.5) * step;
    }

    private static double y(double value, double max) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - Math.max(0, value) / max);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Formats a date as the page shows it. */
    public static String longDate(LocalDate date) {
        return date.format(LONG);
    }
}
