package org.ecdp.web.mentoring;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ecdp.domain.vocabulary.AvailabilitySlot;

/**
 * The times ticked in an availability grid (WEB-INF/includes/availability-grid.xhtml): a day per
 * row, morning, afternoon and evening across ({@link AvailabilitySlot#PARTS}), one checkbox per time. It reads and gives the slot
 * codes the API and the drafts use ({@code MON_AM}), so nothing stored changes.
 */
public class AvailabilityChoice implements Serializable {

    /** One row of the grid: the day's name and its slots, morning first. */
    public record Day(String name, List<AvailabilitySlot> slots) implements Serializable {
    }

    private static final List<Day> DAYS = Arrays.stream(DayOfWeek.values())
            .map(d -> new Day(d.getDisplayName(TextStyle.FULL, Locale.UK),
                    AvailabilitySlot.PARTS.stream().map(part -> AvailabilitySlot.of(d, part)).toList()))
            .toList();

    private final EnumMap<AvailabilitySlot, Boolean> ticked = new EnumMap<>(AvailabilitySlot.class);

    public AvailabilityChoice() {
        for (AvailabilitySlot slot : AvailabilitySlot.values()) {
            ticked.put(slot, Boolean.FALSE);
        }
    }

    /** Ticks exactly these slots. */
    public void choose(Collection<AvailabilitySlot> slots) {
        ticked.replaceAll((slot, was) -> slots.contains(slot));
    }

    /** The ticked slots' codes, Monday morning first. */
    public List<String> codes() {
        return ticked.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue())).map(e -> e.getKey().name()).toList();
    }

    /** Each slot's checkbox, for {@code #{choice.ticked[slot]}}. */
    public Map<AvailabilitySlot, Boolean> getTicked() {
        return ticked;
    }

    public List<Day> getDays() {
        return DAYS;
    }
}
