package org.ecdp.web.log;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecdp.domain.service.entity.Service;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.logging.entry.boundary.Entries;
import org.ecdp.logging.entry.entity.Entry;
import org.ecdp.logging.entry.entity.EntryFilter;
import org.ecdp.logging.entry.entity.EntryRevision;
import org.ecdp.logging.export.boundary.Exports;
import org.ecdp.logging.export.control.ExportWriter;
import org.ecdp.web.shell.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.ecdp.web.shell.Downloads;

/**
 * /log/entries.xhtml: a tab per service the user works in (and "All"), the filters as
 * bookmarkable GET parameters, and a lazily loaded table of entries.
 */
@Named
@ViewScoped
public class EntriesBacking implements Serializable {

    @Inject
    transient Entries entries;

    @Inject
    transient Caller caller;

    @Inject
    transient Clock clock;

    @Inject
    transient Exports exports;

    // view parameters: the tab and the filters
    private String service;
    private String theme;
    private LocalDate from;
    private LocalDate to;
    private String locality;
    private String channel;
    private String q;

    private List<Service> tabs;
    private LazyDataModel<Entry> model;
    /** What is wrong with the filters, by field (theme, locality, channel); empty when they are fine. */
    private Map<String, String> filterErrors = Map.of();
    private List<EntryRevision> history;
    private Long historyOf;

    @PostConstruct
    void init() {
        tabs = entries.visibleServices().stream().filter(s -> !s.isArchived()).toList();
    }

    /** f:viewAction: runs after the view parameters are set. */
    public void load() {
        if (service != null && tabs.stream().noneMatch(s -> s.getCode().equals(service))) {
            service = null;
        }
        EntryFilter filter = filter();
        long total;
        try {
            total = entries.count(filter);
        } catch (InvalidInput e) {
            // a filter typed or kept in a bookmark that names no theme, locality or channel:
            // said beside the filter, with nothing listed, instead of an error page
            filterErrors = new HashMap<>();
            e.errors().forEach(err -> filterErrors.merge(err.field(), err.message(), (a, b) -> a + "; " + b));
            total = 0;
        }
        long found = total;
        model = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) Math.min(Integer.MAX_VALUE, found);
            }

            @Override
            public List<Entry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return filterErrors.isEmpty() ? entries.search(filter, first, pageSize) : List.of();
            }

            @Override
            public String getRowKey(Entry entry) {
                return String.valueOf(entry.getId());
            }
        };
    }

    public EntryFilter filter() {
        return new EntryFilter(service == null ? Set.of() : Set.of(service), blank(theme), from, to, blank(locality), blank(channel), blank(q));
    }

    /** Downloads the current filtered view (all pages) as CSV; audited by the boundary. */
    public void exportCsv() throws IOException {
        download(ExportWriter.Format.CSV);
    }

    public void exportXlsx() throws IOException {
        download(ExportWriter.Format.XLSX);
    }

    private void download(ExportWriter.Format format) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        Downloads.start(external, format.contentType, "lived-experience-log-" + LocalDate.now(clock) + "." + format.extension);
        exports.export(filter(), format, external.getResponseOutputStream());
        faces.responseComplete();
    }

    public String heardAgain(Entry entry) {
        Entry again = entries.heardAgain(entry.getId(), null);
        Messages.info("Logged again for today under " + again.getThemeLabels() + ".");
        return redirect();
    }

    public String delete(Entry entry) {
        entries.delete(entry.getId());
        Messages.info("Entry of " + entry.getOccurredOn() + " deleted. The officer can still see its history.");
        return redirect();
    }

    public void showHistory(Entry entry) {
        historyOf = entry.getId();
        history = entries.history(entry.getId());
    }

    public boolean canChange(Entry entry) {
        return entries.canChange(entry);
    }

    public boolean isOfficer() {
        return caller.has(Role.OFFICER);
    }

    public String getAllTabLabel() {
        return isOfficer() ? "All services" : "All my services";
    }

    private String redirect() {
        return "/log/entries?faces-redirect=true&includeViewParams=true";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Whether the page opened to log an entry (no filter or search given), so the theme search takes focus. */
    public boolean isCapturing() {
        return theme == null && q == null && from == null && to == null && locality == null && channel == null;
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public List<Service> getTabs() {
        return tabs;
    }

    public Map<String, String> getFilterErrors() {
        return filterErrors;
    }

    public String getFilterErrorSummary() {
        return String.join("; ", filterErrors.values()) + ".";
    }

    public LazyDataModel<Entry> getModel() {
        return model;
    }

    public List<EntryRevision> getHistory() {
        return history;
    }

    public Long getHistoryOf() {
        return historyOf;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getLocality() {
        return locality;
    }

    public void setLocality(String locality) {
        this.locality = locality;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
