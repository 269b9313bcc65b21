/**
 * Import of the old lived experience workbook (one sheet per service): a streaming reader
 * that turns each row into a candidate entry or a rejection naming sheet, row and field,
 * and refuses whole files that cannot be trusted. Nothing here writes: the boundary imports
 * the candidates all-or-nothing, skipping fingerprints already imported.
 */
package org.ecdp.logging.imports.control;
