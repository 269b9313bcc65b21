package org.ecdp.logging.entry.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.ecdp.domain.entity.TransactionConnection;
import org.ecdp.domain.organisation.boundary.Tenancy;
import org.ecdp.logging.entry.entity.Entry;
import org.ecdp.logging.entry.entity.EntryRevision;
import org.ecdp.logging.theme.boundary.ThemeEntries;
import org.ecdp.logging.theme.entity.Theme;

/** The entries' side of a theme merge or move: re-pointing them and recounting the day counts. */
@ApplicationScoped
public class EntryThemeChanges implements ThemeEntries {

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Override
    public int repoint(Theme old, Theme survivor, String actor) {
        List<Entry> entries = em.createQuery("select e from Entry e join e.themes t where t = :t", Entry.class)
                .setParameter("t", old).getResultList();
        Instant now = Instant.now();
        for (Entry entry : entries) {
            entry.repointTheme(old, survivor);
            em.persist(new EntryRevision(entry.getId(), now, actor, EntryRevision.Kind.THEME_MERGED,
                    old.getCode() + " -> " + survivor.getCode() + "; " + entry.snapshot()));
        }
        try {
            Connection db = TransactionConnection.of(em);
            for (Entry entry : entries) {
                EntryThemeIndex.replace(db, tenancy.require(), entry);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not re-point the entries' rows per theme: " + e.getMessage(), e);
        }
        return entries.size();
    }

    @Override
    public void recount() {
        try {
            DayCounts.rebuild(TransactionConnection.of(em));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not recount the log after the theme change: " + e.getMessage(), e);
        }
    }
}
