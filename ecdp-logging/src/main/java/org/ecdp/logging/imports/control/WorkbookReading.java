package org.ecdp.logging.imports.control;

import java.util.List;

/**
 * Everything read from one workbook: the rows that would be imported and the rows that cannot
 * be. The import is all-or-nothing, so the workbook is importable only with no rejection.
 */
public record WorkbookReading(List<CandidateEntry> candidates, List<RowRejection> rejections) {

    public WorkbookReading {
        candidates = List.copyOf(candidates);
        rejections = List.copyOf(rejections);
    }

    public boolean importable() {
        return rejections.isEmpty();
    }
}
