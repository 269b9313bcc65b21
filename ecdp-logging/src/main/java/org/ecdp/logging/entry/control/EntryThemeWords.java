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
 * The search words per theme ({@code entry_theme_word}): each word of an entry's summary (as
 * {@link EntryWord#wordsOf}) once for each of its themes, with its date, service, channel and
 * locality, while the entry is not deleted. Words combined with a theme are then one range of the
 * table's key, counted and paged without visiting the entries ({@link ThemeWordSearch}).
 *
 * <p>Rows are written from the entry in hand, not copied with INSERT ... SELECT from the entry's
 * tables: on MariaDB that statement share-locks what it reads, gaps included, which concurrent
 * POSTs inserting the next entries would wait on. Every path that removes an entry's words removes
 * these rows too (an erasure, the retention of summaries and of deleted entries: see
 * LogPersonalData), and so does a deletion.
 */
public final class EntryThemeWords {

    static final String INSERT = "INSERT INTO entry_theme_word (organisation_id, theme_id, word, occurred_on, entry_id, service_id,"
            + " channel, locality) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private EntryThemeWords() {
    }

    /** The statement {@link #add(PreparedStatement, long, long, Entry)} fills, for a batch. */
    public static PreparedStatement insert(Connection db) throws SQLException {
        return db.prepareStatement(INSERT);
    }

    /** Adds the rows of a stored entry to the batch of {@code insert}; none for a deleted entry. */
    public static void add(PreparedStatement insert, long organisation, long entryId, Entry entry) throws SQLException {
        if (entry.isDeleted()) {
            return;
        }
        for (Theme theme : entry.getThemes()) {
            for (String word : EntryWord.wordsOf(entry.getSummary())) {
                insert.setLong(1, organisation);
                insert.setLong(2, theme.getId());
                insert.setString(3, word);
                insert.setObject(4, entry.getOccurredOn());
                insert.setLong(5, entryId);
                insert.setLong(6, entry.getService().getId());
                setName(insert, 7, entry.getChannel());
                setName(insert, 8, entry.getLocality());
                insert.addBatch();
            }
        }
    }

    /** Writes the rows of a just stored entry. */
    public static void add(Connection db, long organisation, Entry entry) throws SQLException {
        try (PreparedStatement insert = insert(db)) {
            add(insert, organisation, entry.getId(), entry);
            insert.executeBatch();
        }
    }

    /** Writes the rows of a changed entry again (its words, themes, date, channel or locality may have changed). */
    public static void replace(Connection db, long organisation, Entry entry) throws SQLException {
        remove(db, entry.getId());
        add(db, organisation, entry);
    }

    /**
     * Removes an entry's rows. Only when it has some: on MariaDB a delete that finds nothing locks
     * the gap, on which the next entries' inserts would then wait.
     */
    public static void remove(Connection db, long entryId) throws SQLException {
        try (PreparedStatement any = db.prepareStatement("SELECT 1 FROM entry_theme_word WHERE entry_id = ?")) {
            any.setLong(1, entryId);
            any.setMaxRows(1);
            try (ResultSet rs = any.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
            }
        }
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM entry_theme_word WHERE entry_id = ?")) {
            delete.setLong(1, entryId);
            delete.executeUpdate();
        }
    }

    private static void setName(PreparedStatement statement, int index, Enum<?> value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value.name());
        }
    }
}
