package org.ecdp.mentoring.volunteer.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ecdp.domain.audit.boundary.ReadAudit;
import org.ecdp.domain.audit.boundary.Audit;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.domain.validation.NotFound;
import org.ecdp.mentoring.matching.entity.VolunteerStatus;
import org.ecdp.mentoring.volunteer.entity.Volunteer;
import org.ecdp.mentoring.volunteer.entity.VolunteerDraft;

/**
 * Registering and finding volunteer mentors. Volunteers' records, with their contact details,
 * are for mentoring coordinators only, whichever door the request came through.
 */
@ApplicationScoped
@Transactional
public class Volunteers {

    /** By name; the id settles equal names, so pages neither repeat nor skip anyone. */
    private static final String BY_NAME = "select v from Volunteer v order by v.name, v.id";

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    ReadAudit reads;

    @Inject
    Clock clock;

    public Volunteer register(VolunteerDraft draft) {
        requireCoordinator();
        Volunteer volunteer = new Volunteer(draft, caller.username(), Instant.now(clock), LocalDate.now(clock));
        em.persist(volunteer);
        em.flush();
        audit.record("mentoring.volunteer.register", "volunteer " + volunteer.getId(), volunteer.getStatus().name());
        return volunteer;
    }

    /** A coordinator corrects a volunteer's details (all of them, as on the registration form): audited as a change. */
    public Volunteer revise(long id, VolunteerDraft draft) {
        Volunteer volunteer = find(id).orElseThrow(() -> new NotFound("No volunteer " + id));
        volunteer.revise(draft, LocalDate.now(clock));
        audit.record("mentoring.volunteer.change", "volunteer " + id, volunteer.getStatus().name());
        return volunteer;
    }

    public Optional<Volunteer> find(long id) {
        requireCoordinator();
        return Optional.ofNullable(em.find(Volunteer.class, id));
    }

    /** One volunteer's record (contact details, DBS), for reading it: audited. */
    public Volunteer get(long id) {
        Volunteer volunteer = find(id).orElseThrow(() -> new NotFound("No volunteer " + id));
        reads.read("mentoring.volunteer.read", "volunteer " + id, 1);
        return volunteer;
    }

    /** Every volunteer's record (contact details, DBS): audited. */
    public List<Volunteer> all() {
        requireCoordinator();
        List<Volunteer> all = em.createQuery(BY_NAME, Volunteer.class).getResultList();
        reads.read("mentoring.volunteers.read", "all volunteers", all.size());
        return all;
    }

    /** A page of {@link #all()}, read from the database: audited with the rows it returned. */
    public List<Volunteer> page(int first, int max) {
        requireCoordinator();
        List<Volunteer> page = em.createQuery(BY_NAME, Volunteer.class).setFirstResult(first).setMaxResults(max).getResultList();
        reads.read("mentoring.volunteers.read", "all volunteers; from row " + first, page.size());
        return page;
    }

    /** How many volunteers there are (no record is read). */
    public long count() {
        requireCoordinator();
        return em.createQuery("select count(v) from Volunteer v", Long.class).getSingleResult();
    }

    /** Active volunteers: the ones a run may suggest. */
    public List<Volunteer> active() {
        requireCoordinator();
        return em.createQuery("select v from Volunteer v where v.status = :s order by v.id", Volunteer.class)
                .setParameter("s", VolunteerStatus.ACTIVE).getResultList();
    }

    public Volunteer changeStatus(long id, VolunteerStatus status) {
        Volunteer volunteer = find(id).orElseThrow(() -> new NotFound("No volunteer " + id));
        volunteer.changeStatus(status);
        audit.record("mentoring.volunteer.status", "volunteer " + id, status.name());
        return volunteer;
    }

    void requireCoordinator() {
        if (!caller.has(Role.COORDINATOR)) {
            throw new SecurityException("Only a mentoring coordinator sees volunteers");
        }
    }
}
