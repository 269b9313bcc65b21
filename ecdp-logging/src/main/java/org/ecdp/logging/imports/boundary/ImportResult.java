package org.ecdp.logging.imports.boundary;

import java.util.List;
import org.ecdp.logging.imports.control.RowRejection;

/**
 * What an import did, or (dry run) would do. {@code imported} is 0 whenever a row is
 * rejected: the import is all-or-nothing. {@code valid} counts rows that passed every check
 * and {@code alreadyInLog} those among them imported before (skipped, never duplicated).
 */
public record ImportResult(boolean dryRun, int imported, int valid, int alreadyInLog, List<RowRejection> rejected)
        implements java.io.Serializable {

    public ImportResult {
        rejected = List.copyOf(rejected);
    }

    public boolean refused() {
        return !rejected.isEmpty();
    }

    /** What an import that was not refused did to the log, in words, for the workbook {@code fileName}. */
    public String told(String fileName) {
        return imported == 0
                ? "Nothing was imported from " + fileName + ": all " + alreadyInLog + " of its rows were already in the log."
                : imported + " entries imported from " + fileName
                        + (alreadyInLog > 0 ? "; " + alreadyInLog + " rows were already in the log and were skipped." : ".");
    }
}
