package org.ecdp.web.log;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.logging.entry.entity.EntryFilter;

/**
 * The log page's filters, set from bookmarkable GET parameters: the service tab, a theme, a date
 * range, a locality, a channel and words in the summary. A filter kept in a bookmark that names no
 * theme, locality or channel is said beside that filter instead of an error page.
 */
public class EntryFilterForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String service;
    private String theme;
    private LocalDate from;
    private LocalDate to;
    private String locality;
    private String channel;
    private String q;
    /** What is wrong with the filters, by field (theme, locality, channel); empty when they are fine. */
    private HashMap<String, String> errors = new HashMap<>();

    /** The boundary's filter, blanks left out. */
    EntryFilter toFilter() {
        return new EntryFilter(service == null ? Set.of() : Set.of(service), blank(theme), from, to, blank(locality), blank(channel),
                blank(q));
    }

    /** Keeps what the boundary said is wrong with the filters, several problems of one field joined. */
    void reject(InvalidInput invalid) {
        errors = new HashMap<>();
        invalid.errors().forEach(err -> errors.merge(err.field(), err.message(), (a, b) -> a + "; " + b));
    }

    /** Whether no filter or search is given (the page opened to log an entry). */
    boolean isEmpty() {
        return theme == null && q == null && from == null && to == null && locality == null && channel == null;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Map<String, String> getErrors() { return errors; }
    public String getErrorSummary() { return String.join("; ", errors.values()) + "."; }
    public String getService() { return service; }
    public void setService(String service) { this.service = service; }
    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getLocality() { return locality; }
    public void setLocality(String locality) { this.locality = locality; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
}
