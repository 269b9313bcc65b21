package org.ecdp.web.trends;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.logging.trend.boundary.Trends;
import org.ecdp.web.shell.Messages;

/**
 * The period of the service × theme heat map (hfrom, hto in the address): the four weeks to today
 * unless asked otherwise. A period the log refuses (the end before the start, too long) is said
 * beside its date and the heat map is left out; the rest of the dashboard still shows.
 */
public class HeatPeriod implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate from;
    private LocalDate to;

    /** The heat map of the period, or null (with the reason beside the field) when the period is refused. */
    ThemesByService heatMap(Trends trends, LocalDate today) {
        to = to == null ? today : to;
        from = from == null ? to.minusWeeks(4).plusDays(1) : from;
        try {
            return new ThemesByService(trends.heatMap(from, to));
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, Map.of("from", "h-from", "to", "h-to"));
            return null;
        }
    }

    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
