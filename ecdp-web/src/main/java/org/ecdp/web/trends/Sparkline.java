package org.ecdp.web.trends;

import java.util.List;
import java.util.Locale;
import org.ecdp.logging.alert.control.AlertEpisode;

/**
 * A small trend line of an alert episode for an inline SVG (160 x 40): entries per day as a
 * solid line, the count expected as a dashed one, and the same in words for screen readers.
 */
public record Sparkline(String seen, String expected, String words) {

    static final int WIDTH = 160;
    static final int HEIGHT = 40;

    static Sparkline of(List<AlertEpisode.Day> days) {
        double max = Math.max(1, days.stream().mapToDouble(d -> Math.max(d.entries(), d.expected())).max().orElse(1));
        StringBuilder seen = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        StringBuilder words = new StringBuilder("Entries each day, with the number expected: ");
        int n = days.size();
        for (int i = 0; i < n; i++) {
            AlertEpisode.Day day = days.get(i);
            double x = n == 1 ? WIDTH / 2.0 : 4 + i * (WIDTH - 8.0) / (n - 1);
            seen.append(point(x, day.entries(), max));
            expected.append(point(x, day.expected(), max));
            words.append(TrendChart.longDate(day.period())).append(' ').append(day.entries())
                    .append(" (about ").append(Math.round(day.expected())).append(')').append(i < n - 1 ? "; " : ".");
        }
        if (n == 1) {
            seen.insert(0, point(0, days.get(0).entries(), max));
            expected.insert(0, point(0, days.get(0).expected(), max));
        }
        return new Sparkline(seen.toString().strip(), expected.toString().strip(), words.toString());
    }

    private static String point(double x, double value, double max) {
        double y = HEIGHT - 4 - value * (HEIGHT - 8) / max;
        return String.format(Locale.ROOT, "%.1f,%.1f ", x, y);
    }
}
