package org.ecdp.logging.alert.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ecdp.domain.audit.boundary.Audit;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.domain.validation.NotFound;
import org.ecdp.logging.alert.entity.Alert;
import org.ecdp.logging.alert.entity.AlertRaised;
import org.ecdp.logging.alert.entity.AlertStatus;
import org.ecdp.logging.theme.entity.Theme;
import org.ecdp.logging.trend.entity.DetectionOffset;
import org.ecdp.logging.trend.entity.DetectionSettings;
import org.ecdp.logging.trend.entity.PeriodDetection;

/**
 * The officer's alerts: listed newest period first, reviewed, dismissed with a reason, or
 * turned into a response; every change audited. The scans record alarms here, one alert per
 * theme, method and period.
 */
@ApplicationScoped
@Transactional
public class Alerts {

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @Inject
    Event<AlertRaised> alertRaised;

    /** Alerts in a status (all when null), newest period first. */
    public List<Alert> list(AlertStatus status) {
        return list(status, 0, Integer.MAX_VALUE);
    }

    /** A page of {@link #list(AlertStatus)}. */
    public List<Alert> list(AlertStatus status, int first, int max) {
        requireOfficer();
        String where = status == null ? "" : " where a.status = :status";
        var query = em.createQuery("select a from Alert a join fetch a.theme" + where
                + " order by a.period desc, a.id desc", Alert.class).setFirstResult(first).setMaxResults(max);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultList();
    }

    public long count(AlertStatus status) {
        requireOfficer();
        String where = status == null ? "" : " where a.status = :status";
        var query = em.createQuery("select count(a) from Alert a" + where, Long.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getSingleResult();
    }

    public long countNew() {
        return count(AlertStatus.NEW);
    }

    public Optional<Alert> find(long id) {
        requireOfficer();
        return Optional.ofNullable(em.find(Alert.class, id));
    }

    public Alert get(long id) {
        return find(id).orElseThrow(() -> new NotFound("No alert " + id));
    }

    /**
     * Recent alerts as episodes (a surge over consecutive days of a theme and its sub-themes
     * is one), newest first; an episode is listed when any of its alarms has the status
     * (all when null).
     */
    public List<org.ecdp.logging.alert.control.AlertEpisode> episodes(AlertStatus status, int maxAlerts) {
        List<org.ecdp.logging.alert.control.AlertEpisode> all = org.ecdp.logging.alert.control.AlertEpisode.of(
                em.createQuery("select a from Alert a join fetch a.theme t left join fetch t.parent order by a.period desc, a.id desc", Alert.class)
                        .setMaxResults(maxAlerts).getResultList());
        return status == null ? all : all.stream().filter(e -> e.alerts().stream().anyMatch(a -> a.getStatus() == status)).toList();
    }

    /** Marks every new alarm of an episode reviewed, in one step. */
    public void reviewAll(java.util.Collection<Long> ids) {
        for (Long id : ids) {
            if (get(id).getStatus() == AlertStatus.NEW) {
                review(id);
            }
        }
    }

    /** Dismisses every waiting alarm of an episode with one reason. */
    public void dismissAll(java.util.Collection<Long> ids, String reason) {
        for (Long id : ids) {
            dismiss(id, reason);
        }
    }

    public Alert review(long id) {
        requireOfficer();
        Alert alert = get(id);
        alert.review(caller.username(), Instant.now(clock));
        audit.record("alert.review", "alert " + id, describe(alert));
        return alert;
    }

    public Alert dismiss(long id, String reason) {
        requireOfficer();
        Alert alert = get(id);
        alert.dismiss(reason, caller.username(), Instant.now(clock));
        audit.record("alert.dismiss", "alert " + id, describe(alert) + "; " + alert.getDismissReason());
        return alert;
    }

    public Alert openResponse(long id) {
        requireOfficer();
        Alert alert = get(id);
        alert.openResponse(caller.username(), Instant.now(clock));
        audit.record("alert.response", "alert " + id, describe(alert));
        return alert;
    }

    /**
     * Records an alarm: a new alert, or the existing one for the same theme, method and
     * period with its figures refreshed. Returns true when a new alert was raised.
     */
    public boolean record(Theme theme, DetectionSettings settings, PeriodDetection alarm) {
        Optional<Alert> existing = em.createQuery("select a from Alert a where a.theme = :theme and a.method = :method"
                        + " and a.offset = :offset and a.period = :period", Alert.class)
                .setParameter("theme", theme).setParameter("method", settings.method()).setParameter("offset", settings.offset())
                .setParameter("period", alarm.period()).getResultStream().findFirst();
        if (existing.isPresent()) {
            existing.get().recount(alarm);
            return false;
        }
        Alert raised = new Alert(theme, settings, alarm, Instant.now(clock));
        em.persist(raised);
        em.flush();
        alertRaised.fire(AlertRaised.of(raised));
        return true;
    }

    private static String describe(Alert alert) {
        return alert.getTheme().getCode() + " " + alert.getMethod().code()
                + (alert.getOffset() == DetectionOffset.NONE ? "" : " offset=" + alert.getOffset().code()) + " " + alert.getPeriod();
    }

    /** Authorisation before anything else, whichever door called (the door checks too). */
    private void requireOfficer() {
        if (!caller.has(Role.OFFICER)) {
            throw new SecurityException("Only the lived experience officer may do this");
        }
    }
}
