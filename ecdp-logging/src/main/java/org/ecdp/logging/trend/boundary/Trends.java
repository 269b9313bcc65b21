package org.ecdp.logging.trend.boundary;

import org.ecdp.domain.organisation.boundary.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ecdp.domain.service.boundary.Services;
import org.ecdp.domain.service.entity.Service;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.vocabulary.Locality;
import org.ecdp.logging.theme.boundary.Themes;
import org.ecdp.logging.theme.entity.Theme;
import org.ecdp.logging.entry.control.DayCounts;
import org.ecdp.logging.trend.control.Periods;
import org.ecdp.logging.trend.control.SpikeDetection;
import org.ecdp.logging.trend.entity.DetectionOffset;
import org.ecdp.logging.trend.entity.DetectionSettings;
import org.ecdp.logging.trend.entity.Interval;
import org.ecdp.logging.trend.entity.LoggedEntry;
import org.ecdp.logging.trend.entity.PeriodDetection;
import org.ecdp.logging.trend.entity.ThemeSeries;

/**
 * A theme's series and spike detection over the log. A theme counts its sub-themes
 * (an entry under both a theme and its sub-theme counts once); deleted entries never count.
 * Each call is one query selecting only the day and the people of the matching entries;
 * bucketing and detection are the plain algorithms of {@code trend.control}. Who may ask
 * may ask: the officer, checked here as at the door; the scans use the theme-family entry points
 * ({@link #detection(Set, Scope, LocalDate, LocalDate, DetectionSettings)}, {@link #firstEntryDay}),
 * which run for whoever logged the entry that triggered them and return no entry.
 */
@ApplicationScoped
@Transactional
public class Trends {

    /** The longest range a series or detection may cover, so one request cannot exhaust the server. */
    static final long MAX_YEARS = 30;

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

    /** Where the officer narrows a series: a service's code and a locality code, either optional. */
    public record Scope(String service, String locality) {
        public static final Scope ALL = new Scope(null, null);

        public Scope {
            service = blankToNull(service);
            locality = blankToNull(locality);
        }
    }

    /**
     * The series of a theme by working day or ISO week over [from, to], every period present.
     *
     * @throws org.ecdp.domain.validation.NotFound for an unknown theme
     * @throws InvalidInput naming {@code from}, {@code to} or {@code locality}
     */
    public ThemeSeries series(String themeCode, Scope scope, LocalDate from, LocalDate to, Interval interval) {
        requireOfficer();
        checkRange(from, to);
        Set<Theme> family = family(themeCode);
        List<LoggedEntry> entries = loggedEntries(family, scope, Periods.firstDayCounted(interval, from),
                Periods.lastDayCounted(interval, to));
        return Periods.series(entries, interval, from, to);
    }

    /** Detection for the periods in [from, to], using the history before {@code from} that the method needs. */
    public List<PeriodDetection> detection(String themeCode, Scope scope, LocalDate from, LocalDate to,
            DetectionSettings settings) {
        requireOfficer();
        checkRange(from, to);
        Set<Theme> family = family(themeCode);
        return detection(family, scope, from, to, settings);
    }

    /** Detection for an already resolved theme family (the scans' entry point). */
    public List<PeriodDetection> detection(Set<Theme> family, Scope scope, LocalDate from, LocalDate to,
            DetectionSettings settings) {
        LocalDate firstDay = SpikeDetection.firstDayNeeded(settings, from);
        LocalDate lastDay = Periods.lastDayCounted(settings.interval(), to);
        List<LoggedEntry> entries = loggedEntries(family, scope, firstDay, lastDay);
        if (settings.offset() == DetectionOffset.VOLUME) {
            return SpikeDetection.detect(entries, volume(scope, firstDay, lastDay), settings, from, to);
        }
        return SpikeDetection.detect(entries, settings, from, to);
    }

    /**
     * The scope's volume, day by day: its entries whatever their themes (each entry once),
     * in the service and locality asked for, or in the whole organisation. From the log's day
     * counts unless a locality narrows it.
     */
    private List<LoggedEntry> volume(Scope scope, LocalDate firstDay, LocalDate lastDay) {
        if (scope.locality() == null) {
            List<Long> service = scope.service() == null ? null : List.of(serviceId(scope));
            return DayCounts.perDay(em, tenancy.require(), DayCounts.ALL_THEMES, service, firstDay, lastDay).stream()
                    .map(day -> new LoggedEntry(day.day(), saturated(day.people()), saturated(day.entries())))
                    .toList();
        }
        StringBuilder jpql = new StringBuilder("select e.occurredOn, count(e), sum(e.peopleCount) from Entry e"
                + " where e.deleted = :deleted and e.occurredOn between :first and :last and e.locality = :locality");
        if (scope.service() != null) {
            serviceId(scope);
            jpql.append(" and e.service.code = :service");
        }
        jpql.append(" group by e.occurredOn");
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class).setParameter("deleted", false)
                .setParameter("first", firstDay).setParameter("last", lastDay).setParameter("locality", locality(scope));
        if (scope.service() != null) {
            query.setParameter("service", scope.service().toUpperCase());
        }
        return query.getResultList().stream()
                .map(row -> new LoggedEntry((LocalDate) row[0], saturated(((Number) row[2]).longValue()),
                        saturated(((Number) row[1]).longValue())))
                .toList();
    }

    private long serviceId(Scope scope) {
        return services.findByCode(scope.service())
                .orElseThrow(() -> InvalidInput.of("service", "Unknown service code " + scope.service())).getId();
    }

    private static Locality locality(Scope scope) {
        try {
            return Locality.valueOf(scope.locality().toUpperCase());
        } catch (IllegalArgumentException unknown) {
            throw InvalidInput.of("locality", "Unknown locality code " + scope.locality());
        }
    }

    /** A theme's current ISO week so far, judged against its recent weeks. */
    public record ThemeWeek(Theme theme, PeriodDetection week) {
        public double excess() {
            return week.observed() - week.expected();
        }
    }

    /** How weeks are compared for "rising this week": EARS C2 on weeks, as the working-day alerts do on days. */
    public static final DetectionSettings WEEK_ON_WEEK =
            DetectionSettings.of(org.ecdp.logging.trend.entity.DetectionMethod.EARS_C2, Interval.WEEK, 7, null, 0.5);

    /**
     * The themes logged more this week (Monday to {@code today}) than their recent weeks lead
     * one to expect, most above expectation first. Merged themes are left out; each theme
     * includes its sub-themes.
     */
    public List<ThemeWeek> risingThisWeek(LocalDate today) {
        requireOfficer();
        LocalDate week = Interval.WEEK.periodOf(today);
        return themes.all().stream().filter(t -> t.getMergedInto() == null)
                .flatMap(t -> detection(themes.withSubThemes(t), Scope.ALL, week, today, WEEK_ON_WEEK).stream()
                        .map(d -> new ThemeWeek(t, d)))
                .filter(w -> w.week().observed() > w.week().expected())
                .sorted(java.util.Comparator.comparingDouble(ThemeWeek::excess).reversed())
                .toList();
    }

    /** A service × theme table of entry counts over a period: one row per theme, one column per service. */
    public record HeatMap(LocalDate from, LocalDate to, List<Service> services, List<HeatRow> rows, long max) {
    }

    /** A theme's entries in each service (in the order of {@link HeatMap#services()}), and over all of them. */
    public record HeatRow(Theme theme, long[] counts, long total) {
        public long count(int service) {
            return counts[service];
        }
    }

    /**
     * Entries per service and theme with {@code occurredOn} in [from, to]. A theme counts its
     * sub-themes, an entry under a theme and its sub-theme once; deleted entries never count.
     * One grouped query over the log's day counts (kept with every entry, already rolled up to
     * parents), whatever the number of entries. Merged themes, and services no longer open
     * with no entries in the period, are left out.
     *
     * @throws InvalidInput naming {@code from} or {@code to}
     */
    public HeatMap heatMap(LocalDate from, LocalDate to) {
        requireOfficer();
        checkRange(from, to);
        Map<Long, Map<Long, Long>> byThemeThenService = new HashMap<>();
        List<?> counted = em.createNativeQuery("SELECT theme_id, service_id, SUM(entries) FROM entry_day_count WHERE organisation_id = ?3"
                        + " AND occurred_on BETWEEN ?1 AND ?2 AND theme_id <> 0 AND entries > 0 GROUP BY theme_id, service_id")
                .setParameter(1, from).setParameter(2, to).setParameter(3, tenancy.require()).getResultList();
        for (Object r : counted) {
            Object[] row = (Object[]) r;
            byThemeThenService.computeIfAbsent(((Number) row[0]).longValue(), k -> new HashMap<>())
                    .put(((Number) row[1]).longValue(), ((Number) row[2]).longValue());
        }
        Set<Long> servicesUsed = new java.util.HashSet<>();
        byThemeThenService.values().forEach(m -> servicesUsed.addAll(m.keySet()));
        List<Service> columns = services.all().stream().filter(s -> !s.isArchived() || servicesUsed.contains(s.getId())).toList();
        List<HeatRow> rows = new ArrayList<>();
        long max = 0;
        for (Theme theme : themes.all()) {
            if (theme.getMergedInto() != null) {
                continue;
            }
            Map<Long, Long> counts = byThemeThenService.getOrDefault(theme.getId(), Map.of());
            long[] cells = new long[columns.size()];
            long total = 0;
            for (int i = 0; i < cells.length; i++) {
                cells[i] = counts.getOrDefault(columns.get(i).getId(), 0L);
                total += cells[i];
                max = Math.max(max, cells[i]);
            }
            rows.add(new HeatRow(theme, cells, total));
        }
        return new HeatMap(from, to, columns, rows, max);
    }

    /** The day of the earliest live entry of a theme family, if it has any. */
    public Optional<LocalDate> firstEntryDay(Set<Theme> family) {
        Optional<Theme> root = rolledUpIn(family);
        if (root.isPresent()) {
            Object first = em.createNativeQuery("SELECT MIN(occurred_on) FROM entry_day_count WHERE organisation_id = ?2 AND theme_id = ?1 AND entries > 0")
                    .setParameter(1, root.get().getId()).setParameter(2, tenancy.require()).getSingleResult();
            return Optional.ofNullable(first == null ? null : toLocalDate(first));
        }
        LocalDate first = em.createQuery("select min(e.occurredOn) from Entry e where e.deleted = :deleted"
                        + " and exists (select 1 from Entry e2 join e2.themes t where e2 = e and t in :themes)", LocalDate.class)
                .setParameter("deleted", false).setParameter("themes", family).getSingleResult();
        return Optional.ofNullable(first);
    }

    /** A theme (following merges) with its sub-themes. */
    public Set<Theme> family(String themeCode) {
        return themes.withSubThemes(themes.resolve(themeCode));
    }

    /**
     * The theme whose day counts are exactly this family (the theme and all its sub-themes),
     * if there is one: then a series is a sum over day counts instead of a scan of entries.
     */
    private Optional<Theme> rolledUpIn(Set<Theme> family) {
        for (Theme candidate : family) {
            if (family.stream().allMatch(t -> t.equals(candidate) || candidate.equals(t.getParent()))
                    && family.equals(themes.withSubThemes(candidate))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }

    private List<LoggedEntry> loggedEntries(Set<Theme> family, Scope scope, LocalDate firstDay, LocalDate lastDay) {
        Optional<Theme> root = rolledUpIn(family);
        if (root.isPresent() && scope.locality() == null) {
            return fromDayCounts(root.get(), scope, firstDay, lastDay);
        }
        StringBuilder jpql = new StringBuilder("select e.occurredOn, e.peopleCount from Entry e"
                + " where e.deleted = :deleted and e.occurredOn between :first and :last"
                + " and exists (select 1 from Entry e2 join e2.themes t where e2 = e and t in :themes)");
        if (scope.service() != null) {
            if (services.findByCode(scope.service()).isEmpty()) {
                throw InvalidInput.of("service", "Unknown service code " + scope.service());
            }
            jpql.append(" and e.service.code = :service");
        }
        Locality locality = null;
        if (scope.locality() != null) {
            try {
                locality = Locality.valueOf(scope.locality().toUpperCase());
            } catch (IllegalArgumentException unknown) {
                throw InvalidInput.of("locality", "Unknown locality code " + scope.locality());
            }
            jpql.append(" and e.locality = :locality");
        }
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class).setParameter("deleted", false)
                .setParameter("first", firstDay).setParameter("last", lastDay).setParameter("themes", family);
        if (scope.service() != null) {
            query.setParameter("service", scope.service().toUpperCase());
        }
        if (locality != null) {
            query.setParameter("locality", locality);
        }
        return query.getResultList().stream()
                .map(row -> new LoggedEntry((LocalDate) row[0], ((Number) row[1]).intValue()))
                .toList();
    }

    /** A day's entries of a theme family as one {@link LoggedEntry}, from the log's day counts. */
    private List<LoggedEntry> fromDayCounts(Theme root, Scope scope, LocalDate firstDay, LocalDate lastDay) {
        List<Long> service = null;
        if (scope.service() != null) {
            service = List.of(services.findByCode(scope.service())
                    .orElseThrow(() -> InvalidInput.of("service", "Unknown service code " + scope.service())).getId());
        }
        return DayCounts.perDay(em, tenancy.require(), root.getId(), service, firstDay, lastDay).stream()
                .map(day -> new LoggedEntry(day.day(), saturated(day.people()), saturated(day.entries())))
                .toList();
    }

    /** A day's count as the series holds it; the day counts are 64-bit, a series point never turns negative. */
    private static int saturated(long count) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, count));
    }

    /** The dates a series or detection may cover (also the network's pooled series): both given, in order, plausible, at most {@value #MAX_YEARS} years. */
    public static void checkRange(LocalDate from, LocalDate to) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        problems.check(from != null, "from", "Required: a date as YYYY-MM-DD");
        problems.check(to != null, "to", "Required: a date as YYYY-MM-DD");
        problems.throwIfAny();
        problems.check(!to.isBefore(from), "to", "Must be on or after from");
        org.ecdp.domain.validation.PlausibleDates.check(problems, "from", from);
        org.ecdp.domain.validation.PlausibleDates.check(problems, "to", to);
        problems.check(ChronoUnit.YEARS.between(from, to) < MAX_YEARS, "from", "Ask for at most " + MAX_YEARS + " years at once");
        problems.throwIfAny();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Authorisation before anything else, whichever door called (the door checks too). */
    private void requireOfficer() {
        if (!caller.has(Role.OFFICER)) {
            throw new SecurityException("Only the lived experience officer may do this");
        }
    }
}
