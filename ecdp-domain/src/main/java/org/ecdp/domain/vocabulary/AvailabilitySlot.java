package org.ecdp.domain.vocabulary;

import java.time.DayOfWeek;

/** A day of the week by morning, afternoon or evening: when a person or volunteer can meet. */
public enum AvailabilitySlot {
    MON_AM, MON_PM, MON_EVE,
    TUE_AM, TUE_PM, TUE_EVE,
    WED_AM, WED_PM, WED_EVE,
    THU_AM, THU_PM, THU_EVE,
    FRI_AM, FRI_PM, FRI_EVE,
    SAT_AM, SAT_PM, SAT_EVE,
    SUN_AM, SUN_PM, SUN_EVE;

    public DayOfWeek day() {
        return DayOfWeek.values()[ordinal() / 3];
    }

    public String part() {
        return switch (ordinal() % 3) {
            case 0 -> "morning";
            case 1 -> "afternoon";
            default -> "evening";
        };
    }
}
