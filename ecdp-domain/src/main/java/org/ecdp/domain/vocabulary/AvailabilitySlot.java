package org.ecdp.domain.vocabulary;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * A day of the week by morning, afternoon or evening: when a person or volunteer can meet. Read
 * aloud as "Monday morning"; a set of them as a day-by-day sentence ({@link #inWords}).
 */
public enum AvailabilitySlot {
    MON_AM, MON_PM, MON_EVE,
    TUE_AM, TUE_PM, TUE_EVE,
    WED_AM, WED_PM, WED_EVE,
    THU_AM, THU_PM, THU_EVE,
    FRI_AM, FRI_PM, FRI_EVE,
    SAT_AM, SAT_PM, SAT_EVE,
    SUN_AM, SUN_PM, SUN_EVE;

    /** The parts of a day, in the order of the slots: the columns of an availability grid. */
    public static final List<String> PARTS = List.of("morning", "afternoon", "evening");

    public DayOfWeek day() {
        return DayOfWeek.values()[ordinal() / PARTS.size()];
    }

    public String part() {
        return PARTS.get(ordinal() % PARTS.size());
    }

    /** "Monday morning". */
    public String label() {
        return dayName(day()) + " " + part();
    }

    /** The slot of {@code day} at {@code part} ("morning", "afternoon" or "evening"). */
    public static AvailabilitySlot of(DayOfWeek day, String part) {
        int index = PARTS.indexOf(part);
        if (index < 0) {
            throw new IllegalArgumentException("No part of the day called " + part);
        }
        return values()[day.ordinal() * PARTS.size() + index];
    }

    /**
     * The times in plain words, day by day from Monday: "Monday morning and evening, Wednesday all
     * day, Friday afternoon"; "no times given" for none.
     */
    public static String inWords(Collection<AvailabilitySlot> slots) {
        EnumSet<AvailabilitySlot> chosen = slots.isEmpty() ? EnumSet.noneOf(AvailabilitySlot.class) : EnumSet.copyOf(slots);
        if (chosen.isEmpty()) {
            return "no times given";
        }
        List<String> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<String> parts = chosen.stream().filter(s -> s.day() == day).map(AvailabilitySlot::part).toList();
            if (parts.size() == PARTS.size()) {
                days.add(dayName(day) + " all day");
            } else if (!parts.isEmpty()) {
                days.add(dayName(day) + " " + String.join(" and ", parts));
            }
        }
        return String.join(", ", days);
    }

    private static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.UK);
    }
}
