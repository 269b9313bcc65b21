package org.ecdp.logging.imports.control;

/**
 * Receives rows as the workbook is streamed, in sheet then row order, so that a caller can
 * validate or stage a large workbook without holding it all.
 */
public interface ImportRowSink {

    void candidate(CandidateEntry entry);

    void rejected(RowRejection rejection);
}
