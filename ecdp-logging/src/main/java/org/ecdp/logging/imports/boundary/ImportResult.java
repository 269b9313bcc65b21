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
}
