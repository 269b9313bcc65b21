package org.ecdp.web.log;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.service.entity.Service;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.logging.entry.boundary.Entries;
import org.ecdp.logging.entry.entity.Entry;
import org.ecdp.logging.entry.entity.EntryPage;
import org.ecdp.logging.entry.entity.EntryRevision;
import org.ecdp.logging.export.boundary.Exports;
import org.ecdp.logging.export.control.ExportWriter;
import org.ecdp.web.shell.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * /log/entries.xhtml: a tab per service the user works in (and "All"), the {@link EntryFilterForm}
 * as bookmarkable GET parameters, and a lazily loaded table of entries.
 */
@Named
@ViewScoped
public class EntriesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The table's rows per page when the page opens (its {@code rows} in entries.xhtml). */
    static final int FIRST_ROWS = 25;

    private static final String REDIRECT = "/log/entries?faces-redirect=true&includeViewParams=true";

    @Inject
    Entries entries;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Exports exports;

    private final EntryFilterForm filter = new EntryFilterForm();
    private List<Service> tabs;
    private LazyDataModel<Entry> model;
    /** The table's first page, read with the count by {@link #load}; shown once, never kept with the view. */
    private transient List<Entry> firstPage;
    private List<EntryRevision> history;
    private Long historyOf;

    @PostConstruct
    void init() {
        tabs = entries.visibleServices().stream().filter(s -> !s.isArchived()).toList();
    }

    public int getFirstRows() {
        return FIRST_ROWS;
    }

    /** f:viewAction: runs after the view parameters are set. */
    public void load() {
        if (filter.getService() != null && tabs.stream().noneMatch(s -> s.getCode().equals(filter.getService()))) {
            filter.setService(null);
        }
        long total = 0;
        firstPage = null;
        if (filter.checkDates()) {
            try {
                // the count and the table's first page from one reading of the day counts
                EntryPage page = entries.list(filter.toFilter(), 0, FIRST_ROWS);
                total = page.total();
                firstPage = page.entries();
            } catch (InvalidInput e) {
                filter.reject(e);
            }
        }
        long found = total;
        model = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) Math.min(Integer.MAX_VALUE, found);
            }

            @Override
            public List<Entry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                // the filter again rather than the captured one: EntryFilter is not Serializable, and a
                // model holding it kept every view-scoped bean of the session out of the data grid
                List<Entry> read = firstPage;
                firstPage = null;
                if (read != null && first == 0 && pageSize == FIRST_ROWS) {
                    return read; // read with the count when the page opened
                }
                return filter.getErrors().isEmpty() ? entries.search(filter.toFilter(), first, pageSize) : List.of();
            }

            @Override
            public String getRowKey(Entry entry) {
                return String.valueOf(entry.getId());
            }
        };
    }

    public void exportCsv() throws IOException {
        EntriesDownload.send(exports, filter.toFilter(), ExportWriter.Format.CSV, getToday());
    }

    public void exportXlsx() throws IOException {
        EntriesDownload.send(exports, filter.toFilter(), ExportWriter.Format.XLSX, getToday());
    }

    public String heardAgain(Entry entry) {
        Entry again = entries.heardAgain(entry.getId(), null);
        Messages.info("Logged again for today under " + again.getThemeLabels() + ".");
        return REDIRECT;
    }

    public String delete(Entry entry) {
        entries.delete(entry.getId());
        Messages.info("Entry of " + entry.getOccurredOn() + " deleted. The officer can still see its history.");
        return REDIRECT;
    }

    public void showHistory(Entry entry) {
        historyOf = entry.getId();
        history = entries.history(entry.getId());
    }

    public boolean canChange(Entry entry) { return entries.canChange(entry); }
    public boolean isOfficer() { return caller.has(Role.OFFICER); }
    public String getAllTabLabel() { return isOfficer() ? "All services" : "All my services"; }
    /** Whether the page opened to log an entry (no filter or search given), so the theme search takes focus. */
    public boolean isCapturing() { return filter.isEmpty(); }
    public LocalDate getToday() { return LocalDate.now(clock); }
    public EntryFilterForm getFilter() { return filter; }
    public List<Service> getTabs() { return tabs; }
    public LazyDataModel<Entry> getModel() { return model; }
    public List<EntryRevision> getHistory() { return history; }
    public Long getHistoryOf() { return historyOf; }
}
