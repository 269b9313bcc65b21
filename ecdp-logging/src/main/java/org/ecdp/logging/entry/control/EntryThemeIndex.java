package org.ecdp.logging.entry.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import org.ecdp.logging.entry.entity.Entry;
import org.ecdp.logging.entry.entity.EntryWord;
import org.ecdp.logging.theme.entity.Theme;

/**
 * An entry's rows per theme, while it is not deleted, with its date, service, channel and
 * locality: one per theme ({@code entry_theme_day}) and one per theme and word of its summary, as
 * {@link EntryWord#wordsOf} ({@code entry_theme_word}). A theme's entries, alone or with words,
 * are then one range of a table's key in date order, counted and paged without visiting the
 * entries ({@link ThemeSearch}).
 *
 * <p>Rows are written from the entry in hand, not copied with INSERT ... SELECT from the entry's
 * tables: on MariaDB that statement share-locks what it reads, gaps included, which concurrent
 * POSTs inserting the next entries would wait on. A deletion removes both kinds; the paths that
 * remove an entry's words (an erasure, the retention of summaries and of deleted entries: see
 * LogPersonalData) remove its words per theme, and its days per theme stay with the entry.
 */
public final class EntryThemeIndex implements AutoCloseable {

    static final String DAYS = "INSERT INTO entry_theme_day (organisation_id, theme_id, occurred_on, entry_id, service_id,"
            + " channel, locality) VALUES (?, ?, ?, ?, ?, ?, ?)";

    static final String WORDS = "INSERT INTO entry_theme_word (organisation_id, theme_id, occurred_on, entry_id, service_id,"
            + " channel, locality, word) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private final PreparedStatement days;
    private final PreparedStatement words;

    private EntryThemeIndex(PreparedStatement days, PreparedStatement words) {
        this.days = days;
        this.words = words;
    }

    /** The statements {@link #add(long, long, Entry)} fills, for a batch written by {@link #write()}. */
    public static EntryThemeIndex open(Connection db) throws SQLException {
        PreparedStatement days = db.prepareStatement(DAYS);
        try {
            return new EntryThemeIndex(days, db.prepareStatement(WORDS));
        } catch (SQLException e) {
            days.close();
            throw e;
        }
    }

    /** Adds the rows of a stored entry to the batch; none for a deleted entry. */
    public void add(long organisation, long entryId, Entry entry) throws SQLException {
        if (entry.isDeleted()) {
            return;
        }
        for (Theme theme : entry.getThemes()) {
            fill(days, organisation, theme, entryId, entry);
            days.addBatch();
            for (String word : EntryWord.wordsOf(entry.getSummary())) {
                fill(words, organisation, theme, entryId, entry);
                words.setString(8, word);
                words.addBatch();
            }
        }
    }

    /** Writes the rows added since the last write. */
    public void write() throws SQLException {
        days.executeBatch();
        words.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        try {
            days.close();
        } finally {
            words.close();
        }
    }

    /** Writes the rows of a just stored entry. */
    public static void add(Connection db, long organisation, Entry entry) throws SQLException {
        try (EntryThemeIndex index = open(db)) {
            index.add(organisation, entry.getId(), entry);
            index.write();
        }
    }

    /** Writes the rows of a changed entry again (its words, themes, date, channel or locality may have changed). */
    public static void replace(Connection db, long organisation, Entry entry) throws SQLException {
        remove(db, entry.getId());
        add(db, organisation, entry);
    }

    /** Removes an entry's rows, both kinds. */
    public static void remove(Connection db, long entryId) throws SQLException {
        remove(db, "entry_theme_day", entryId);
        remove(db, "entry_theme_word", entryId);
    }

    /**
     * Removes an entry's rows of one table. Only when it has some: on MariaDB a delete that finds
     * nothing locks the gap, on which the next entries' inserts would then wait.
     */
    private static void remove(Connection db, String table, long entryId) throws SQLException {
        try (PreparedStatement any = db.prepareStatement("SELECT 1 FROM " + table + " WHERE entry_id = ?")) {
            any.setLong(1, entryId);
            any.setMaxRows(1);
            try (ResultSet rs = any.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
            }
        }
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM " + table + " WHERE entry_id = ?")) {
            delete.setLong(1, entryId);
            delete.executeUpdate();
        }
    }

    private static void fill(PreparedStatement insert, long organisation, Theme theme, long entryId, Entry entry) throws SQLException {
        insert.setLong(1, organisation);
        insert.setLong(2, theme.getId());
        insert.setObject(3, entry.getOccurredOn());
        insert.setLong(4, entryId);
        insert.setLong(5, entry.getService().getId());
        setName(insert, 6, entry.getChannel());
        setName(insert, 7, entry.getLocality());
    }

    private static void setName(PreparedStatement statement, int index, Enum<?> value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value.name());
        }
    }
}
