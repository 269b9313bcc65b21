package org.ecdp.logging.trend.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import org.ecdp.domain.validation.InvalidInput;

/**
 * What a theme's series is counted by. A {@code DAY} is a working day (Monday to Friday):
 * ecdp staff do not work weekends, so something that happened on a Saturday or Sunday
 * counts on the following Monday. A {@code WEEK} is an ISO week, named by its Monday.
 * A period is always named by a date: the working day itself, or the week's Monday.
 */
public enum Interval {
    DAY("day"),
    WEEK("week");

    private final String code;

    Interval(String code) {
        this.code = code;
    }

    /** The code used by the API ({@code interval=day|week}). */
    public String code() {
        return code;
    }

    /** @throws InvalidInput naming the field {@code interval} for anything but day or week */
    public static Interval ofCode(String code) {
        return Arrays.stream(values())
                .filter(interval -> interval.code.equalsIgnoreCase(code == null ? "" : code.trim()))
                .findFirst()
                .orElseThrow(() -> InvalidInput.of("interval", "must be day or week"));
    }

    /** The period in which something that occurred on this date is counted. */
    public LocalDate periodOf(LocalDate occurredOn) {
        return switch (this) {
            case DAY -> switch (occurredOn.getDayOfWeek()) {
                case SATURDAY -> occurredOn.plusDays(2);
                case SUNDAY -> occurredOn.plusDays(1);
                default -> occurredOn;
            };
            case WEEK -> occurredOn.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        };
    }

    /** The first period lying in a range that starts on {@code from}. */
    public LocalDate firstPeriodFrom(LocalDate from) {
        return periodOf(from);
    }

    /** The last period lying in a range that ends on {@code to} (a weekend ends on Friday). */
    public LocalDate lastPeriodUpTo(LocalDate to) {
        return switch (this) {
            case DAY -> switch (to.getDayOfWeek()) {
                case SATURDAY -> to.minusDays(1);
                case SUNDAY -> to.minusDays(2);
                default -> to;
            };
            case WEEK -> periodOf(to);
        };
    }

    /** The earliest occurrence date counted in this period (a Monday also takes the weekend before). */
    public LocalDate firstDayOf(LocalDate period) {
        return this == DAY && period.getDayOfWeek() == DayOfWeek.MONDAY ? period.minusDays(2) : period;
    }

    /** The last occurrence date counted in this period. */
    public LocalDate lastDayOf(LocalDate period) {
        return this == DAY ? period : period.plusDays(6);
    }

    /** The period after this one. */
    public LocalDate next(LocalDate period) {
        return plus(period, 1);
    }

    /** The period {@code periods} periods after (or, if negative, before) this one; a date is first taken to its period. */
    public LocalDate plus(LocalDate period, int periods) {
        if (this == WEEK) {
            return period.plusWeeks(periods);
        }
        int weeks = Math.floorDiv(periods, 5);
        int days = Math.floorMod(periods, 5);
        LocalDate moved = periodOf(period).plusWeeks(weeks);
        for (int i = 0; i < days; i++) {
            moved = moved.getDayOfWeek() == DayOfWeek.FRIDAY ? moved.plusDays(3) : moved.plusDays(1);
        }
        return moved;
    }

    /** How many periods lie from {@code first}'s period up to {@code second}'s (negative if second is earlier). */
    public int periodsBetween(LocalDate first, LocalDate second) {
        if (this == WEEK) {
            return (int) ChronoUnit.WEEKS.between(periodOf(first), periodOf(second));
        }
        first = periodOf(first);
        second = periodOf(second);
        long weeks = Math.floorDiv(ChronoUnit.DAYS.between(first, second), 7);
        LocalDate afterWeeks = first.plusWeeks(weeks);
        int days = 0;
        for (LocalDate d = afterWeeks; d.isBefore(second); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days++;
            }
        }
        return (int) (weeks * 5 + days);
    }
}
