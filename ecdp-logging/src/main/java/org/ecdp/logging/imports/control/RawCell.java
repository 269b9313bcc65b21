package org.ecdp.logging.imports.control;

/**
 * A cell as it stands in the sheet XML: its type attribute ({@code s} shared string,
 * {@code inlineStr}, {@code str} formula text, {@code b}, {@code e}, {@code d}, or null/{@code n}
 * for a number), its style index, whether it has a formula, and its raw value.
 */
record RawCell(String type, int style, boolean formula, String value) {
}
