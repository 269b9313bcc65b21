package org.ecdp.domain.privacy.control;

import jakarta.inject.Inject;
import org.ecdp.domain.organisation.boundary.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The audit trail's part of an erasure and of retention. The trail is otherwise never changed,
 * but a record that quotes an erased person's reference in its target or detail would keep
 * them identifiable: the reference is replaced by {@code [erased]}, the rest of the record (who did
 * what, when) stays. A reference matches as a whole word only, so erasing {@code M-12} leaves
 * {@code M-123} alone.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditScrub {

    public static final String ERASED = "[erased]";

    @Inject
    Tenancy tenancy;

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    /** Replaces {@code ref} in every audit record that quotes it; returns the records changed. */
    public int scrub(String ref) {
        Pattern whole = wholeWord(ref);
        @SuppressWarnings("unchecked")
        List<Object[]> candidates = em.createNativeQuery(
                        "SELECT id, target, detail FROM audit_record WHERE " + tenancy.ownRows()
                                + " AND (UPPER(target) LIKE ? ESCAPE '!' OR UPPER(detail) LIKE ? ESCAPE '!')")
                .setParameter(1, like(ref)).setParameter(2, like(ref)).getResultList();
        int changed = 0;
        for (Object[] row : candidates) {
            String target = replace(whole, (String) row[1]);
            String detail = replace(whole, (String) row[2]);
            if (!same(target, row[1]) || !same(detail, row[2])) {
                changed += em.createNativeQuery("UPDATE audit_record SET target = ?, detail = ? WHERE id = ?")
                        .setParameter(1, target).setParameter(2, detail).setParameter(3, ((Number) row[0]).longValue())
                        .executeUpdate();
            }
        }
        return changed;
    }

    /** Deletes the audit records made before {@code before}. */
    public int deleteBefore(Instant before) {
        return em.createNativeQuery("DELETE FROM audit_record WHERE " + tenancy.ownRows() + " AND at < ?").setParameter(1, Timestamp.from(before)).executeUpdate();
    }

    public static Pattern wholeWord(String ref) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(ref) + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
    }

    public static String replace(Pattern whole, String text) {
        return text == null ? null : whole.matcher(text).replaceAll(ERASED);
    }

    private static boolean same(String a, Object b) {
        return a == null ? b == null : a.equals(b);
    }

    private static String like(String ref) {
        return "%" + ref.toUpperCase().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
