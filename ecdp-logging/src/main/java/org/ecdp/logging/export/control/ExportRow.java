package org.ecdp.logging.export.control;

import java.time.LocalDate;
import org.ecdp.logging.entry.entity.Entry;
import org.ecdp.logging.theme.entity.Theme;

/**
 * One entry as an export shows it: the public API's fields and codes, never the author nor
 * the member or client number, so an exported file can be shared with partners.
 */
public record ExportRow(long id, String service, LocalDate occurredOn, String themes, String summary, int peopleCount,
                        String channel, String locality, String impairmentGroup) {

    public static final java.util.List<String> HEADER = java.util.List.of(
            "id", "service", "occurredOn", "themes", "summary", "peopleCount", "channel", "locality", "impairmentGroup");

    public static ExportRow of(Entry e) {
        return new ExportRow(e.getId(), e.getService().getCode(), e.getOccurredOn(),
                String.join(";", e.themesByName().stream().map(Theme::getCode).toList()), e.getSummary(), e.getPeopleCount(),
                e.getChannel() == null ? "" : e.getChannel().name(), e.getLocality() == null ? "" : e.getLocality().name(),
                e.getImpairmentGroup() == null ? "" : e.getImpairmentGroup().name());
    }
}
