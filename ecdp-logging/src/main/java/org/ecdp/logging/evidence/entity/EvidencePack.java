package org.ecdp.logging.evidence.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The numbers and words the organisation takes to government about a theme: how many
 * entries and people, across which services, localities and impairment groups, week by
 * week, and quotes the officer chose (checked again for personal data). When
 * {@code external}, every table has small cells suppressed. {@code themeIds} are the themes it
 * counts, sub-themes included: what a release for publication is checked against.
 */
public record EvidencePack(String title, List<String> themes, LocalDate from, LocalDate to, boolean external,
                           long entries, long people, int services,
                           Breakdown byService, Breakdown byLocality, Breakdown byImpairment,
                           List<Week> weeks, List<String> quotes, java.util.Set<Long> themeIds) implements Serializable {

    public EvidencePack {
        themeIds = themeIds == null ? java.util.Set.of() : java.util.Set.copyOf(themeIds);
    }

    /** One breakdown: labels with entries and people per label, suppressed as one table. */
    public record Breakdown(String heading, List<String> labels, SuppressedTable table) implements Serializable {

        public String entries(int i) {
            return table.cell(i, 0);
        }

        public String people(int i) {
            return table.cell(i, 1);
        }
    }

    public record Week(LocalDate monday, long entries, String shown) implements Serializable {

        /** Whether the week's count is suppressed (shown as "&lt;10" rather than its number). */
        public boolean hidden() {
            return !shown.equals(String.valueOf(entries));
        }
    }

    /** An entry the officer may quote: its date and its summary already redacted of personal data. */
    public record QuoteCandidate(long entryId, LocalDate occurredOn, String text) implements Serializable {
    }

    /** A download's file name saying what is in it: {@code evidence-transport-2026-10-01-to-2026-11-30.xlsx}. */
    public String fileName(String extension) {
        String slug = String.join("-", themes).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return "evidence-" + (slug.isEmpty() ? "" : slug + "-") + from + "-to-" + to + "." + extension;
    }

    public String entriesText() {
        return external && SuppressedTable.small(entries) ? SuppressedTable.HIDDEN : String.valueOf(entries);
    }

    public String peopleText() {
        return external && SuppressedTable.small(people) ? SuppressedTable.HIDDEN : String.valueOf(people);
    }

    /**
     * How many services heard the themes. Published like any other count: from 1 to 9 it is
     * "<10", and so is any count when the pack's own entries are under 10, since "2 services"
     * beside a hidden handful of entries narrows down who spoke.
     */
    public String servicesText() {
        return external && (SuppressedTable.small(services) || SuppressedTable.small(entries))
                ? SuppressedTable.HIDDEN : String.valueOf(services);
    }
}
