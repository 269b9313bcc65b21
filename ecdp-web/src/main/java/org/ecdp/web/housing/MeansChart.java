package org.ecdp.web.housing;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.evaluation.control.InPlainWords;
import org.ecdp.housing.evaluation.entity.Publication;
import org.ecdp.housing.evaluation.entity.ScoreMean;
import org.ecdp.housing.enrolment.entity.Timepoint;

/**
 * The geometry of the evaluation page's chart of mean score over time per arm (an inline SVG:
 * months across, the instrument's valid range up the side, a 95% CI bar at each point). At each
 * timepoint the coached arm is drawn {@link #OFFSET} px left of the tick and the control arm as
 * far right, so their bars never lie on top of each other. The same numbers are in the table
 * beside it, for anyone who cannot see the chart.
 */
public final class MeansChart implements Serializable {

    public static final int WIDTH = 560;
    public static final int HEIGHT = 300;
    private static final int LEFT = 50;
    private static final int RIGHT = 45;
    private static final int TOP = 20;
    private static final int BOTTOM = 40;
    /** How far each arm is drawn from its timepoint's tick: coached to the left, control to the right. */
    public static final int OFFSET = 8;
    /** The gap between each end of the time axis and the first and last tick, so both arms' points stay on the axis. */
    private static final int INSET = 20;
    /** Half the width of the cap at each end of a CI bar. */
    public static final int CAP = 4;

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

    /**
     * A mean of fewer than 5 scores is not plotted (its "95% CI" would be noise); with
     * {@code publication}, a mean of fewer than 10 scores is withheld: shown as "n &lt; 10", not plotted.
     */
    public MeansChart(Map<Timepoint, Map<Arm, ScoreMean>> means, double min, double max, boolean publication) {
        this.publication = publication;
        this.min = min;
        this.max = max;
        means.forEach((timepoint, byArm) -> {
            add(coached, timepoint, byArm.get(Arm.COACHED), -OFFSET);
            add(control, timepoint, byArm.get(Arm.CONTROL), OFFSET);
            rows.add(new Row(timepoint.label(), describe(byArm.get(Arm.COACHED)), describe(byArm.get(Arm.CONTROL))));
        });
    }

    private void add(List<Point> line, Timepoint timepoint, ScoreMean mean, int offset) {
        if (mean == null || mean.n() == 0 || withheld(mean)) {
            return;
        }
        double x = tick(timepoint) + offset;
        double low = Double.isNaN(mean.ci().lower()) ? mean.mean() : mean.ci().lower();
        double high = Double.isNaN(mean.ci().upper()) ? mean.mean() : mean.ci().upper();
        line.add(new Point(timepoint.name(), x, y(mean.mean()), y(Math.max(min, low)), y(Math.min(max, high)), describe(mean)));
    }

    private double y(double value) {
        return TOP + (max - value) / (max - min) * (HEIGHT - TOP - BOTTOM);
    }

    private static double tick(Timepoint timepoint) {
        return LEFT + INSET + timepoint.months() / 12.0 * (WIDTH - LEFT - RIGHT - 2 * INSET);
    }

    private String describe(ScoreMean mean) {
        if (publication && (mean == null || withheld(mean))) {
            return "n < " + Publication.THRESHOLD;
        }
        if (mean == null || mean.n() == 0) {
            return "no scores";
        }
        if (withheld(mean)) {
            return "Not shown: fewer than " + InPlainWords.HELD_BACK_UNDER + " measured (n = " + mean.n() + ")";
        }
        String ci = Double.isNaN(mean.ci().lower()) ? "" : String.format(Locale.UK, " (95%% CI %.1f to %.1f)", mean.ci().lower(), mean.ci().upper());
        // in the publication view the exact n could give away a count hidden elsewhere on the page
        return String.format(Locale.UK, "%.1f", mean.mean()) + ci + (publication ? ", 10 or more measured" : ", n = " + mean.n());
    }

    /** A mean of fewer than 5 scores (10 in the publication view) is neither plotted nor written. */
    private boolean withheld(ScoreMean mean) {
        return mean.n() < InPlainWords.fewestShown(publication);
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
    public int getCap() { return CAP; }
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
            ticks.add(new Point(t.name(), tick(t), 0, 0, 0, t.label()));
        }
        return ticks;
    }
}
