package org.ecdp.logging.entry.boundary;

import org.ecdp.domain.organisation.boundary.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecdp.domain.audit.boundary.ReadAudit;
import org.ecdp.domain.audit.boundary.Audit;
import org.ecdp.domain.entity.TransactionConnection;
import org.ecdp.domain.event.ThemeHeard;
import org.ecdp.domain.service.boundary.Services;
import org.ecdp.domain.service.entity.Service;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.validation.NotFound;
import org.ecdp.logging.entry.control.DayCounts;
import org.ecdp.logging.entry.control.EntryThemeIndex;
import org.ecdp.logging.entry.control.ThemeSearch;
import org.ecdp.logging.entry.entity.Entry;
import org.ecdp.logging.entry.entity.EntryDraft;
import org.ecdp.logging.entry.entity.EntryFilter;
import org.ecdp.logging.entry.entity.EntryLogged;
import org.ecdp.logging.entry.entity.EntryRevision;
import org.ecdp.logging.entry.entity.EntryPage;
import org.ecdp.logging.entry.entity.EntryWord;
import org.ecdp.logging.entry.entity.PersonalDataFound;
import org.ecdp.logging.privacy.control.PersonalDataDetector;
import org.ecdp.logging.privacy.entity.PersonalDataFinding;
import org.ecdp.logging.theme.boundary.Themes;
import org.ecdp.logging.theme.entity.Theme;

/**
 * Logging, changing and finding entries. Who may see what is decided here for every door
 * (pages, API, export): staff see and log in their own services, the officer everywhere.
 */
@ApplicationScoped
@Transactional
public class Entries {

    /** Each search word is a sub-query; a person searches with a few, never hundreds. */
    static final int MAX_SEARCH_WORDS = 10;
    static final int MAX_SEARCH_LENGTH = 200;


    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    Themes themes;

    @Inject
    Services services;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    ReadAudit reads;

    @Inject
    Clock clock;


    @Inject
    Event<EntryLogged> entryLogged;

    /** How long an idempotency key answers with its entry. */
    public static final Duration KEY_LIFETIME = Duration.ofHours(24);

    /** Services the caller may read and log in: all open ones for the officer, their own for staff. */
    public List<Service> visibleServices() {
        if (caller.has(Role.OFFICER)) {
            return services.all();
        }
        Set<String> mine = caller.serviceCodes();
        return services.all().stream().filter(s -> mine.contains(s.getCode())).toList();
    }

    public Entry log(EntryDraft draft) {
        Service service = serviceForWriting(draft.service());
        Set<Theme> chosen = resolveThemes(draft, true);
        guardPersonalData(draft);
        Entry entry = new Entry(service, chosen, draft, caller.username(), Instant.now(clock), LocalDate.now(clock));
        em.persist(entry);
        em.flush();
        index(entry, false);
        revision(entry, EntryRevision.Kind.CREATED);
        count(new DayCounts(tenancy.require()).add(entry, +1));
        entryLogged.fire(new EntryLogged(entry.getId(), entry.getOccurredOn(), chosen.stream().map(Theme::getCode).collect(Collectors.toSet())));
        return entry;
    }

    /**
     * Logs the entry unless this caller already logged one with {@code key} in the last 24 hours,
     * in which case that entry is returned and nothing is written. The key is stored with the
     * entry's id (a row in {@code entry_idempotency_key}), last in the entry's transaction: a crash
     * keeps both or neither, and a concurrent use of the same key waits on the row (its owner is
     * then committing) and fails, so that {@link KeyedEntries} can answer it with the winner's
     * entry (as it does when the racers' entry work deadlocks: the database rolls one back whole).
     * Two statements for a new key (look up, insert); it was three (look up, claim before the
     * entry, set the entry's id), and a race is rare enough that the loser's wasted entry work
     * costs less than the third statement on every request.
     */
    public Entry logOnce(EntryDraft draft, String key) {
        String user = caller.username();
        long now = Instant.now(clock).toEpochMilli();
        List<?> rows = em.createNativeQuery("SELECT entry_id, stored_at_ms FROM entry_idempotency_key WHERE username = ? AND idem_key = ?")
                .setParameter(1, user).setParameter(2, key).getResultList();
        if (!rows.isEmpty()) {
            Object[] row = (Object[]) rows.get(0);
            long storedAt = ((Number) row[1]).longValue();
            if (row[0] != null && storedAt > now - KEY_LIFETIME.toMillis()) {
                return em.find(Entry.class, ((Number) row[0]).longValue());
            }
            // the key's 24 hours are over: it may be used again. Deleted only when there is a row,
            // because a delete that finds nothing locks the gap on MariaDB, and two such requests
            // then deadlock on their inserts.
            em.createNativeQuery("DELETE FROM entry_idempotency_key WHERE username = ? AND idem_key = ? AND stored_at_ms = ?")
                    .setParameter(1, user).setParameter(2, key).setParameter(3, storedAt).executeUpdate();
        }
        Entry entry = log(draft);
        em.createNativeQuery("INSERT INTO entry_idempotency_key (username, idem_key, entry_id, stored_at_ms) VALUES (?, ?, ?, ?)")
                .setParameter(1, user).setParameter(2, key).setParameter(3, entry.getId()).setParameter(4, now).executeUpdate();
        return entry;
    }

    /** The entry this caller logged with {@code key} within the last 24 hours, if any. */
    public Optional<Entry> keyed(String key) {
        long since = Instant.now(clock).minus(KEY_LIFETIME).toEpochMilli();
        List<?> ids = em.createNativeQuery("SELECT entry_id FROM entry_idempotency_key WHERE username = ? AND idem_key = ? AND stored_at_ms > ? AND entry_id IS NOT NULL")
                .setParameter(1, caller.username()).setParameter(2, key).setParameter(3, since).getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.ofNullable(em.find(Entry.class, ((Number) ids.get(0)).longValue()));
    }

    /** Forgets the keys older than 24 hours; returns how many. */
    public int forgetExpiredKeys() {
        long before = Instant.now(clock).minus(KEY_LIFETIME).toEpochMilli();
        return em.createNativeQuery("DELETE FROM entry_idempotency_key WHERE stored_at_ms <= ?").setParameter(1, before).executeUpdate();
    }

    /**
     * A theme heard in another service's work (e.g. a peer mentoring session), logged in that
     * service by its author without the staff-of-the-service check: the sending capability has
     * already decided who may tell. Themes and the personal-data rule are checked as for any entry.
     */
    void themeHeard(@Observes ThemeHeard heard) {
        Service service = services.findByCode(heard.serviceCode())
                .orElseThrow(() -> InvalidInput.of("service", "Unknown service " + heard.serviceCode()));
        EntryDraft draft = new EntryDraft(service.getCode(), heard.occurredOn(), heard.themes(), heard.summary(), 1,
                null, null, null, null, null);
        Set<Theme> chosen = resolveThemes(draft, true);
        guardPersonalData(draft);
        Entry entry = new Entry(service, chosen, draft, heard.author(), Instant.now(clock), LocalDate.now(clock));
        em.persist(entry);
        em.flush();
        index(entry, false);
        revision(entry, EntryRevision.Kind.CREATED);
        count(new DayCounts(tenancy.require()).add(entry, +1));
    }

    /** "Heard this again": the same themes and service, today, for a new conversation. */
    public Entry heardAgain(long entryId, String summary) {
        Entry earlier = changeable(entryId);
        List<String> codes = earlier.getThemes().stream().filter(Theme::isLive).map(Theme::getCode).toList();
        String text = summary == null || summary.isBlank() ? "Heard again: " + earlier.getSummary() : summary;
        if (text.length() > Entry.MAX_SUMMARY) {
            text = text.substring(0, Entry.MAX_SUMMARY);
        }
        return log(new EntryDraft(earlier.getService().getCode(), LocalDate.now(clock), codes, text, 1,
                earlier.getChannel() == null ? null : earlier.getChannel().name(),
                earlier.getLocality() == null ? null : earlier.getLocality().name(), null, null,
                earlier.getPersonalDataReason()));
    }

    /** A row of the old workbook, already checked by the importer: codes in the draft, and its fingerprint. */
    public record ImportedRow(EntryDraft draft, String fingerprint) {
    }

    /**
     * The importer's trusted bulk insert (officer only), in the caller's transaction: rows
     * whose fingerprint is already in the log are skipped; each new entry is checked as an
     * entry, and gets its words (the same {@link EntryWord#wordsOf} as a logged one) and an
     * IMPORTED revision. Written with JDBC batches on the portal's datasource, which joins the
     * transaction, because per-object persistence of 100,000 entries with their words is ten
     * times too slow. The batch's day counts are added to {@code counts}; the importer writes
     * them once, with {@link #importCounts}, after its last batch. Returns how many entries were added.
     */
    public int importBatch(List<ImportedRow> rows, DayCounts counts) {
        if (!caller.has(Role.OFFICER)) {
            throw new SecurityException("Only the lived experience officer imports the old workbook");
        }
        Set<String> existing = existingFingerprints(rows.stream().map(ImportedRow::fingerprint).toList());
        Map<String, Service> serviceByCode = new HashMap<>();
        Map<String, Theme> themeByCode = new HashMap<>();
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        String actor = caller.username();
        Map<String, Entry> added = new java.util.LinkedHashMap<>();
        for (ImportedRow row : rows) {
            if (!existing.add(row.fingerprint())) {
                continue;
            }
            EntryDraft draft = row.draft();
            Service service = serviceByCode.computeIfAbsent(draft.service(), services::getByCode);
            Set<Theme> chosen = new LinkedHashSet<>();
            for (String code : draft.themes()) {
                chosen.add(themeByCode.computeIfAbsent(code, themes::resolve));
            }
            added.put(row.fingerprint(), Entry.imported(service, chosen, draft, row.fingerprint(), actor, now, today));
        }
        if (added.isEmpty()) {
            return 0;
        }
        try {
            org.ecdp.logging.entry.control.BulkEntryWriter.write(TransactionConnection.of(em), tenancy.require(), added, actor, now, counts);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("The import could not be written: " + e.getMessage(), e);
        }
        return added.size();
    }

    /** Writes the day counts an import's batches collected, in the caller's transaction (officer only). */
    public void importCounts(DayCounts counts) {
        if (!caller.has(Role.OFFICER)) {
            throw new SecurityException("Only the lived experience officer imports the old workbook");
        }
        count(counts);
    }

    /** Which of these import fingerprints the log already holds. */
    public Set<String> existingFingerprints(List<String> fingerprints) {
        Set<String> found = new java.util.HashSet<>();
        for (int i = 0; i < fingerprints.size(); i += 1000) {
            found.addAll(em.createQuery("select e.fingerprint from Entry e where e.fingerprint in :f", String.class)
                    .setParameter("f", fingerprints.subList(i, Math.min(fingerprints.size(), i + 1000))).getResultList());
        }
        return found;
    }

    public Entry edit(long entryId, EntryDraft draft) {
        Entry entry = changeable(entryId);
        requireChangeable(entry);
        if (draft.service() != null && !draft.service().equals(entry.getService().getCode())) {
            throw InvalidInput.of("service", "An entry stays in the service it was logged in");
        }
        Set<Theme> chosen = resolveThemes(draft, false);
        guardPersonalData(draft);
        DayCounts change = new DayCounts(tenancy.require()).add(entry, -1);
        entry.edit(chosen, draft, Instant.now(clock), LocalDate.now(clock));
        em.createQuery("delete from EntryWord w where w.entryId = :id").setParameter("id", entry.getId()).executeUpdate();
        index(entry, true);
        revision(entry, EntryRevision.Kind.EDITED);
        count(change.add(entry, +1));
        return entry;
    }

    public void delete(long entryId) {
        Entry entry = changeable(entryId);
        requireChangeable(entry);
        entry.delete(Instant.now(clock));
        try {
            // a deleted entry is found by no search: its rows per theme go (its words stay a month, see LogPersonalData)
            EntryThemeIndex.remove(TransactionConnection.of(em), entry.getId());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not remove the entry's words: " + e.getMessage(), e);
        }
        revision(entry, EntryRevision.Kind.DELETED);
        count(new DayCounts(tenancy.require()).add(entry, -1));
    }

    public boolean canChange(Entry entry) {
        return entry.canBeChangedBy(caller.username(), caller.has(Role.OFFICER), Instant.now(clock));
    }

    public Optional<Entry> find(long entryId) {
        Entry entry = em.find(Entry.class, entryId);
        if (entry == null || entry.isDeleted() || !mayRead(entry.getService().getCode())) {
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    /** One entry, for reading it (audited); 404 when it is not there or not the caller's to read. */
    public Entry get(long entryId) {
        Entry entry = changeable(entryId);
        reads.read("entry.read", "entry " + entryId, 1);
        return entry;
    }

    /** The entry a change starts from: a change is audited as itself, not as a read too. */
    private Entry changeable(long entryId) {
        return find(entryId).orElseThrow(() -> new NotFound("No entry " + entryId));
    }

    /** The officer's view of an entry's history, oldest first; reading it is audited. */
    public List<EntryRevision> history(long entryId) {
        if (!caller.has(Role.OFFICER)) {
            throw new NotFound("No entry " + entryId);
        }
        audit.record("entry.history.read", "entry " + entryId, null);
        return em.createQuery("select r from EntryRevision r where r.entryId = :id order by r.at, r.id", EntryRevision.class)
                .setParameter("id", entryId).getResultList();
    }

    /**
     * A page of the entries the filter finds, latest first. Where the day counts can answer the
     * filter, they also say on which days the page's entries lie: the query is bounded to those
     * days, and the entries of the later days are skipped by their count instead of being read
     * (page numbers over a seek by date: page 200 reads as few entries as page 1). The database
     * then reads a few days of entries whatever the theme, instead of choosing between walking
     * every entry by date (slow for a rare theme) and every entry of the theme (slow for a common
     * one). A theme's page is read from its rows per theme ({@link ThemeSearch}), each theme of
     * the family one range of a key in date order.
     */
    public List<Entry> search(EntryFilter filter, int first, int max) {
        return audited(filter, first, page(filter, plan(filter), first, max));
    }

    /**
     * A page of the filter's entries ({@link #search}) and how many it finds in all ({@link
     * #count}), the filter's day counts and theme's ranges found once for both.
     */
    public EntryPage list(EntryFilter filter, int first, int max) {
        Plan plan = plan(filter);
        long total = total(filter, plan);
        return new EntryPage(total, audited(filter, first, page(filter, plan, first, max)));
    }

    /** A page read, in the audit of reads (the filter without its words, which may be personal). */
    private List<Entry> audited(EntryFilter filter, int first, List<Entry> found) {
        reads.read("entries.read", filter.describeWithoutWords() + "; from row " + first, found.size());
        return found;
    }

    /**
     * What the count and the page of a filter start from: the services, a theme's rows per theme,
     * the day counts where they know the filter.
     */
    private record Plan(List<Long> wanted, Optional<ThemeSearch> byTheme, Optional<List<DayCounts.DayTotal>> days) {
    }

    private Plan plan(EntryFilter filter) {
        List<Long> wanted = wantedServiceIds(filter);
        return new Plan(wanted, byTheme(filter, wanted), perDay(filter, wanted));
    }

    private List<Entry> page(EntryFilter filter, Plan plan, int first, int max) {
        Optional<List<DayCounts.DayTotal>> days = plan.days();
        int skip = first;
        if (days.isPresent()) {
            long needed = (long) first + max;
            long seen = 0;
            LocalDate last = null;
            for (DayCounts.DayTotal day : days.get()) {
                if (last == null && seen + day.entries() > first) {
                    // the page starts on this day: the later days' entries are all before it
                    last = day.day();
                    skip = (int) (first - seen);
                }
                seen += day.entries();
                if (seen >= needed) {
                    if (filter.from() == null || day.day().isAfter(filter.from())) {
                        filter = filter.from(day.day());
                    }
                    break;
                }
            }
            if (last == null) {
                return List.of(); // past the last page
            }
            if (filter.to() == null || last.isBefore(filter.to())) {
                filter = filter.to(last);
            }
        }
        // the page's ids first, then its entries: the ids come from an index alone (the theme's
        // ranges, a channel's or a locality's with its dates), and only the page's entries are read
        if (plan.byTheme().isPresent()) {
            try {
                return byIdsInOrder(plan.byTheme().get().within(filter.from(), filter.to()).page(TransactionConnection.of(em), skip, max));
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("Could not search the log: " + e.getMessage(), e);
            }
        }
        Query q = query(filter, plan.wanted(), "select e.id from Entry e", " order by e.occurredOn desc, e.id desc");
        if (q == null) {
            return List.of();
        }
        TypedQuery<Long> typed = em.createQuery(q.jpql, Long.class).setFirstResult(skip).setMaxResults(max);
        q.params.forEach(typed::setParameter);
        return byIdsInOrder(typed.getResultList());
    }

    /** The entries of a page's ids, in their order, with their themes. */
    private List<Entry> byIdsInOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Entry> byId = new HashMap<>();
        // the page's themes in one statement (IN over the page's ids), not one per entry
        em.createQuery("select e from Entry e where e.id in :ids", Entry.class).setParameter("ids", ids)
                .setHint("eclipselink.batch", "e.themes").setHint("eclipselink.batch.type", "IN")
                .getResultList().forEach(e -> byId.put(e.getId(), e));
        return new ArrayList<>(ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList());
    }

    /**
     * How many entries the filter finds. Filters by service, theme, dates and one of channel or
     * locality are answered from the day counts (a sum over at most services × days rows); any
     * other filter (words, or a channel and a locality together) counts the theme's rows per theme
     * or else the entries.
     */
    public long count(EntryFilter filter) {
        return total(filter, plan(filter));
    }

    private long total(EntryFilter filter, Plan plan) {
        Optional<List<DayCounts.DayTotal>> days = plan.days();
        if (days.isPresent()) {
            return days.get().stream().mapToLong(DayCounts.DayTotal::entries).sum();
        }
        if (plan.byTheme().isPresent()) {
            try {
                return plan.byTheme().get().count(TransactionConnection.of(em));
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("Could not count the log: " + e.getMessage(), e);
            }
        }
        Query q = query(filter, plan.wanted(), "select count(e) from Entry e", "");
        if (q == null) {
            return 0;
        }
        TypedQuery<Long> typed = em.createQuery(q.jpql, Long.class);
        q.params.forEach(typed::setParameter);
        return typed.getSingleResult();
    }

    /**
     * A theme, with or without words, answered from the rows per theme ({@link ThemeSearch})
     * without visiting the entries; empty for a filter without a theme.
     */
    private Optional<ThemeSearch> byTheme(EntryFilter filter, List<Long> wanted) {
        Set<String> words = EntryWord.wordsOf(filter.q());
        if (isBlank(filter.theme()) || (wanted != null && wanted.isEmpty())) {
            return Optional.empty(); // and with no service to search in, query() answers nothing, as before
        }
        Theme theme = themes.findByCode(filter.theme()).map(Theme::resolved)
                .orElseThrow(() -> InvalidInput.of("theme", "Unknown theme " + filter.theme()));
        String locality = isBlank(filter.locality()) ? null
                : enumOf(org.ecdp.domain.vocabulary.Locality.class, "locality", filter.locality()).name();
        String channel = isBlank(filter.channel()) ? null
                : enumOf(org.ecdp.domain.vocabulary.Channel.class, "channel", filter.channel()).name();
        checkSearchLength(filter, words);
        List<Long> family = themes.withSubThemes(theme).stream().map(Theme::getId).toList();
        return Optional.of(new ThemeSearch(tenancy.require(), family, List.copyOf(words), filter.from(), filter.to(),
                wanted, channel, locality));
    }

    private static void checkSearchLength(EntryFilter filter, Set<String> words) {
        if (words.size() > MAX_SEARCH_WORDS || (filter.q() != null && filter.q().length() > MAX_SEARCH_LENGTH)) {
            throw InvalidInput.of("q", "Search for at most " + MAX_SEARCH_WORDS + " words (" + MAX_SEARCH_LENGTH + " characters)");
        }
    }

    /**
     * The filter's entries per day from the day counts, latest day first; empty when the filter
     * needs more than the counts know (words, or both a locality and a channel).
     */
    private Optional<List<DayCounts.DayTotal>> perDay(EntryFilter filter, List<Long> wanted) {
        boolean byLocality = !isBlank(filter.locality());
        boolean byChannel = !isBlank(filter.channel());
        if ((byLocality && byChannel) || !EntryWord.wordsOf(filter.q()).isEmpty()) {
            return Optional.empty();
        }
        long themeId = DayCounts.ALL_THEMES;
        if (!isBlank(filter.theme())) {
            themeId = themes.findByCode(filter.theme()).map(Theme::resolved)
                    .orElseThrow(() -> InvalidInput.of("theme", "Unknown theme " + filter.theme())).getId();
        }
        if (byLocality) {
            String locality = enumOf(org.ecdp.domain.vocabulary.Locality.class, "locality", filter.locality()).name();
            return Optional.of(DayCounts.perDay(em, tenancy.require(), DayCounts.Facet.LOCALITY, locality, themeId, wanted, filter.from(), filter.to()));
        }
        if (byChannel) {
            String channel = enumOf(org.ecdp.domain.vocabulary.Channel.class, "channel", filter.channel()).name();
            return Optional.of(DayCounts.perDay(em, tenancy.require(), DayCounts.Facet.CHANNEL, channel, themeId, wanted, filter.from(), filter.to()));
        }
        return Optional.of(DayCounts.perDay(em, tenancy.require(), themeId, wanted, filter.from(), filter.to()));
    }

    /**
     * Ids of the services the filter covers within what the caller may see, or null when that is
     * every service (the officer's "All"): then no query needs a service predicate at all, and a
     * day with thousands of entries does not tempt the database into the (service, date) index.
     */
    private List<Long> wantedServiceIds(EntryFilter filter) {
        if (caller.has(Role.OFFICER)) {
            if (filter.services().isEmpty()) {
                return null;
            }
        } else if (!caller.has(Role.STAFF)) {
            throw new SecurityException("Only staff and the lived experience officer read the log");
        } else {
            Set<String> mine = caller.serviceCodes();
            for (String asked : filter.services()) {
                if (!mine.contains(asked)) {
                    // refused, not an empty list: the contract's 403, and no hint whether the code exists
                    throw new SecurityException("You do not work in the service " + asked);
                }
            }
        }
        return visibleServices().stream()
                .filter(s -> filter.services().isEmpty() || filter.services().contains(s.getCode()))
                .map(Service::getId).sorted().toList();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * Applies day-count deltas in this transaction, on the connection the entries are written
     * with. Everything else is written first, so the count rows (which every entry of the same
     * theme and day shares) stay locked only for the moment before the commit.
     */
    private void count(DayCounts change) {
        try {
            change.writeTo(TransactionConnection.of(em));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not update the day counts: " + e.getMessage(), e);
        }
    }

    private record Query(String jpql, Map<String, Object> params) {
    }

    /**
     * Builds the filtered query within what the caller may see, for a filter without a theme
     * (a theme's entries are read from its rows per theme); null when nothing can match.
     */
    private Query query(EntryFilter filter, List<Long> wanted, String select, String order) {
        if (wanted != null && wanted.isEmpty()) {
            return null;
        }
        // by the foreign key, not the service's code: no join, so the date index can order the page
        // "deleted" as a parameter, which the unit binds (persistence.xml): written as the literal 0,
        // H2 cannot use the indexes that hold (deleted, occurred_on) for the date range
        StringBuilder where = new StringBuilder(" where e.deleted = :deleted");
        Map<String, Object> params = new HashMap<>();
        params.put("deleted", Boolean.FALSE);
        if (wanted != null) {
            where.append(" and e.service.id in :services");
            params.put("services", wanted);
        }
        if (filter.from() != null) {
            where.append(" and e.occurredOn >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and e.occurredOn <= :to");
            params.put("to", filter.to());
        }
        if (filter.locality() != null && !filter.locality().isBlank()) {
            where.append(" and e.locality = :locality");
            params.put("locality", enumOf(org.ecdp.domain.vocabulary.Locality.class, "locality", filter.locality()));
        }
        if (filter.channel() != null && !filter.channel().isBlank()) {
            where.append(" and e.channel = :channel");
            params.put("channel", enumOf(org.ecdp.domain.vocabulary.Channel.class, "channel", filter.channel()));
        }
        int i = 0;
        var words = EntryWord.wordsOf(filter.q());
        checkSearchLength(filter, words);
        for (String word : words) {
            where.append(" and exists (select 1 from EntryWord w").append(i).append(" where w").append(i)
                    .append(".entryId = e.id and w").append(i).append(".word like :w").append(i).append(")");
            params.put("w" + i, EntryWord.prefixPattern(word));
            i++;
        }
        return new Query(select + where + order, params);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String field, String code) {
        try {
            return Enum.valueOf(type, code.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(field, "Unknown " + field + " code " + code);
        }
    }

    private boolean mayRead(String serviceCode) {
        return caller.has(Role.OFFICER) || (caller.has(Role.STAFF) && caller.worksIn(serviceCode));
    }

    private Service serviceForWriting(String code) {
        if (code == null || code.isBlank()) {
            throw InvalidInput.of("service", "Choose the service");
        }
        Service service = services.findByCode(code).orElseThrow(() -> InvalidInput.of("service", "Unknown service " + code));
        if (!mayRead(service.getCode())) {
            throw new SecurityException("You do not work in " + service.getName());
        }
        if (service.isArchived()) {
            throw InvalidInput.of("service", service.getName() + " is archived and takes no new entries");
        }
        return service;
    }

    private Set<Theme> resolveThemes(EntryDraft draft, boolean creating) {
        Set<Theme> resolved = new LinkedHashSet<>();
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (draft.themes() != null) {
            for (String code : draft.themes()) {
                Optional<Theme> theme = themes.findByCode(code);
                if (theme.isEmpty()) {
                    problems.reject("themes", "Unknown theme " + code);
                } else {
                    resolved.add(theme.get().resolved());
                }
            }
        }
        Entry.check(problems, resolved, draft, LocalDate.now(clock), creating);
        problems.throwIfAny();
        return resolved;
    }

    /** Personal data in a summary needs a recorded reason to be saved; the reason is audited. */
    private void guardPersonalData(EntryDraft draft) {
        List<PersonalDataFinding> findings = new PersonalDataDetector(clock).findIn(draft.summary());
        if (findings.isEmpty()) {
            return;
        }
        if (draft.personalDataReason() == null || draft.personalDataReason().isBlank()) {
            throw new PersonalDataFound(findings);
        }
        audit.record("entry.personal-data.kept", draft.service(),
                findings.stream().map(f -> f.kind().name()).distinct().collect(Collectors.joining(",")) + "; reason: " + draft.personalDataReason());
    }

    private void requireChangeable(Entry entry) {
        if (!canChange(entry)) {
            throw new SecurityException("Only the author, within 7 days, or the officer can change this entry");
        }
    }

    /** The entry's words, and its rows per theme ({@link EntryThemeIndex}); {@code again} after a change. */
    private void index(Entry entry, boolean again) {
        for (String word : EntryWord.wordsOf(entry.getSummary())) {
            em.persist(new EntryWord(word, entry.getId()));
        }
        try {
            if (again) {
                EntryThemeIndex.replace(TransactionConnection.of(em), tenancy.require(), entry);
            } else {
                EntryThemeIndex.add(TransactionConnection.of(em), tenancy.require(), entry);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not index the entry's words: " + e.getMessage(), e);
        }
    }

    private void revision(Entry entry, EntryRevision.Kind kind) {
        em.persist(new EntryRevision(entry.getId(), Instant.now(clock), caller.username(), kind, entry.snapshot()));
    }

    public List<Entry> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return new ArrayList<>();
        }
        return em.createQuery("select e from Entry e where e.id in :ids", Entry.class).setParameter("ids", ids).getResultList();
    }
}
