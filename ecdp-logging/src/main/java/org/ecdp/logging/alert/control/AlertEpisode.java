package org.ecdp.logging.alert.control;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ecdp.logging.alert.entity.Alert;
import org.ecdp.logging.alert.entity.AlertStatus;
import org.ecdp.logging.theme.entity.Theme;
import org.ecdp.logging.trend.entity.Interval;

/**
 * One surge as a person sees it: the alarms of a theme and its sub-themes on consecutive
 * working days (or overlapping weeks) taken together, instead of one row per day, theme
 * and method. Its entries are, day by day, the highest count any of its alarms saw that
 * day (a sub-theme's entries are also its parent's), and the count expected with them.
 */
public record AlertEpisode(Theme theme, List<Alert> alerts, LocalDate first, LocalDate last,
                           List<Day> days, List<String> methods, List<String> subThemes) implements Serializable {

    /** One period of the episode: what was seen and what was expected. */
    public record Day(LocalDate period, long entries, double expected) implements Serializable {
    }

    /** Groups alerts into episodes, newest first. */
    public static List<AlertEpisode> of(List<Alert> alerts) {
        Map<Theme, List<Alert>> byTheme = new LinkedHashMap<>();
        for (Alert alert : alerts) {
            byTheme.computeIfAbsent(top(alert.getTheme()), t -> new ArrayList<>()).add(alert);
        }
        List<AlertEpisode> episodes = new ArrayList<>();
        byTheme.forEach((theme, own) -> {
            own.sort(Comparator.comparing(Alert::getFirstDay).thenComparing(Alert::getLastDay));
            List<Alert> current = new ArrayList<>();
            LocalDate reach = null;
            for (Alert alert : own) {
                if (reach != null && alert.getFirstDay().isAfter(nextWorkingDay(reach))) {
                    episodes.add(build(theme, current));
                    current = new ArrayList<>();
                    reach = null;
                }
                current.add(alert);
                reach = reach == null || alert.getLastDay().isAfter(reach) ? alert.getLastDay() : reach;
            }
            if (!current.isEmpty()) {
                episodes.add(build(theme, current));
            }
        });
        episodes.sort(Comparator.comparing(AlertEpisode::last).reversed().thenComparing(e -> e.theme().getName()));
        return episodes;
    }

    private static Theme top(Theme theme) {
        return theme.getParent() == null ? theme : theme.getParent();
    }

    private static LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }

    private static AlertEpisode build(Theme theme, List<Alert> alerts) {
        boolean daily = alerts.stream().anyMatch(a -> a.getInterval() == Interval.DAY);
        Map<LocalDate, Alert> highest = new TreeMap<>();
        for (Alert alert : alerts) {
            if (daily && alert.getInterval() != Interval.DAY) {
                continue;
            }
            highest.merge(alert.getPeriod(), alert, (a, b) -> b.getObserved() > a.getObserved() ? b : a);
        }
        List<Day> days = highest.values().stream().map(a -> new Day(a.getPeriod(), a.getObserved(), a.getExpected())).toList();
        Set<String> methods = new LinkedHashSet<>();
        Set<String> subThemes = new LinkedHashSet<>();
        for (Alert alert : alerts) {
            methods.add(alert.getMethodName());
            if (!alert.getTheme().equals(theme)) {
                subThemes.add(alert.getTheme().getName());
            }
        }
        LocalDate first = alerts.stream().map(Alert::getFirstDay).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = alerts.stream().map(Alert::getLastDay).max(Comparator.naturalOrder()).orElseThrow();
        return new AlertEpisode(theme, List.copyOf(alerts), first, last, days, List.copyOf(methods), List.copyOf(subThemes));
    }

    public long entries() {
        return days.stream().mapToLong(Day::entries).sum();
    }

    public double expected() {
        return days.stream().mapToDouble(Day::expected).sum();
    }

    /** Open while any of its alarms still waits for the officer (new or reviewed). */
    public boolean open() {
        return alerts.stream().anyMatch(a -> a.getStatus() == AlertStatus.NEW || a.getStatus() == AlertStatus.REVIEWED);
    }

    public boolean anyNew() {
        return alerts.stream().anyMatch(a -> a.getStatus() == AlertStatus.NEW);
    }

    public long newCount() {
        return alerts.stream().filter(a -> a.getStatus() == AlertStatus.NEW).count();
    }

    /** Why it was dismissed, when it was. */
    public String dismissReason() {
        return alerts.stream().map(Alert::getDismissReason).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** The episode's alarms still waiting: what one response or one dismissal settles. */
    public List<Alert> waiting() {
        return alerts.stream().filter(a -> a.getStatus() == AlertStatus.NEW || a.getStatus() == AlertStatus.REVIEWED).toList();
    }

    /** The ids of the alarms still {@link #waiting()}: what a review, a response or a dismissal is given. */
    public List<Long> waitingIds() {
        return waiting().stream().map(Alert::getId).toList();
    }

    /** The status in words: the least advanced of its alarms. */
    public String statusLabel() {
        return alerts.stream().map(Alert::getStatus).min(Comparator.naturalOrder()).map(AlertStatus::label).orElse("");
    }
}
