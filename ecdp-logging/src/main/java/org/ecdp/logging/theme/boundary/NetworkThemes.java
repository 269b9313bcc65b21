package org.ecdp.logging.theme.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.event.OrganisationOpened;
import org.ecdp.domain.organisation.boundary.Tenancy;
import org.ecdp.domain.organisation.entity.Organisation;
import org.ecdp.logging.theme.entity.NetworkTheme;
import org.ecdp.logging.theme.entity.Theme;

/**
 * The network's shared themes: what every user may read, and what a new organisation starts
 * with (a theme of its own for each, with the same code and name, mapped to it), so that its
 * staff can log on their first day and its counts pool with everyone else's.
 */
@ApplicationScoped
@Transactional
public class NetworkThemes {

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    /** Parents first, then by code. */
    public List<NetworkTheme> all() {
        return em.createQuery("select t from NetworkTheme t", NetworkTheme.class).getResultList().stream()
                .sorted(Comparator.comparing((NetworkTheme t) -> t.getParentCode() != null).thenComparing(NetworkTheme::getCode))
                .toList();
    }

    public boolean exists(String code) {
        return code != null && em.find(NetworkTheme.class, code) != null;
    }

    /**
     * The host's themes are the network's: a theme the host creates becomes a network theme (same
     * code, name and parent) and is counted under itself. Another organisation's theme is left as it is.
     */
    public void adoptIfHost(Theme theme) {
        if (tenancy.require() != Organisation.HOST) {
            return;
        }
        if (em.find(NetworkTheme.class, theme.getCode()) == null) {
            em.persist(new NetworkTheme(theme.getCode(), theme.getName(), theme.getParentCode()));
        }
        theme.mapToNetworkTheme(theme.getCode());
    }

    /**
     * A host theme renamed or moved: the network theme it stands for (the one of its code) takes
     * its name and parent, as the host's theme list reads. Another organisation's renames and
     * moves stay its own: its themes keep their names there and their mapping to the network's.
     */
    public void followIfHost(Theme theme) {
        if (tenancy.require() != Organisation.HOST || !theme.getCode().equals(theme.getNetworkTheme())) {
            return;
        }
        NetworkTheme shared = em.find(NetworkTheme.class, theme.getCode());
        if (shared != null) {
            shared.follow(theme.getName(), theme.getParent() == null ? null : theme.getParent().getNetworkTheme());
        }
    }

    /** A new organisation's own themes, one per network theme, in the organisation's first transaction. */
    void open(@Observes OrganisationOpened opened) {
        Map<String, Theme> made = new HashMap<>();
        for (NetworkTheme shared : all()) {
            Theme parent = shared.getParentCode() == null ? null : made.get(shared.getParentCode());
            Theme own = new Theme(shared.getCode(), shared.getName(), parent);
            own.mapToNetworkTheme(shared.getCode());
            em.persist(own);
            made.put(shared.getCode(), own);
        }
    }
}
