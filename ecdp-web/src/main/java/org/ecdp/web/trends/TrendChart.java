package org.ecdp.web.trends;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.ecdp.logging.trend.entity.PeriodDetection;

/**
 * Draws a theme's detection as an SVG chart on the server: a bar per period, the band
 * between expected and threshold shaded, and alarms marked with a red bar and a triangle.
 * Server-rendered, so it needs no script and works under the page's CSP; the page always
 * shows the same figures as a table for screen readers, so the SVG carries a short
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
        // axes and gridlines
        for (int i = 0; i <= 4; i++) {
            double value = max * i / 4;
            double y = y(value, max);
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(fmt(y))
                    .append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#d0d0d0\" stroke-width=\"1\"/>");
            svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(y + 4))
                    .append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#1b1b1b\">").append(fmt(value)).append("</text>");
        }
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
        // period labels, at most about twelve
        int every = Math.max(1, (int) Math.ceil(periods.size() / 12.0));
        for (int i = 0; i < periods.size(); i += every) {
            svg.append("<text x=\"").append(fmt(x(i, step))).append("\" y=\"").append(HEIGHT - BOTTOM + 18)
                    .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#1b1b1b\">")
                    .append(periods.get(i).period().format(SHORT)).append("</text>");
        }
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
        double top = periods.stream().mapToDouble(p -> Math.max(p.observed(), p.upperBound())).filter(Double::isFinite).max().orElse(1);
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
