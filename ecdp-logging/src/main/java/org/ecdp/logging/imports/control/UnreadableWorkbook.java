package org.ecdp.logging.imports.control;

import java.util.Optional;

/**
 * The whole file is refused before any row counts: it is not an .xlsx workbook, it is locked
 * with a password, it unpacks to far more than it weighs (a zip bomb), a sheet names no known
 * service, or a sheet lacks a required column. The message says what to do about it.
 */
public class UnreadableWorkbook extends RuntimeException {

    public enum Reason {
        NOT_XLSX, OLD_XLS_FORMAT, PASSWORD_PROTECTED, ZIP_BOMB, DAMAGED, TOO_LARGE, UNKNOWN_SERVICE_SHEET, MISSING_COLUMN
    }

    private final Reason reason;
    private final String sheet;

    public UnreadableWorkbook(Reason reason, String sheet, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.sheet = sheet;
    }

    public UnreadableWorkbook(Reason reason, String message) {
        this(reason, null, message, null);
    }

    public Reason reason() {
        return reason;
    }

    /** The sheet at fault, for the sheet-level reasons. */
    public Optional<String> sheet() {
        return Optional.ofNullable(sheet);
    }
}
