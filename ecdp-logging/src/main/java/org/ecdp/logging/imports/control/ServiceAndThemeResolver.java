package org.ecdp.logging.imports.control;

import java.util.Optional;

/**
 * What the importer asks the log about names typed in the old workbook. Both lookups take a
 * name or a code and ignore case; a theme's old code after a merge resolves to the theme it
 * was merged into.
 */
public interface ServiceAndThemeResolver {

    /** The service a sheet belongs to, from the sheet's name (service name or code). */
    Optional<String> serviceCode(String sheetName);

    /** The theme a workbook cell names, whether live or retired. */
    Optional<ResolvedTheme> theme(String nameOrCode);

    /** A theme as the importer sees it: its code, and whether staff may still log against it. */
    record ResolvedTheme(String code, boolean live) {
    }
}
