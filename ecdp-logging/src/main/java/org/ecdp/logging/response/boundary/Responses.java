package org.ecdp.logging.response.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ecdp.domain.audit.boundary.Audit;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.validation.NotFound;
import org.ecdp.logging.alert.boundary.Alerts;
import org.ecdp.logging.alert.entity.Alert;
import org.ecdp.logging.privacy.control.PersonalDataDetector;
import org.ecdp.logging.response.entity.Response;
import org.ecdp.logging.theme.boundary.Themes;
import org.ecdp.logging.theme.entity.Theme;

/** The officer's responses; the members' page reads only published outcomes. */
@ApplicationScoped
@Transactional
public class Responses {

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    @Inject
    Themes themes;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @Inject
    Alerts alerts;

    public List<Response> all() {
        requireOfficer();
        return em.createQuery("select r from Response r order by r.openedOn desc, r.id desc", Response.class).getResultList();
    }

    /** Outcomes the organisation has chosen to tell its members about: no personal data in them. */
    public List<Response> published() {
        return em.createQuery("select r from Response r where r.published = true and r.status = :closed order by r.openedOn desc",
                Response.class).setParameter("closed", Response.Status.CLOSED).getResultList();
    }

    public Response get(long id) {
        requireOfficer();
        Response r = em.find(Response.class, id);
        if (r == null) {
            throw new NotFound("No response " + id);
        }
        return r;
    }

    public Response open(String title, String targetOrganisation, Collection<String> themeCodes, Collection<Long> alertIds) {
        requireOfficer();
        Set<Theme> linked = new LinkedHashSet<>();
        if (themeCodes != null) {
            for (String code : themeCodes) {
                linked.add(themes.findByCode(code).map(Theme::resolved).orElseThrow(() -> InvalidInput.of("themes", "Unknown theme " + code)));
            }
        }
        Response response = new Response(title, targetOrganisation, linked, LocalDate.now(clock), caller.username());
        if (alertIds != null) {
            alertIds.forEach(response::linkAlert);
        }
        em.persist(response);
        audit.record("response.open", response.getTitle(), "to " + response.getTargetOrganisation());
        return response;
    }

    /**
     * "Open response" on an alert, in one step: a response about the alert's theme, linked to
     * the alert, and the alert marked as acted on. Nothing changes if either is refused (an
     * alert already dismissed or answered, a missing title or organisation).
     */
    public Response openFromAlert(long alertId, String title, String targetOrganisation) {
        return openFromAlert(alertId, title, targetOrganisation, List.of());
    }

    /** As {@link #openFromAlert(long, String, String)}, linking {@code moreThemes} besides the alert's own. */
    public Response openFromAlert(long alertId, String title, String targetOrganisation, Collection<String> moreThemes) {
        requireOfficer();
        Alert alert = alerts.openResponse(alertId);
        Set<String> codes = new LinkedHashSet<>();
        codes.add(alert.getTheme().getCode());
        if (moreThemes != null) {
            codes.addAll(moreThemes);
        }
        return open(title, targetOrganisation, codes, List.of(alertId));
    }

    /**
     * One response for an alert episode: every alarm of the surge linked and marked acted on,
     * about the episode's themes; nothing changes if any is refused.
     */
    public Response openFromAlerts(Collection<Long> alertIds, String title, String targetOrganisation, Collection<String> moreThemes) {
        Set<String> codes = new LinkedHashSet<>();
        for (Long id : alertIds) {
            Alert alert = alerts.openResponse(id);
            Theme top = alert.getTheme().getParent() == null ? alert.getTheme() : alert.getTheme().getParent();
            codes.add(top.getCode());
        }
        if (moreThemes != null) {
            codes.addAll(moreThemes);
        }
        return open(title, targetOrganisation, codes, List.copyOf(alertIds));
    }

    public Response addAction(long id, LocalDate on, String description) {
        requireOfficer();
        Response response = get(id);
        response.addAction(on, description, LocalDate.now(clock));
        audit.record("response.action", "response " + id, on + ": " + description);
        return response;
    }

    public Response linkEntries(long id, Collection<Long> entryIds) {
        requireOfficer();
        Response response = get(id);
        entryIds.forEach(response::linkEntry);
        return response;
    }

    /**
     * Closes a response. A published one goes on the public "You said, we did" page, so its
     * title and outcome are screened for personal data first, as log entries are.
     */
    public Response close(long id, String outcome, boolean publish) {
        requireOfficer();
        Response response = get(id);
        if (publish) {
            PersonalDataDetector detector = new PersonalDataDetector(clock);
            screen(detector, "outcome", outcome);
            screen(detector, "title", response.getTitle());
        }
        response.close(outcome, publish);
        audit.record("response.close", "response " + id, publish ? "published" : "not published");
        return response;
    }

    public Response reopen(long id) {
        requireOfficer();
        Response response = get(id);
        response.reopen();
        audit.record("response.reopen", "response " + id, null);
        return response;
    }

    private static void screen(PersonalDataDetector detector, String field, String text) {
        List<String> kinds = detector.findIn(text).stream().map(f -> f.kind().label()).distinct().toList();
        if (!kinds.isEmpty()) {
            throw InvalidInput.of(field, "This would be published on the members' page: remove the " + String.join(", ", kinds)
                    + " first, or close without publishing");
        }
    }

    /** Authorisation before anything else, whichever door called (the door checks too). */
    private void requireOfficer() {
        if (!caller.has(Role.OFFICER)) {
            throw new SecurityException("Only the lived experience officer may do this");
        }
    }
}
