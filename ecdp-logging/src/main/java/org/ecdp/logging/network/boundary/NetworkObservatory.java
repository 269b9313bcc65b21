package org.ecdp.logging.network.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.ecdp.domain.organisation.boundary.Organisations;
import org.ecdp.domain.organisation.boundary.Tenancy;
import org.ecdp.domain.organisation.entity.Organisation;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.logging.network.control.NetworkDayCounts;
import org.ecdp.logging.network.control.Pooling;
import org.ecdp.logging.network.entity.OrganisationDay;
import org.ecdp.logging.network.entity.PooledDetections;
import org.ecdp.logging.network.entity.PooledPeriod;
import org.ecdp.logging.theme.boundary.NetworkThemes;
import org.ecdp.logging.trend.boundary.Trends;
import org.ecdp.logging.trend.control.Periods;
import org.ecdp.logging.trend.entity.DetectionSettings;
import org.ecdp.logging.trend.entity.Interval;

/**
 * The observatory: a network theme's entries pooled over every organisation that shares
 * aggregates, and the same spike detection an organisation runs on its own series, run on the
 * pool. Only counts leave here (with each organisation's part, for the publication rule the door
 * applies), never an entry. Who may ask: the network admin, and an officer of an organisation that
 * shares aggregates (one that keeps its counts to itself gets nothing of the others' either).
 */
@ApplicationScoped
@Transactional
public class NetworkObservatory {

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    Organisations organisations;

    @Inject
    NetworkThemes networkThemes;

    @Inject
    Caller caller;

    /**
     * The pooled series of {@code networkTheme} by {@code interval} over [from, to], every period present.
     *
     * @throws InvalidInput naming {@code theme}, {@code from} or {@code to}
     * @throws SecurityException for anyone but the network admin and a sharing organisation's officer
     */
    public List<PooledPeriod> series(String networkTheme, LocalDate from, LocalDate to, Interval interval) {
        String code = check(networkTheme, from, to);
        List<OrganisationDay> days = NetworkDayCounts.perDay(em, code, Periods.firstDayCounted(interval, from),
                Periods.lastDayCounted(interval, to));
        return Pooling.series(days, interval, from, to);
    }

    /**
     * Detection on the pooled series for the periods in [from, to], with the history before that the
     * method needs, and what the publication rule weighs beside it (see {@link PooledDetections}).
     */
    public PooledDetections detection(String networkTheme, LocalDate from, LocalDate to, DetectionSettings settings) {
        String code = check(networkTheme, from, to);
        List<OrganisationDay> days = NetworkDayCounts.perDay(em, code, Pooling.firstDayRead(settings, from), Pooling.lastDayRead(settings, to));
        return Pooling.detect(days, settings, from, to);
    }

    /**
     * The day of the pool's earliest entry under {@code networkTheme}: the alerts judge a week by
     * the seasonal check only with two years of history before it, as one organisation's do.
     */
    public java.util.Optional<LocalDate> firstEntryDay(String networkTheme) {
        return NetworkDayCounts.firstDay(em, checkTheme(networkTheme));
    }

    /** Whether the caller may read the pool: what the pages ask before offering it. */
    public boolean mayRead() {
        if (caller.has(Role.NETWORK_ADMIN)) {
            return true;
        }
        if (!caller.has(Role.OFFICER)) {
            return false;
        }
        return tenancy.current().stream().mapToObj(organisations::byId)
                .anyMatch(o -> o.map(Organisation::isSharesAggregates).orElse(false));
    }

    /** The network theme's code, once the caller, the theme and the dates are checked. */
    private String check(String networkTheme, LocalDate from, LocalDate to) {
        String code = checkTheme(networkTheme);
        Trends.checkRange(from, to);
        return code;
    }

    private String checkTheme(String networkTheme) {
        if (!mayRead()) {
            throw new SecurityException("Only the network admin and the officers of organisations that share aggregates"
                    + " may read the network's pooled counts");
        }
        if (networkTheme == null || networkTheme.isBlank()) {
            throw InvalidInput.of("theme", "Required: a network theme code (GET /api/network/themes lists them)");
        }
        if (!networkThemes.exists(networkTheme.strip())) {
            throw InvalidInput.of("theme", "No network theme " + networkTheme.strip() + " (GET /api/network/themes lists them)");
        }
        return networkTheme.strip();
    }
}
