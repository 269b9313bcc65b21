package org.ecdp.logging.entry.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * What someone typed to record (or change) an entry, before it is checked: the shape of
 * the quick-capture form, the API's entry JSON and an imported row alike. Codes are the
 * public API's; {@code personalDataReason} is given only to save a summary the
 * personal-data check flagged.
 */
public record EntryDraft(String service, LocalDate occurredOn, List<String> themes, String summary,
                         Integer peopleCount, String channel, String locality, String impairmentGroup,
                         String personRef, String personalDataReason) {

    public EntryDraft withService(String serviceCode) {
        return new EntryDraft(serviceCode, occurredOn, themes, summary, peopleCount, channel, locality, impairmentGroup,
                personRef, personalDataReason);
    }

    public EntryDraft withOccurredOn(LocalDate date) {
        return new EntryDraft(service, date, themes, summary, peopleCount, channel, locality, impairmentGroup,
                personRef, personalDataReason);
    }
}
