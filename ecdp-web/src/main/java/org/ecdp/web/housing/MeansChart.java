package org.ecdp.web.housing;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.evaluation.control.PublicationSuppression;
import org.ecdp.housing.evaluation.entity.ScoreMean;
import org.ecdp.housing.enrolment.entity.Timepoint;

/**
 * The geometry of the evaluation page's chart of mean score over time per arm (an inline SVG:
 * months across, the instrument's valid range up the side, a 95% CI bar at each point). The
 * same numbers are in the table beside it, for anyone who cannot see the chart.
 */
public final class MeansChart implements Serializable {

    public static final int WIDTH = 560;
    public static final int HEIGHT = 300;
    private static final int LEFT = 50;
    private static final int RIGHT = 45;
    private static final int TOP = 20;
    private static final int BOTTOM = 40;

    public record Point(String timepoint, double x, double y, double low, double high, String label) implements Serializable {
    }

    public record Row(String timepoint, String coached, String control) implements Serializable {
    }

    private final List<Point> coached = new ArrayList<>();
    private final List<Point> control = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private final double min;
    private final double max;

    private final boolean publication;

    public MeansChart(Map<Timepoint, Map<Arm, ScoreMean>> means, double min, double max) {
        this(means, min, max, false);
    }

    /** With {@code publication}, a mean of fewer than 10 scores is withheld: shown as "n < 10", not plotted. */
    public MeansChart(Map<Timepoint, Map<Arm, ScoreMean>> means, double min, double max, boolean publication) {
        this.publication = publication;
        this.min = min;
        this.max = max;
        means.forEach((timepoint, byArm) -> {
            add(coached, timepoint, byArm.get(Arm.COACHED));
            add(control, timepoint, byArm.get(Arm.CONTROL));
            rows.add(new Row(label(timepoint), describe(byArm.get(Arm.COACHED)), describe(byArm.get(Arm.CONTROL))));
        });
    }

    private void add(List<Point> line, Timepoint timepoint, ScoreMean mean) {
        if (mean == null || mean.n() == 0 || withheld(mean)) {
            return;
        }
        double x = LEFT + timepoint.months() / 12.0 * (WIDTH - LEFT - RIGHT);
        double low = Double.isNaN(mean.ci().lower()) ? mean.mean() : mean.ci().lower();
        double high = Double.isNaN(mean.ci().upper()) ? mean.mean() : mean.ci().upper();
        line.add(new Point(timepoint.name(), x, y(mean.mean()), y(Math.max(min, low)), y(Math.min(max, high)), describe(mean)));
    }

    private double y(double value) {
        return TOP + (max - value) / (max - min) * (HEIGHT - TOP - BOTTOM);
    }

    private static String label(Timepoint timepoint) {
        return timepoint == Timepoint.BASELINE ? "Baseline" : timepoint.months() + " months";
    }

    private String describe(ScoreMean mean) {
        if (publication && (mean == null || withheld(mean))) {
            return "n < 10";
        }
        if (mean == null || mean.n() == 0) {
            return "no scores";
        }
        String ci = Double.isNaN(mean.ci().lower()) ? "" : String.format(Locale.UK, " (95%% CI %.1f to %.1f)", mean.ci().lower(), mean.ci().upper());
        return String.format(Locale.UK, "%.1f", mean.mean()) + ci + ", n = " + mean.n();
    }

    /** In the publication view a mean of fewer than 10 scores is neither plotted nor written. */
    private boolean withheld(ScoreMean mean) {
        return publication && mean.n() < PublicationSuppression.THRESHOLD;
    }

    public String polyline(String arm) {
        StringBuilder points = new StringBuilder();
        for (Point p : "COACHED".equals(arm) ? coached : control) {
            points.append(String.format(Locale.UK, "%.1f,%.1f ", p.x(), p.y()));
        }
        return points.toString().trim();
    }

    public List<Point> getCoached() { return coached; }
    public List<Point> getControl() { return control; }
    public List<Row> getRows() { return rows; }
    public int getWidth() { return WIDTH; }
    public int getHeight() { return HEIGHT; }
    public double getAxisTop() { return y(max); }
    public double getAxisBottom() { return y(min); }
    public int getAxisLeft() { return LEFT; }
    public int getAxisRight() { return WIDTH - RIGHT; }
    public String getMinLabel() { return String.format(Locale.UK, "%.0f", min); }
    public String getMaxLabel() { return String.format(Locale.UK, "%.0f", max); }

    /** The x of each timepoint's tick, with its label. */
    public List<Point> getTicks() {
        List<Point> ticks = new ArrayList<>();
        for (Timepoint t : Timepoint.values()) {
            ticks.add(new Point(t.name(), LEFT + t.months() / 12.0 * (WIDTH - LEFT - RIGHT), 0, 0, 0, label(t)));
        }
        return ticks;
    }
}
