package org.ecdp.logging.entry.control;

import org.ecdp.logging.entry.entity.EntryWord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * A theme's entries, answered from the rows per theme ({@link EntryThemeIndex}) alone. Without
 * words, from {@code entry_theme_day}: each theme of the family is one range of its key. With
 * words, from {@code entry_theme_word}: entries whose summary has every word (as a prefix of one
 * of its words); the longest word picks the rows (the search's (theme, word) pairs are first
 * looked up in the key: most searches match one word of one theme), the others are checked per
 * entry in {@code entry_word}. For one range the total is one range count and a page one range
 * read backwards by date; for a few, each range is read in date order as far as the page and
 * merged; an entry in several ranges is counted once.
 *
 * @param themes the theme and its sub-themes (ids)
 * @param words the search words, lower-cased and folded; none for the theme's entries alone
 * @param services the service ids the list covers, or null for every one
 */
public record ThemeSearch(long organisation, List<Long> themes, List<String> words, LocalDate from, LocalDate to,
                              List<Long> services, String channel, String locality) {

    /** Beyond this many ranges a page is one query that sorts the matches. */
    static final int MAX_PAIRS = 16;

    /** One range of the key: a theme, and with words the word found for the first. */
    private record Pair(long theme, String word) {
    }

    private record Row(LocalDate day, long id) {
    }

    private static final Comparator<Row> LATEST_FIRST = Comparator.comparing(Row::day).thenComparingLong(Row::id).reversed();

    public ThemeSearch {
        themes = List.copyOf(themes);
        words = new ArrayList<>(words);
        words.sort(Comparator.comparingInt(String::length).reversed());
        words = List.copyOf(words);
        services = services == null ? null : List.copyOf(services);
    }

    /** The same search within other dates (the days a page lies on). */
    public ThemeSearch within(LocalDate from, LocalDate to) {
        return new ThemeSearch(organisation, themes, words, from, to, services, channel, locality);
    }

    private String table() {
        return words.isEmpty() ? "entry_theme_day" : "entry_theme_word";
    }

    /** How many entries match. */
    public long count(Connection db) throws SQLException {
        List<Pair> pairs = pairs(db);
        if (pairs.isEmpty()) {
            return 0;
        }
        boolean one = pairs.size() == 1;
        List<Object> params = new ArrayList<>();
        String sql = (one ? "SELECT COUNT(*)" : "SELECT COUNT(DISTINCT x.entry_id)") + " FROM " + table() + " x"
                + where(one ? pairs.get(0) : null, params);
        try (PreparedStatement select = prepare(db, sql, params); ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The ids of the entries from {@code first} on, at most {@code max}, latest first (by date, then id). */
    public List<Long> page(Connection db, int first, int max) throws SQLException {
        List<Pair> pairs = pairs(db);
        if (pairs.isEmpty()) {
            return List.of();
        }
        if (pairs.size() == 1 || pairs.size() > MAX_PAIRS) {
            Pair only = pairs.size() == 1 ? pairs.get(0) : null;
            List<Object> params = new ArrayList<>();
            String sql = "SELECT x.occurred_on, x.entry_id FROM " + table() + " x" + where(only, params)
                    + (only == null ? " GROUP BY x.occurred_on, x.entry_id" : "")
                    + " ORDER BY x.occurred_on DESC, x.entry_id DESC LIMIT " + max + " OFFSET " + first;
            return rows(db, sql, params, max).stream().map(Row::id).toList();
        }
        // each pair's range in date order as far as the page reaches, merged: an entry found by
        // several pairs has the same date in each, so it is kept once
        TreeMap<Row, Boolean> merged = new TreeMap<>(LATEST_FIRST);
        for (Pair pair : pairs) {
            List<Object> params = new ArrayList<>();
            String sql = "SELECT x.occurred_on, x.entry_id FROM " + table() + " x" + where(pair, params)
                    + " ORDER BY x.occurred_on DESC, x.entry_id DESC LIMIT " + (first + max);
            rows(db, sql, params, first + max).forEach(r -> merged.put(r, Boolean.TRUE));
        }
        List<Row> sorted = new ArrayList<>(merged.keySet());
        return first >= sorted.size() ? List.of()
                : sorted.subList(first, Math.min(sorted.size(), first + max)).stream().map(Row::id).toList();
    }

    /**
     * The ranges: each theme without words; with words the (theme, word) pairs the first word can
     * match, from the key alone (more than {@link #MAX_PAIRS} are not listed).
     */
    private List<Pair> pairs(Connection db) throws SQLException {
        if (words.isEmpty()) {
            return themes.stream().map(theme -> new Pair(theme, null)).toList();
        }
        List<Object> params = new ArrayList<>();
        // the organisation in the list too: then MariaDB jumps from pair to pair in the key (a loose
        // index scan, "Using index for group-by") instead of reading every row of the pairs
        StringBuilder sql = new StringBuilder("SELECT DISTINCT x.organisation_id, x.theme_id, x.word FROM entry_theme_word x"
                + " WHERE x.organisation_id = ?");
        params.add(organisation);
        sql.append(" AND x.theme_id IN (").append(marks(themes.size())).append(") AND x.word LIKE ?");
        params.addAll(themes);
        params.add(EntryWord.prefixPattern(words.get(0)));
        List<Pair> pairs = new ArrayList<>();
        try (PreparedStatement select = prepare(db, sql.toString(), params)) {
            select.setMaxRows(MAX_PAIRS + 1);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    pairs.add(new Pair(rs.getLong(2), rs.getString(3)));
                }
            }
        }
        return pairs;
    }

    /**
     * The conditions: one range's equalities (then the rows are in date order) or the themes (and
     * the first word's prefix); the other words, dates, services, channel and locality.
     */
    private String where(Pair pair, List<Object> params) {
        StringBuilder where = new StringBuilder(" WHERE x.organisation_id = ?");
        params.add(organisation);
        if (pair != null) {
            where.append(" AND x.theme_id = ?");
            params.add(pair.theme());
        } else {
            where.append(" AND x.theme_id IN (").append(marks(themes.size())).append(")");
            params.addAll(themes);
        }
        if (!words.isEmpty()) {
            if (pair != null) {
                where.append(" AND x.word = ?");
                params.add(pair.word());
            }
            // the prefix as well: the pair's word equals the one found under the column's collation
            where.append(" AND x.word LIKE ?");
            params.add(EntryWord.prefixPattern(words.get(0)));
        }
        if (from != null) {
            where.append(" AND x.occurred_on >= ?");
            params.add(from);
        }
        if (to != null) {
            where.append(" AND x.occurred_on <= ?");
            params.add(to);
        }
        if (services != null) {
            where.append(services.isEmpty() ? " AND 1 = 0" : " AND x.service_id IN (" + marks(services.size()) + ")");
            params.addAll(services);
        }
        if (channel != null) {
            where.append(" AND x.channel = ?");
            params.add(channel);
        }
        if (locality != null) {
            where.append(" AND x.locality = ?");
            params.add(locality);
        }
        for (String word : words.isEmpty() ? List.<String>of() : words.subList(1, words.size())) {
            where.append(" AND EXISTS (SELECT 1 FROM entry_word w WHERE w.entry_id = x.entry_id AND w.word LIKE ?)");
            params.add(EntryWord.prefixPattern(word));
        }
        return where.toString();
    }

    private static List<Row> rows(Connection db, String sql, List<Object> params, int max) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = prepare(db, sql, params)) {
            select.setMaxRows(max);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getObject(1, LocalDate.class), rs.getLong(2)));
                }
            }
        }
        return rows;
    }

    private static PreparedStatement prepare(Connection db, String sql, List<Object> params) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        try {
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
        return statement;
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
