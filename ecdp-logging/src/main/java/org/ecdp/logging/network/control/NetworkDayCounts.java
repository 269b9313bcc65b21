package org.ecdp.logging.network.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecdp.logging.network.entity.OrganisationDay;

/**
 * The one cross-organisation reading of the log, on purpose and in plain SQL (the tenant
 * discriminator would keep it to one organisation): per organisation that shares aggregates and
 * per day, how many of its live entries count under a network theme. Only counts are selected,
 * never an entry's words, person or author.
 *
 * <p>An organisation's entries under network theme X are those with a theme mapped to X or a
 * sub-theme of such a theme, each entry once. The day counts already hold a theme with its
 * sub-themes (each entry once), so the organisation's <em>top</em> themes mapped to X (whose
 * parent is not mapped to X) are summed. Two top themes would count an entry tagged with both
 * twice, so an organisation with more than one is counted from its entries instead
 * ({@code COUNT(DISTINCT)}), which is exact whatever the mapping.
 */
public final class NetworkDayCounts {

    /** An organisation's themes mapped to the network theme whose parent is not (?1: the network theme). */
    private static final String TOP_THEMES = "SELECT t.organisation_id, t.id FROM theme t"
            + " JOIN organisation o ON o.id = t.organisation_id"
            + " LEFT JOIN theme p ON p.id = t.parent_id"
            + " WHERE o.shares_aggregates = TRUE AND t.network_theme = ?1"
            + " AND (p.id IS NULL OR p.network_theme IS NULL OR p.network_theme <> ?1)";

    private NetworkDayCounts() {
    }

    /** Every sharing organisation's entries under {@code networkTheme} per day in [first, last], days with none left out. */
    public static List<OrganisationDay> perDay(EntityManager em, String networkTheme, LocalDate first, LocalDate last) {
        Map<Long, List<Long>> tops = new HashMap<>();
        for (Object r : em.createNativeQuery(TOP_THEMES).setParameter(1, networkTheme).getResultList()) {
            Object[] row = (Object[]) r;
            tops.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>()).add(((Number) row[1]).longValue());
        }
        List<Long> oneTheme = new ArrayList<>();
        List<Long> severalOrganisations = new ArrayList<>();
        tops.forEach((organisation, themes) -> {
            if (themes.size() == 1) {
                oneTheme.add(themes.get(0));
            } else {
                severalOrganisations.add(organisation);
            }
        });
        List<OrganisationDay> days = new ArrayList<>();
        if (!oneTheme.isEmpty()) {
            days.addAll(read(em.createNativeQuery("SELECT d.organisation_id, d.occurred_on, SUM(d.entries) FROM entry_day_count d"
                    + " JOIN theme t ON t.id = d.theme_id AND t.organisation_id = d.organisation_id"
                    + " JOIN organisation o ON o.id = d.organisation_id"
                    + " WHERE o.shares_aggregates = TRUE AND d.theme_id IN (" + placeholders(4, oneTheme.size()) + ")"
                    + " AND t.network_theme = ?1 AND d.occurred_on BETWEEN ?2 AND ?3 AND d.entries > 0"
                    + " GROUP BY d.organisation_id, d.occurred_on"), networkTheme, first, last, oneTheme));
        }
        if (!severalOrganisations.isEmpty()) {
            days.addAll(read(em.createNativeQuery("SELECT e.organisation_id, e.occurred_on, COUNT(DISTINCT e.id) FROM log_entry e"
                    + " JOIN organisation o ON o.id = e.organisation_id"
                    + " JOIN entry_theme et ON et.entry_id = e.id"
                    + " JOIN theme t ON t.id = et.theme_id AND t.organisation_id = e.organisation_id"
                    + " LEFT JOIN theme p ON p.id = t.parent_id"
                    + " WHERE o.shares_aggregates = TRUE AND e.deleted = FALSE"
                    + " AND e.organisation_id IN (" + placeholders(4, severalOrganisations.size()) + ")"
                    + " AND (t.network_theme = ?1 OR p.network_theme = ?1) AND e.occurred_on BETWEEN ?2 AND ?3"
                    + " GROUP BY e.organisation_id, e.occurred_on"), networkTheme, first, last, severalOrganisations));
        }
        return days;
    }

    /** The day of the earliest entry any sharing organisation counts under {@code networkTheme}, if any. */
    public static java.util.Optional<LocalDate> firstDay(EntityManager em, String networkTheme) {
        Object first = em.createNativeQuery("SELECT MIN(d.occurred_on) FROM entry_day_count d"
                        + " JOIN theme t ON t.id = d.theme_id AND t.organisation_id = d.organisation_id"
                        + " JOIN organisation o ON o.id = d.organisation_id"
                        + " LEFT JOIN theme p ON p.id = t.parent_id"
                        + " WHERE o.shares_aggregates = TRUE AND (t.network_theme = ?1 OR p.network_theme = ?1) AND d.entries > 0")
                .setParameter(1, networkTheme).getSingleResult();
        return java.util.Optional.ofNullable(first == null ? null : first instanceof LocalDate d ? d : ((java.sql.Date) first).toLocalDate());
    }

    private static List<OrganisationDay> read(Query query, String networkTheme, LocalDate first, LocalDate last, List<Long> ids) {
        query.setParameter(1, networkTheme).setParameter(2, first).setParameter(3, last);
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(4 + i, ids.get(i));
        }
        List<OrganisationDay> days = new ArrayList<>();
        for (Object r : query.getResultList()) {
            Object[] row = (Object[]) r;
            LocalDate day = row[1] instanceof LocalDate d ? d : ((java.sql.Date) row[1]).toLocalDate();
            days.add(new OrganisationDay(((Number) row[0]).longValue(), day, ((Number) row[2]).longValue()));
        }
        return days;
    }

    private static String placeholders(int first, int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append(i == 0 ? "" : ", ").append('?').append(first + i);
        }
        return s.toString();
    }
}
