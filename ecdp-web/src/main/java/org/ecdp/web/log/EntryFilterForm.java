package org.ecdp.web.log;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
    /** The dates as the address gave them, kept as typed so a bad one can be named and shown back. */
    private String from;
    private String to;
    private String locality;
    private String channel;
    private String q;
    /** What is wrong with the filters, by field (theme, from, to, locality, channel); empty when they are fine. */
    private HashMap<String, String> errors = new HashMap<>();

    /** The boundary's filter, blanks left out. */
    EntryFilter toFilter() {
        return new EntryFilter(service == null ? Set.of() : Set.of(service), blank(theme), date(from), date(to), blank(locality),
                blank(channel), blank(q));
    }

    /**
     * Names a date in the address that is not one (a hand-edited or mistyped bookmark), as the other
     * filters' problems are named; true when both dates can be read.
     */
    boolean checkDates() {
        errors = new HashMap<>();
        checkDate("from", "From", from);
        checkDate("to", "To", to);
        return errors.isEmpty();
    }

    private void checkDate(String field, String label, String text) {
        if (blank(text) != null && date(text) == null) {
            errors.put(field, label + " \"" + text.strip() + "\" is not a date: use year-month-day, e.g. 2026-03-31");
        }
    }

    /** Keeps what the boundary said is wrong with the filters, several problems of one field joined. */
    void reject(InvalidInput invalid) {
        errors = new HashMap<>();
        invalid.errors().forEach(err -> errors.merge(err.field(), err.message(), (a, b) -> a + "; " + b));
    }

    private static LocalDate date(String text) {
        if (blank(text) == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Whether no filter or search is given (the page opened to log an entry). */
    boolean isEmpty() {
        return theme == null && q == null && blank(from) == null && blank(to) == null && locality == null && channel == null;
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
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getLocality() { return locality; }
    public void setLocality(String locality) { this.locality = locality; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
}
