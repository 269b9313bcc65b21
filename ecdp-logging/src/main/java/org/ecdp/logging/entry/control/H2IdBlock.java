package org.ecdp.logging.entry.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * A block of ids for rows the import writes into a table with an identity column on H2, handed
 * out highest first.
 * <p>
 * Why: H2 2.2 (the version Payara Micro ships) in MODE=LEGACY moves a table's identity sequence
 * for every row inserted, generated id or not, and records the sequence each time in a
 * transaction of its own (H2 issue 3950, fixed in H2 2.3.230). The portal writes every commit at
 * once ({@code WRITE_DELAY=0}, see the data source), and each commit stores every page changed
 * since the last one, the open import's uncommitted rows included: four stores per imported
 * entry (two for its row, two for its revision's), which took a workbook of 100,000 rows many
 * minutes and gigabytes of file. An explicit id
 * below the sequence's next value leaves the sequence alone; the highest id of the block, inserted
 * first, moves it past the block once, so every later generated id (another user's entry, logged
 * meanwhile) is above the block.
 * <p>
 * The block starts {@link #MARGIN} above the sequence's next value as read, so ids another
 * session takes between that reading and the first insert do not meet it. Should one all the
 * same, the insert fails on the primary key and the import rolls back whole; nothing is lost. The
 * skipped ids only mean gaps, which ids never promised not to have.
 */
final class H2IdBlock {

    /** Ids left between the sequence's next value as read and the block. */
    static final long MARGIN = 100;

    private long next;
    private final long lowest;

    private H2IdBlock(long lowest, long highest) {
        this.lowest = lowest;
        this.next = highest;
    }

    static boolean isH2(Connection db) throws SQLException {
        return db.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
    }

    /** {@code size} ids of {@code table}'s identity column (upper case, as H2 names it), not yet handed out. */
    static H2IdBlock reserve(Connection db, String table, int size) throws SQLException {
        try (PreparedStatement base = db.prepareStatement("SELECT IDENTITY_BASE FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ? AND IS_IDENTITY = 'YES'")) {
            base.setString(1, table);
            try (ResultSet rs = base.executeQuery()) {
                if (!rs.next() || rs.getObject(1) == null) {
                    throw new SQLException("No identity column to take ids from in " + table);
                }
                long lowest = rs.getLong(1) + MARGIN;
                return new H2IdBlock(lowest, lowest + size - 1);
            }
        }
    }

    /** The next id, from the highest down. */
    long next() throws SQLException {
        if (next < lowest) {
            throw new SQLException("The block of ids is used up");
        }
        return next--;
    }
}
