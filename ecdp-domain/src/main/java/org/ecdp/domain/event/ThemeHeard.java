package org.ecdp.domain.event;

import java.time.LocalDate;
import java.util.List;

/**
 * A theme of lived experience heard in another part of the portal (a mentoring session, a
 * coaching visit), to be logged in that service's tab of the lived experience log without
 * retyping it. Fired inside the sender's transaction: if the log refuses it (an unknown theme,
 * personal data in the summary) the sender's change is undone too.
 */
public record ThemeHeard(String serviceCode, List<String> themes, String summary, LocalDate occurredOn, String author) {

    public ThemeHeard {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }
}
