package org.ecdp.logging.trend.control;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.ecdp.logging.trend.entity.DetectionMethod;
import org.ecdp.logging.trend.entity.DetectionOffset;
import org.ecdp.logging.trend.entity.DetectionSettings;
import org.ecdp.logging.trend.entity.LoggedEntry;
import org.ecdp.logging.trend.entity.PeriodDetection;
import org.ecdp.logging.trend.entity.ThemeSeries;

/**
 * Detection over dated periods, as {@code GET /api/trends/detection} serves it: every
 * period in [from, to] that has enough history before it is judged on the {@code entries}
 * series, using history before {@code from}. A caller loads entries from
 * {@link #firstDayNeeded} (history included) to {@code to} and hands them over; for a
 * volume-adjusted detection ({@link DetectionOffset#VOLUME}) also the entries of all themes in
 * the same scope over the same days, whose weekly counts are the volume.
 */
public final class SpikeDetection {

    private SpikeDetection() {
    }

    /** The detector for the officer's settings. */
    public static SpikeDetector detector(DetectionSettings settings) {
        return switch (settings.method()) {
            case EARS_C1 -> EarsDetector.c1(settings.baseline(), settings.alpha(), settings.minSigma());
            case EARS_C2 -> EarsDetector.c2(settings.baseline(), settings.alpha(), settings.minSigma());
            case EARS_C3 -> EarsDetector.c3(settings.baseline(), settings.alpha(), settings.minSigma());
            case FARRINGTON -> new FarringtonFlexibleDetector(
                    FarringtonFlexibleDetector.Settings.noufaily().withAlpha(settings.alpha()));
        };
    }

    /** The earliest {@code occurredOn} whose entries the detection of [from, …] may use. */
    public static LocalDate firstDayNeeded(DetectionSettings settings, LocalDate from) {
        int history = detector(settings).historyPeriods();
        LocalDate firstPeriod = settings.interval().plus(settings.interval().firstPeriodFrom(from), -history);
        return settings.interval().firstDayOf(firstPeriod);
    }

    /** Detection for the periods in [from, to], from entries reaching back to {@link #firstDayNeeded}. */
    public static List<PeriodDetection> detect(Collection<LoggedEntry> entries, DetectionSettings settings,
            LocalDate from, LocalDate to) {
        ThemeSeries series = Periods.series(entries, settings.interval(), firstDayNeeded(settings, from), to);
        return detect(series, detector(settings), from);
    }

    /**
     * Volume-adjusted detection for the periods in [from, to]: the theme's {@code entries}
     * judged against {@code volume}, the entries of all themes in the same scope, both reaching
     * back to {@link #firstDayNeeded}.
     */
    public static List<PeriodDetection> detect(Collection<LoggedEntry> entries, Collection<LoggedEntry> volume,
            DetectionSettings settings, LocalDate from, LocalDate to) {
        if (settings.offset() != DetectionOffset.VOLUME || settings.method() != DetectionMethod.FARRINGTON) {
            throw new IllegalArgumentException("a volume needs Farrington with offset volume: " + settings);
        }
        LocalDate firstDay = firstDayNeeded(settings, from);
        ThemeSeries series = Periods.series(entries, settings.interval(), firstDay, to);
        ThemeSeries all = Periods.series(volume, settings.interval(), firstDay, to);
        if (series.size() == 0) {
            return List.of();
        }
        int first = Math.max(0, series.indexOf(series.interval().firstPeriodFrom(from)));
        FarringtonFlexibleDetector detector =
                new FarringtonFlexibleDetector(FarringtonFlexibleDetector.Settings.noufaily().withAlpha(settings.alpha()));
        return detector.detect(series.entries(), all.entries(), first).stream()
                .map(d -> new PeriodDetection(series.period(d.period()), d.observed(), d.expected(), d.upperBound(),
                        d.alarm()))
                .toList();
    }

    /** Detection for the periods of {@code series} from {@code from} on. */
    public static List<PeriodDetection> detect(ThemeSeries series, SpikeDetector detector, LocalDate from) {
        if (series.size() == 0) {
            return List.of();
        }
        int first = Math.max(0, series.indexOf(series.interval().firstPeriodFrom(from)));
        return detector.detect(series.entries(), first).stream()
                .map(d -> new PeriodDetection(series.period(d.period()), d.observed(), d.expected(), d.upperBound(),
                        d.alarm()))
                .toList();
    }
}
