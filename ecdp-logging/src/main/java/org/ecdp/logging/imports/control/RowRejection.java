package org.ecdp.logging.imports.control;

/**
 * Why one field of one row of the workbook cannot be imported, with the sheet and the row
 * number as Excel shows them, so the officer can find and fix it (the API's
 * {@code rejected[]} item).
 */
public record RowRejection(String sheet, int row, String field, String message) implements java.io.Serializable {
}
