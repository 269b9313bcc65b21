package org.ecdp.logging.alert.control;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ecdp.logging.theme.entity.Theme;
import org.ecdp.logging.trend.entity.DetectionMethod;
import org.ecdp.logging.trend.entity.DetectionOffset;
import org.ecdp.logging.trend.entity.DetectionSettings;
import org.ecdp.logging.trend.entity.Interval;
import org.ecdp.logging.trend.entity.PeriodDetection;

/**
 * When the scans raise alerts. Working days are judged with EARS C2 (baseline 7, minSigma
 * 0.5, alpha 0.001): after each new entry for the day it counts on, and nightly for the
 * last two weeks of working days. Weeks are judged with Farrington flexible (Noufaily
 * settings), nightly for the last four weeks, but only for a theme whose entries go back
 * two years before the week judged; a younger theme has no seasons to compare with. An
 * entry counts towards its themes and towards the parent of each (a theme's count includes
 * its sub-themes), so those are the themes a new entry touches. Only alarms raise alerts,
 * and never for a period that has not started yet (a weekend's entries count on Monday).
 *
 * <p>Sparse themes: on a theme that is usually silent, C2's baseline is all or nearly all
 * zeros, so its threshold is about 1.5 (0 + 3.09 × minSigma 0.5) and any two entries on one
 * day alarm; in the demo's months that was 32 of 44 alerts. The detectors stay exactly R's;
 * the rule is here: a working day raises an alert only with at least
 * {@value #MIN_ENTRIES_FOR_A_DAY_ALERT} entries on it, as Farrington's own {@code limit54}
 * asks for 5 cases in the last 4 weeks before a weekly alarm. The day's alarm still shows on
 * the dashboard, marked as below the alert minimum.
 *
 * <p>Busy weeks: a theme can be configured to have its weeks judged per volume instead
 * ({@link #WEEKS_PER_VOLUME}: Farrington against the week's entries of all themes), so a week
 * when more people were heard about everything does not raise an alert on it. Which themes is
 * the organisation's choice ({@code ECDP_ALERTS_VOLUME_ADJUSTED_THEMES}: theme codes separated
 * by commas, or {@code *} for all); by default none is, and the weekly scan is as it always was.
 */
public final class AlertRules {

    public static final DetectionSettings WORKING_DAYS =
            DetectionSettings.of(DetectionMethod.EARS_C2, Interval.DAY, 7, null, 0.5);
    public static final DetectionSettings WEEKS =
            DetectionSettings.of(DetectionMethod.FARRINGTON, Interval.WEEK, null, null, null);
    /** Farrington on weeks given each week's volume, for the themes configured so. */
    public static final DetectionSettings WEEKS_PER_VOLUME = WEEKS.withOffset(DetectionOffset.VOLUME);
    /** In the list of volume-adjusted themes: every theme. */
    public static final String ALL_THEMES = "*";

    /** Working days the nightly scan judges again, up to today's. */
    public static final int NIGHTLY_WORKING_DAYS = 10;
    /** ISO weeks the nightly scan judges, up to the current one. */
    public static final int NIGHTLY_WEEKS = 4;
    /** The fewest entries on a working day for its C2 alarm to raise an alert. */
    public static final int MIN_ENTRIES_FOR_A_DAY_ALERT = 3;
    /** Weeks of history a theme needs before Farrington runs on it. */
    public static final int FARRINGTON_HISTORY_WEEKS = 104;

    private AlertRules() {
    }

    /**
     * How the weekly scan judges a theme: per volume when {@code volumeAdjusted} (codes as
     * configured, separated by commas, any case; {@value #ALL_THEMES} for all) names it, else on its count.
     */
    public static DetectionSettings weeksFor(String themeCode, String volumeAdjusted) {
        if (volumeAdjusted == null || themeCode == null) {
            return WEEKS;
        }
        for (String code : volumeAdjusted.split(",")) {
            String named = code.strip();
            if (named.equals(ALL_THEMES) || named.equalsIgnoreCase(themeCode)) {
                return WEEKS_PER_VOLUME;
            }
        }
        return WEEKS;
    }

    /** The themes whose series an entry under {@code themes} changes: each and its parent. */
    public static Set<Theme> touchedBy(Set<Theme> themes) {
        Set<Theme> touched = new LinkedHashSet<>();
        for (Theme theme : themes) {
            touched.add(theme);
            if (theme.getParent() != null) {
                touched.add(theme.getParent());
            }
        }
        return touched;
    }

    /** The working day an entry of {@code occurredOn} counts on, if that day has started by {@code today}. */
    public static Optional<LocalDate> workingDayToJudge(LocalDate occurredOn, LocalDate today) {
        LocalDate period = Interval.DAY.periodOf(occurredOn);
        return period.isAfter(today) ? Optional.empty() : Optional.of(period);
    }

    /** The first of the working days the nightly scan judges (the last is today's, or Friday's at a weekend). */
    public static LocalDate nightlyFirstWorkingDay(LocalDate today) {
        return Interval.DAY.plus(Interval.DAY.lastPeriodUpTo(today), -(NIGHTLY_WORKING_DAYS - 1));
    }

    /** The Monday of the first week the nightly scan judges (the last is the current week). */
    public static LocalDate nightlyFirstWeek(LocalDate today) {
        return Interval.WEEK.plus(Interval.WEEK.periodOf(today), -(NIGHTLY_WEEKS - 1));
    }

    /** Whether Farrington may judge {@code week} for a theme whose first entry was on {@code firstEntry}. */
    public static boolean hasTwoYearsOfHistory(Optional<LocalDate> firstEntry, LocalDate week) {
        LocalDate needed = Interval.WEEK.plus(Interval.WEEK.periodOf(week), -FARRINGTON_HISTORY_WEEKS);
        return firstEntry.isPresent() && !firstEntry.get().isAfter(needed);
    }

    /**
     * The detections that raise (or refresh) an alert: the alarms, in periods that have
     * started, and on working days only with at least {@value #MIN_ENTRIES_FOR_A_DAY_ALERT} entries.
     */
    public static List<PeriodDetection> alarms(DetectionSettings settings, List<PeriodDetection> detections, LocalDate today) {
        return detections.stream().filter(d -> raisesAlert(settings, d)).filter(d -> !d.period().isAfter(today)).toList();
    }

    /** Whether an alarm is one the officer is alerted to (see the sparse-theme rule above). */
    public static boolean raisesAlert(DetectionSettings settings, PeriodDetection detection) {
        return detection.alarm() && (settings.interval() != Interval.DAY || detection.observed() >= MIN_ENTRIES_FOR_A_DAY_ALERT);
    }
}
