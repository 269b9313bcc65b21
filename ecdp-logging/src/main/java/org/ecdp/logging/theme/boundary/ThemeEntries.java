package org.ecdp.logging.theme.boundary;

import org.ecdp.logging.theme.entity.Theme;

/**
 * What the log's entries do when the theme list changes. Entries know their themes, so themes must
 * not know entries: the entry component implements this ({@code entry.control.EntryThemeChanges}) and
 * {@link Themes} calls it in its own transaction.
 */
public interface ThemeEntries {

    /** Re-points every entry of {@code old} to {@code survivor}, each keeping a revision that says so; how many. */
    int repoint(Theme old, Theme survivor, String actor);

    /** Recomputes the day counts after a theme moved or merged, in the caller's transaction. */
    void recount();
}
