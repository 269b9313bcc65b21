package org.ecdp.domain.entity;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

/** What a failure from the database was, read from the SQLState of any of its causes. */
public final class SqlFailures {

    private SqlFailures() {
    }

    /**
     * The database chose this transaction as the one to roll back (SQLState class 40: deadlock,
     * serialisation failure). Nothing of it was kept, so it may be made again.
     */
    public static boolean gaveWay(Throwable thrown) {
        return anyCause(thrown, "40");
    }

    /** A unique or other integrity constraint refused the write (SQLState class 23). */
    public static boolean isDuplicateKey(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return anyCause(thrown, "23");
    }

    private static boolean anyCause(Throwable thrown, String stateClass) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith(stateClass)) {
                return true;
            }
        }
        return false;
    }
}
