package org.ecdp.logging.entry.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.ecdp.logging.theme.entity.Theme;

/**
 * Keeps {@code entry_day_count}: entries and people per theme (rolled up to the parent, each
 * entry once), service and day, changed in the same transaction as the entries themselves.
 * A list's total, and a theme's series, become sums over at most a few thousand of these rows
 * instead of counts over millions of entries. Theme id 0 stands for "whatever the themes".
 *
 * <p>Beside it, {@code entry_facet_day_count} holds the same counts split by one more facet of
 * the entry, its channel or its locality (an entry without one is not counted there), so that a
 * list filtered by a theme and a channel, or a theme and a locality, also has its total and its
 * page's days from a few thousand rows. A filter by both a channel and a locality is not
 * covered (it is counted from the entries).
 *
 * <p>Writes are "add this delta": an UPDATE, and an INSERT when the row is new, which works the
 * same on H2 and MySQL/MariaDB; two transactions racing to insert the same new row both end up
 * adding (the loser's duplicate-key error is caught and its UPDATE retried). Deltas are applied in
 * key order, so two entries touching the same rows never wait on each other in a cycle.
 *
 * <p>Each count is kept in {@value #SLOTS} rows ({@code slot}), an entry counted in the slot of its
 * id ({@code id % SLOTS}), and read as their sum. One row would be a hot spot: every entry of a
 * service's day updates its "all themes" row, and holds that row's lock until its transaction has
 * committed, which on MariaDB waits for the disk (about 2-6 ms here): entries of one service and day
 * could then be stored only one after another, about 170 a second however many instances serve
 * them. Consecutive entries fall in different slots, so that many transactions commit together.
 * An entry is added to and taken from the same slot, so every row stays the count of its slot's
 * entries (never negative) and the rebuild gives the same rows.
 */
public final class DayCounts {

    /** Every entry, whatever its themes. */
    public static final long ALL_THEMES = 0L;

    /** The rows each count is spread over (day-counts-rebuild.sql says the same: {@code id % 4}). */
    public static final int SLOTS = 4;

    /**
     * Recomputes the whole table from the entries (after a theme moves or merges), from
     * {@code day-counts-rebuild.sql} beside this class; the benchmark scripts run the same file,
     * and the migration that created the table ran the same statements.
     */
    static final List<String> REBUILD = rebuildStatements();

    private static List<String> rebuildStatements() {
        try (InputStream in = DayCounts.class.getResourceAsStream("day-counts-rebuild.sql")) {
            String script = new String(Objects.requireNonNull(in, "day-counts-rebuild.sql").readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            return Arrays.stream(script.split(";")).map(String::strip).filter(sql -> !sql.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The facets {@code entry_facet_day_count} splits by. */
    public enum Facet {
        CHANNEL, LOCALITY
    }

    /**
     * One row of the day counts ({@code facet} null) or of the facet counts (the facet and its
     * value); the plain rows sort first, so every writer locks the rows in one order.
     */
    public record Key(Facet facet, String value, long themeId, long serviceId, LocalDate day, int slot) implements Comparable<Key> {

        public Key(long themeId, long serviceId, LocalDate day, int slot) {
            this(null, "", themeId, serviceId, day, slot);
        }

        @Override
        public int compareTo(Key o) {
            int c = facet == o.facet ? 0 : facet == null ? -1 : o.facet == null ? 1 : facet.compareTo(o.facet);
            if (c == 0) {
                c = value.compareTo(o.value);
            }
            if (c == 0) {
                c = Long.compare(themeId, o.themeId);
            }
            if (c == 0) {
                c = Long.compare(serviceId, o.serviceId);
            }
            if (c == 0) {
                c = day.compareTo(o.day);
            }
            return c != 0 ? c : Integer.compare(slot, o.slot);
        }
    }

    private final Map<Key, long[]> deltas = new TreeMap<>();

    private final long organisation;

    /** Counts of one organisation's entries (every row of the tables is one organisation's). */
    public DayCounts(long organisation) {
        this.organisation = organisation;
    }

    /**
     * Adds (sign +1) or takes away (sign -1) entry {@code entryId} as it is or was, with its channel and
     * locality (either may be null: the entry has none).
     */
    public DayCounts add(long entryId, long serviceId, LocalDate day, Collection<Theme> themes, int people, Enum<?> channel, Enum<?> locality,
                         int sign) {
        Set<Long> rolledUp = rolledUp(themes);
        int slot = slotOf(entryId);
        bumpAll(null, "", serviceId, day, slot, rolledUp, people, sign);
        if (channel != null) {
            bumpAll(Facet.CHANNEL, channel.name(), serviceId, day, slot, rolledUp, people, sign);
        }
        if (locality != null) {
            bumpAll(Facet.LOCALITY, locality.name(), serviceId, day, slot, rolledUp, people, sign);
        }
        return this;
    }

    /** Adds (sign +1) or takes away (sign -1) an entry as it is now. */
    public DayCounts add(org.ecdp.logging.entry.entity.Entry entry, int sign) {
        return add(entry.getId(), entry, sign);
    }

    /** As {@link #add(org.ecdp.logging.entry.entity.Entry, int)}, for an entry written by plain SQL as {@code id}. */
    public DayCounts add(long id, org.ecdp.logging.entry.entity.Entry entry, int sign) {
        return add(id, entry.getService().getId(), entry.getOccurredOn(), entry.getThemes(), entry.getPeopleCount(),
                entry.getChannel(), entry.getLocality(), sign);
    }

    /** The row an entry is counted in. */
    static int slotOf(long entryId) {
        return (int) Math.floorMod(entryId, (long) SLOTS);
    }

    private void bumpAll(Facet facet, String value, long serviceId, LocalDate day, int slot, Set<Long> themeIds, int people, int sign) {
        bump(new Key(facet, value, ALL_THEMES, serviceId, day, slot), people, sign);
        for (long themeId : themeIds) {
            bump(new Key(facet, value, themeId, serviceId, day, slot), people, sign);
        }
    }

    /** The themes an entry counts under: its own and their parents, each once. */
    static Set<Long> rolledUp(Collection<Theme> themes) {
        Set<Long> ids = new java.util.TreeSet<>();
        for (Theme theme : themes) {
            ids.add(theme.getId());
            if (theme.getParent() != null) {
                ids.add(theme.getParent().getId());
            }
        }
        return ids;
    }

    private void bump(Key key, int people, int sign) {
        long[] d = deltas.computeIfAbsent(key, k -> new long[2]);
        d[0] = Math.addExact(d[0], sign);
        d[1] = Math.addExact(d[1], (long) sign * people);
    }

    Map<Key, long[]> deltas() {
        return deltas;
    }

    /**
     * Writes the collected deltas on the caller's (transaction's) connection: the UPDATEs go as
     * one JDBC batch (one round trip on MySQL/MariaDB with {@code rewriteBatchedStatements}, which
     * matters for the import's thousands of rows), then each row that did not exist yet is inserted
     * on its own, so a concurrent insert of the same row is caught and retried as an UPDATE.
     */
    public void writeTo(Connection db) throws SQLException {
        List<Map.Entry<Key, long[]>> plain = new ArrayList<>();
        List<Map.Entry<Key, long[]>> faceted = new ArrayList<>();
        for (Map.Entry<Key, long[]> e : deltas.entrySet()) {
            if (e.getValue()[0] != 0 || e.getValue()[1] != 0) {
                (e.getKey().facet() == null ? plain : faceted).add(e);
            }
        }
        write(db, plain, false, organisation);
        write(db, faceted, true, organisation);
        deltas.clear();
    }

    private static final String UPDATE_DAY = "UPDATE entry_day_count SET entries = entries + ?, people = people + ?"
            + " WHERE theme_id = ? AND service_id = ? AND occurred_on = ? AND slot = ?";
    private static final String INSERT_DAY = "INSERT INTO entry_day_count (organisation_id, theme_id, service_id, occurred_on, slot, entries, people)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_FACET = "UPDATE entry_facet_day_count SET entries = entries + ?, people = people + ?"
            + " WHERE facet = ? AND facet_value = ? AND theme_id = ? AND service_id = ? AND occurred_on = ? AND slot = ?";
    private static final String INSERT_FACET = "INSERT INTO entry_facet_day_count (organisation_id, facet, facet_value, theme_id,"
            + " service_id, occurred_on, slot, entries, people) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static void write(Connection db, List<Map.Entry<Key, long[]>> changed, boolean facets, long organisation) throws SQLException {
        if (changed.isEmpty()) {
            return;
        }
        try (PreparedStatement update = db.prepareStatement(facets ? UPDATE_FACET : UPDATE_DAY);
             PreparedStatement insert = db.prepareStatement(facets ? INSERT_FACET : INSERT_DAY)) {
            int[] updated;
            if (changed.size() == 1) {
                bind(update, changed.get(0).getKey(), changed.get(0).getValue());
                updated = new int[] {update.executeUpdate()};
            } else {
                for (Map.Entry<Key, long[]> e : changed) {
                    bind(update, e.getKey(), e.getValue());
                    update.addBatch();
                }
                updated = update.executeBatch();
            }
            if (updated.length != changed.size()) {
                throw new SQLException("Day counts: " + changed.size() + " updates sent, " + updated.length + " answered");
            }
            for (int i = 0; i < updated.length; i++) {
                if (updated[i] < 0) {
                    throw new SQLException("Day counts: the driver did not say whether a row was updated (" + updated[i] + ")");
                }
                if (updated[i] == 0) {
                    Key k = changed.get(i).getKey();
                    long[] d = changed.get(i).getValue();
                    try {
                        int p = 1;
                        insert.setLong(p++, organisation);
                        if (facets) {
                            insert.setString(p++, k.facet().name());
                            insert.setString(p++, k.value());
                        }
                        insert.setLong(p++, k.themeId());
                        insert.setLong(p++, k.serviceId());
                        insert.setObject(p++, k.day());
                        insert.setInt(p++, k.slot());
                        insert.setLong(p++, d[0]);
                        insert.setLong(p, d[1]);
                        insert.executeUpdate();
                    } catch (SQLException raced) {
                        if (raced.getSQLState() == null || !raced.getSQLState().startsWith("23") || update(update, k, d) == 0) {
                            throw raced;
                        }
                    }
                }
            }
        }
    }

    /** How many rows of the table these deltas touch (the importer's memory stays bounded by this). */
    public int size() {
        return deltas.size();
    }

    private static int update(PreparedStatement update, Key k, long[] d) throws SQLException {
        bind(update, k, d);
        return update.executeUpdate();
    }

    private static void bind(PreparedStatement update, Key k, long[] d) throws SQLException {
        int p = 1;
        update.setLong(p++, d[0]);
        update.setLong(p++, d[1]);
        if (k.facet() != null) {
            update.setString(p++, k.facet().name());
            update.setString(p++, k.value());
        }
        update.setLong(p++, k.themeId());
        update.setLong(p++, k.serviceId());
        update.setObject(p++, k.day());
        update.setInt(p, k.slot());
    }

    /** A day's entries and people, as the day counts hold them. */
    public record DayTotal(LocalDate day, long entries, long people) {
    }

    /**
     * The one reading of the day counts: per day, latest first, the entries and people of a
     * theme (with its sub-themes; {@link #ALL_THEMES} for every entry) in some services (null for
     * every service) from {@code from} to {@code to} (either may be null), days with none left out.
     */
    public static List<DayTotal> perDay(EntityManager em, long organisation, long themeId, Collection<Long> serviceIds, LocalDate from, LocalDate to) {
        return perDay(em, organisation, null, null, themeId, serviceIds, from, to);
    }

    /**
     * As {@link #perDay(EntityManager, long, long, Collection, LocalDate, LocalDate)}, of the entries
     * with that channel or locality ({@code facet} null: whatever their channel and locality).
     */
    public static List<DayTotal> perDay(EntityManager em, long organisation, Facet facet, String value, long themeId,
                                        Collection<Long> serviceIds, LocalDate from, LocalDate to) {
        StringBuilder sql = new StringBuilder("SELECT occurred_on, SUM(entries), SUM(people) FROM ");
        List<Object> params = new ArrayList<>();
        params.add(organisation);
        if (facet == null) {
            sql.append("entry_day_count WHERE organisation_id = ?1 AND theme_id = ?2");
        } else {
            sql.append("entry_facet_day_count WHERE organisation_id = ?1 AND facet = ?2 AND facet_value = ?3 AND theme_id = ?4");
            params.add(facet.name());
            params.add(value);
        }
        params.add(themeId);
        int first = params.size();
        if (serviceIds != null) {
            if (serviceIds.isEmpty()) {
                return List.of();
            }
            sql.append(" AND service_id IN (");
            for (Long id : serviceIds) {
                params.add(id);
                sql.append(params.size() == first + 1 ? "" : ", ").append('?').append(params.size());
            }
            sql.append(')');
        }
        if (from != null) {
            params.add(from);
            sql.append(" AND occurred_on >= ?").append(params.size());
        }
        if (to != null) {
            params.add(to);
            sql.append(" AND occurred_on <= ?").append(params.size());
        }
        sql.append(" AND entries > 0 GROUP BY occurred_on ORDER BY occurred_on DESC");
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        List<?> rows = query.getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(row -> new DayTotal(row[0] instanceof LocalDate d ? d : ((java.sql.Date) row[0]).toLocalDate(),
                        ((Number) row[1]).longValue(), ((Number) row[2]).longValue()))
                .toList();
    }

    /** Recomputes the whole table from the entries, in the caller's transaction. */
    public static void rebuild(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            for (String sql : REBUILD) {
                s.executeUpdate(sql);
            }
        }
    }
}
