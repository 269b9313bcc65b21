package org.ecdp.logging.evidence.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.ecdp.domain.audit.boundary.ReadAudit;
import org.ecdp.domain.audit.boundary.Audit;
import org.ecdp.domain.privacy.entity.Objection;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.domain.validation.Conflict;
import org.ecdp.domain.validation.FieldError;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.validation.PlausibleDates;
import org.ecdp.logging.entry.entity.Entry;
import org.ecdp.logging.evidence.control.EvidenceDocuments;
import org.ecdp.logging.evidence.control.SmallCellSuppression;
import org.ecdp.logging.evidence.entity.EvidencePack;
import org.ecdp.logging.evidence.entity.EvidenceRelease;
import org.ecdp.logging.evidence.entity.SuppressedTable;
import org.ecdp.logging.privacy.control.PersonalDataDetector;
import org.ecdp.logging.theme.boundary.Themes;
import org.ecdp.logging.theme.entity.Theme;

/**
 * Builds the evidence for a theme (or several) over a date range: the officer's own use
 * case. Every pack generated is audited with its themes, range and whether it was for
 * publication; quotes are the officer's pick, redacted of anything that looks personal.
 */
@ApplicationScoped
@Transactional
public class EvidencePacks {

    /** A pack is read by people: ten years of weeks is already more than a page can show. */
    static final int MAX_YEARS = 10;
    static final int MAX_LISTED = 100;


    public enum Format { PDF, XLSX }

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    @Inject
    Themes themes;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    ReadAudit reads;

    @Inject
    Clock clock;

    public EvidencePack build(String title, Collection<String> themeCodes, LocalDate from, LocalDate to,
                              List<Long> quoteEntryIds, boolean external) {
        if (!caller.has(Role.OFFICER)) {
            throw new SecurityException("Only the lived experience officer builds evidence packs");
        }
        InvalidInput.Collector problems = new InvalidInput.Collector();
        problems.check(themeCodes != null && !themeCodes.isEmpty(), "themes", "Choose at least one theme");
        problems.check(from != null, "from", "Enter the first date").check(to != null, "to", "Enter the last date");
        if (from != null && to != null) {
            problems.check(!to.isBefore(from), "to", "The last date must not be before the first");
            PlausibleDates.check(problems, "from", from);
            PlausibleDates.check(problems, "to", to);
            problems.check(!to.isAfter(from.plusYears(MAX_YEARS)), "to", "A pack covers at most " + MAX_YEARS + " years");
        }
        problems.check(themeCodes == null || themeCodes.size() <= MAX_LISTED, "themes", "Choose at most " + MAX_LISTED + " themes");
        problems.check(quoteEntryIds == null || quoteEntryIds.size() <= MAX_LISTED, "quote", "Quote at most " + MAX_LISTED + " entries");
        problems.throwIfAny();
        List<String> names = new ArrayList<>();
        Set<Theme> family = new LinkedHashSet<>();
        List<Entry> entries = entriesBehind(themeCodes, from, to, names, family);
        long people = entries.stream().mapToLong(Entry::getPeopleCount).sum();
        EvidencePack.Breakdown byService = breakdown("By service", entries, e -> e.getService().getName(), external);
        EvidencePack.Breakdown byLocality = breakdown("By locality", entries,
                e -> e.getLocality() == null ? "Not recorded" : e.getLocality().label(), external);
        EvidencePack.Breakdown byImpairment = breakdown("By impairment group (self-declared)", entries,
                e -> e.getImpairmentGroup() == null ? "Not recorded" : e.getImpairmentGroup().label(), external);
        List<EvidencePack.Week> weeks = weeks(entries, from, to, external);
        PersonalDataDetector detector = new PersonalDataDetector(clock);
        List<String> quotes = new ArrayList<>();
        if (quoteEntryIds != null) {
            Set<Long> behind = new java.util.HashSet<>(entries.stream().map(Entry::getId).toList());
            for (Long id : quoteEntryIds) {
                Entry e = em.find(Entry.class, id);
                // never the words of someone who objected to being quoted (recorded before or after the objection)
                if (e != null && !e.isDeleted() && e.isQuotable() && behind.contains(e.getId())
                        && (e.getPersonRef() == null || em.find(Objection.class, e.getPersonRef()) == null)) {
                    quotes.add(detector.redact(e.getSummary()));
                }
            }
        }
        EvidencePack pack = new EvidencePack(title == null || title.isBlank() ? "Lived experience: " + String.join(", ", names) : title,
                names, from, to, external, entries.size(), people,
                (int) entries.stream().map(e -> e.getService().getCode()).distinct().count(),
                byService, byLocality, byImpairment, weeks, quotes,
                family.stream().map(Theme::getId).collect(java.util.stream.Collectors.toSet()));
        return pack;
    }

    /**
     * The entries behind a pack that the officer may quote, newest first, each already
     * redacted of anything that looks like personal data: what the pack would print.
     */
    public List<EvidencePack.QuoteCandidate> quoteCandidates(Collection<String> themeCodes, LocalDate from, LocalDate to, int limit) {
        if (!caller.has(Role.OFFICER)) {
            throw new SecurityException("Only the lived experience officer builds evidence packs");
        }
        if (themeCodes == null || themeCodes.isEmpty() || from == null || to == null || to.isBefore(from)) {
            return List.of();
        }
        PersonalDataDetector detector = new PersonalDataDetector(clock);
        List<EvidencePack.QuoteCandidate> quotes = entriesBehind(themeCodes, from, to, new ArrayList<>(), new LinkedHashSet<>()).stream()
                .sorted(java.util.Comparator.comparing(Entry::getOccurredOn).reversed().thenComparing(Entry::getId, java.util.Comparator.reverseOrder()))
                .limit(limit)
                .map(e -> new EvidencePack.QuoteCandidate(e.getId(), e.getOccurredOn(), detector.redact(e.getSummary())))
                .toList();
        reads.read("evidence.quotes.read", String.join(",", themeCodes) + " " + from + ".." + to, quotes.size());
        return quotes;
    }

    private List<Entry> entriesBehind(Collection<String> themeCodes, LocalDate from, LocalDate to, List<String> names, Set<Theme> family) {
        for (String code : themeCodes) {
            Theme theme = themes.findByCode(code).map(Theme::resolved)
                    .orElseThrow(() -> InvalidInput.of("themes", "Unknown theme " + code));
            names.add(theme.getLabel());
            family.addAll(themes.withSubThemes(theme));
        }
        return em.createQuery("select distinct e from Entry e join e.themes t where t in :themes"
                        + " and e.deleted = :deleted and e.occurredOn between :from and :to", Entry.class)
                .setParameter("deleted", false).setParameter("themes", family).setParameter("from", from).setParameter("to", to).getResultList();
    }

    /**
     * The document of a pack; generating it is what is audited. A pack for publication is a
     * release: it is refused (a {@link Conflict} naming {@code from} and {@code to}) when an earlier
     * release shares a theme and a day with it without being the same pack, and recorded otherwise.
     */
    public byte[] render(EvidencePack pack, Format format) {
        if (pack.external()) {
            release(pack);
        }
        audit.record("evidence.generate", String.join(",", pack.themes()),
                format + " " + pack.from() + ".." + pack.to() + (pack.external() ? " for publication" : " internal")
                        + ", " + pack.entries() + " entries, " + pack.quotes().size() + " quotes");
        return format == Format.PDF ? EvidenceDocuments.pdf(pack) : EvidenceDocuments.xlsx(pack);
    }

    private void release(EvidencePack pack) {
        List<EvidenceRelease> overlapping = overlapping(pack);
        Optional<Conflict> clash = clash(pack, overlapping);
        if (clash.isPresent()) {
            throw clash.get();
        }
        // the same pack again reveals nothing new and is not recorded twice
        if (overlapping.stream().noneMatch(r -> r.isSameAs(pack.themeIds(), pack.from(), pack.to()))) {
            em.persist(new EvidenceRelease(pack.themeIds(), String.join(", ", pack.themes()), pack.from(), pack.to(),
                    clock.instant(), caller.username()));
        }
    }

    /**
     * Why a pack for publication would be refused, if it would: an earlier release shares a theme
     * and a day with it without being the same pack. The page warns before the officer downloads;
     * {@link #render} refuses it with the same words.
     */
    public Optional<Conflict> clash(EvidencePack pack) {
        return clash(pack, overlapping(pack));
    }

    /** The releases sharing a day with the pack, oldest first (the same pack again among them). */
    private List<EvidenceRelease> overlapping(EvidencePack pack) {
        return em.createQuery("select r from EvidenceRelease r where r.from <= :to and r.to >= :from order by r.releasedAt",
                        EvidenceRelease.class)
                .setParameter("from", pack.from()).setParameter("to", pack.to()).getResultList();
    }

    private Optional<Conflict> clash(EvidencePack pack, List<EvidenceRelease> overlapping) {
        return overlapping.stream().filter(r -> r.clashesWith(pack.themeIds(), pack.from(), pack.to())).findFirst()
                .map(earlier -> new Conflict(List.of(
                        new FieldError("from", "These dates overlap a pack for publication of " + earlier.getThemesNamed() + ", "
                                + day(earlier.getFrom()) + " to " + day(earlier.getTo()) + ", released on "
                                + day(earlier.getReleasedAt().atZone(clock.getZone()).toLocalDate())
                                + ". Subtracting one pack from the other could reveal a count under 10, so start after "
                                + day(earlier.getTo()) + ", use the same dates and themes, or make the pack internal (not for publication)"),
                        new FieldError("to", "Or end before " + day(earlier.getFrom())
                                + " (this applies to the same themes and to themes sharing a sub-theme)"))));
    }

    /** Every pack released for publication, newest first (at most the last 500). */
    public List<EvidenceRelease> releases() {
        if (!caller.has(Role.OFFICER)) {
            throw new SecurityException("Only the lived experience officer sees what was released");
        }
        return em.createQuery("select r from EvidenceRelease r order by r.releasedAt desc, r.id desc", EvidenceRelease.class)
                .setMaxResults(500).getResultList();
    }

    private static String day(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
    }

    private static EvidencePack.Breakdown breakdown(String heading, List<Entry> entries, Function<Entry, String> key, boolean external) {
        Map<String, long[]> counts = new TreeMap<>();
        for (Entry e : entries) {
            long[] c = counts.computeIfAbsent(key.apply(e), k -> new long[2]);
            c[0]++;
            c[1] += e.getPeopleCount();
        }
        List<String> labels = new ArrayList<>(counts.keySet());
        long[][] cells = new long[labels.size()][2];
        for (int i = 0; i < labels.size(); i++) {
            cells[i] = counts.get(labels.get(i));
        }
        SuppressedTable table = external ? SmallCellSuppression.suppress(cells, 2) : unsuppressed(cells);
        return new EvidencePack.Breakdown(heading, labels, table);
    }

    private static SuppressedTable unsuppressed(long[][] cells) {
        int rows = cells.length;
        long[] rowTotals = new long[rows];
        long[] colTotals = new long[2];
        long grand = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < 2; c++) {
                rowTotals[r] += cells[r][c];
                colTotals[c] += cells[r][c];
                grand += cells[r][c];
            }
        }
        return new SuppressedTable(cells, new boolean[rows][2], rowTotals, new boolean[rows], colTotals, new boolean[2], grand, false);
    }

    private static List<EvidencePack.Week> weeks(List<Entry> entries, LocalDate from, LocalDate to, boolean external) {
        Map<LocalDate, Long> perWeek = new TreeMap<>();
        for (LocalDate w = from.with(DayOfWeek.MONDAY); !w.isAfter(to); w = w.plusWeeks(1)) {
            perWeek.put(w, 0L);
        }
        for (Entry e : entries) {
            perWeek.merge(e.getOccurredOn().with(DayOfWeek.MONDAY), 1L, Long::sum);
        }
        long[] counts = perWeek.values().stream().mapToLong(Long::longValue).toArray();
        SuppressedTable table = external ? SmallCellSuppression.suppressList(counts) : null;
        List<EvidencePack.Week> weeks = new ArrayList<>();
        int i = 0;
        for (Map.Entry<LocalDate, Long> w : perWeek.entrySet()) {
            weeks.add(new EvidencePack.Week(w.getKey(), w.getValue(), table == null ? String.valueOf(w.getValue()) : table.cell(i, 0)));
            i++;
        }
        return weeks;
    }
}
