package org.ecdp.web.network;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The pooled weekly series as server-drawn SVG, in the trends dashboard's manner (no script, works
 * under the page's CSP, the table beside it holds every figure): a bar per week, the weekly
 * seasonal check's threshold as a line where it could judge, alarms red with a triangle. A week
 * shown as "&lt;10" is drawn as a dashed empty box up to 10, never as its true height, so the
 * picture reveals no more than the table.
 */
final class PooledChart {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 300;
    private static final int LEFT = 48;
    private static final int RIGHT = 12;
    private static final int TOP = 16;
    private static final int BOTTOM = 56;
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    private PooledChart() {
    }

    static String svg(String what, List<PooledWeek> weeks) {
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend-chart\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"chartTitle chartDesc\">")
                .append("<title id=\"chartTitle\">").append(escape(what)).append("</title><desc id=\"chartDesc\">")
                .append(weeks.size()).append(" weeks, ").append(weeks.stream().filter(PooledWeek::isAlarm).count())
                .append(" flagged by the weekly seasonal check. The table below gives every figure.</desc>");
        double max = 10;
        for (PooledWeek w : weeks) {
            max = Math.max(max, Math.max(w.drawn(), w.check() == null ? 0 : Math.min(w.check().upperBound(), 1e9)));
        }
        max = Math.ceil(max * 1.1 / 10) * 10;
        for (int i = 0; i <= 4; i++) {
            double y = y(max * i / 4, max);
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(fmt(y))
                    .append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#d0d0d0\"/><text x=\"").append(LEFT - 6).append("\" y=\"")
                    .append(fmt(y + 4)).append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#1b1b1b\">").append(fmt(max * i / 4)).append("</text>");
        }
        double step = weeks.isEmpty() ? 1 : (double) (WIDTH - LEFT - RIGHT) / weeks.size();
        double bar = Math.max(1, step * 0.6);
        StringBuilder threshold = new StringBuilder();
        for (int i = 0; i < weeks.size(); i++) {
            PooledWeek w = weeks.get(i);
            double x = LEFT + (i + 0.5) * step;
            if (w.entries().isHidden()) {
                svg.append("<rect class=\"bar small\" x=\"").append(fmt(x - bar / 2)).append("\" y=\"").append(fmt(y(10, max)))
                        .append("\" width=\"").append(fmt(bar)).append("\" height=\"").append(fmt(y(0, max) - y(10, max)))
                        .append("\" fill=\"none\" stroke=\"#4a1f6e\" stroke-dasharray=\"3 2\"/>");
            } else {
                svg.append("<rect class=\"").append(w.isAlarm() ? "bar alarm" : "bar").append("\" x=\"").append(fmt(x - bar / 2))
                        .append("\" y=\"").append(fmt(y(w.drawn(), max))).append("\" width=\"").append(fmt(bar)).append("\" height=\"")
                        .append(fmt(y(0, max) - y(w.drawn(), max))).append("\" fill=\"").append(w.isAlarm() ? "#b00020" : "#4a1f6e").append("\"/>");
            }
            if (w.isAlarm()) {
                double ty = Math.max(TOP + 10, y(Math.max(w.drawn(), 10), max) - 4);
                svg.append("<polygon class=\"alarm-mark\" points=\"").append(fmt(x - 6)).append(',').append(fmt(ty - 10)).append(' ')
                        .append(fmt(x + 6)).append(',').append(fmt(ty - 10)).append(' ').append(fmt(x)).append(',').append(fmt(ty))
                        .append("\" fill=\"#b00020\"/>");
            }
            if (w.check() != null && Double.isFinite(w.check().upperBound())) {
                threshold.append(fmt(x)).append(',').append(fmt(y(Math.min(w.check().upperBound(), max), max))).append(' ');
            }
        }
        if (!threshold.isEmpty()) {
            svg.append("<polyline class=\"threshold\" points=\"").append(threshold.toString().strip())
                    .append("\" fill=\"none\" stroke=\"#1b1b1b\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
        }
        int every = Math.max(1, (int) Math.ceil(weeks.size() / 12.0));
        for (int i = 0; i < weeks.size(); i += every) {
            svg.append("<text x=\"").append(fmt(LEFT + (i + 0.5) * step)).append("\" y=\"").append(HEIGHT - BOTTOM + 18)
                    .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#1b1b1b\">").append(weeks.get(i).period().format(SHORT)).append("</text>");
        }
        int ly = HEIGHT - 12;
        svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(ly - 10).append("\" width=\"12\" height=\"12\" fill=\"#4a1f6e\"/>")
                .append("<text x=\"").append(LEFT + 18).append("\" y=\"").append(ly).append("\" font-size=\"12\">Entries</text>")
                .append("<rect x=\"").append(LEFT + 90).append("\" y=\"").append(ly - 10)
                .append("\" width=\"12\" height=\"12\" fill=\"none\" stroke=\"#4a1f6e\" stroke-dasharray=\"3 2\"/>")
                .append("<text x=\"").append(LEFT + 108).append("\" y=\"").append(ly).append("\" font-size=\"12\">Fewer than 10</text>")
                .append("<rect x=\"").append(LEFT + 220).append("\" y=\"").append(ly - 10).append("\" width=\"12\" height=\"12\" fill=\"#b00020\"/>")
                .append("<text x=\"").append(LEFT + 238).append("\" y=\"").append(ly).append("\" font-size=\"12\">Alarm</text>")
                .append("<text x=\"").append(LEFT + 300).append("\" y=\"").append(ly).append("\" font-size=\"12\">Dashed line: threshold</text>");
        return svg.append("</svg>").toString();
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
}
