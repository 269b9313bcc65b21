package org.ecdp.logging.imports.control;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The log's services and themes as the old workbook may name them: by name or by code, case
 * and surrounding spaces ignored. A code wins over a name that happens to read the same. A
 * merged theme's old code and name resolve to the theme it was merged into, so a workbook
 * written before the merge still imports; a retired theme resolves but is not live.
 */
public final class KnownNames implements ServiceAndThemeResolver {

    private final Map<String, String> serviceByName = new HashMap<>();
    private final Map<String, String> serviceByCode = new HashMap<>();
    private final Map<String, ResolvedTheme> themeByName = new HashMap<>();
    private final Map<String, ResolvedTheme> themeByCode = new HashMap<>();

    public KnownNames service(String code, String name) {
        serviceByCode.put(key(code), code);
        serviceByName.put(key(name), code);
        return this;
    }

    /** A theme's own code and name, and what it means today (itself, or the theme it was merged into). */
    public KnownNames theme(String code, String name, String resolvedCode, boolean resolvedLive) {
        ResolvedTheme resolved = new ResolvedTheme(resolvedCode, resolvedLive);
        themeByCode.put(key(code), resolved);
        themeByName.putIfAbsent(key(name), resolved);
        return this;
    }

    @Override
    public Optional<String> serviceCode(String sheetName) {
        String key = key(sheetName);
        return Optional.ofNullable(serviceByCode.getOrDefault(key, serviceByName.get(key)));
    }

    @Override
    public Optional<ResolvedTheme> theme(String nameOrCode) {
        String key = key(nameOrCode);
        return Optional.ofNullable(themeByCode.getOrDefault(key, themeByName.get(key)));
    }

    private static String key(String text) {
        return text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    }
}
