package org.ecdp.mentoring.renewal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ecdp.domain.audit.boundary.Audit;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.mentoring.matching.entity.VolunteerStatus;
import org.ecdp.mentoring.renewal.control.Renewals;
import org.ecdp.mentoring.renewal.entity.JobRun;
import org.ecdp.mentoring.renewal.entity.Reminder;
import org.ecdp.mentoring.volunteer.entity.Volunteer;

/**
 * DBS and training renewals of every volunteer who has not left: the reminders due today are
 * recorded once each (volunteer, kind, renewal date, threshold) and shown to coordinators.
 */
@ApplicationScoped
@Transactional
public class Reminders {

    public static final int EXPIRING_WITHIN_DAYS = 60;

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    /** Records the reminders due on {@code today} that are not recorded yet; returns the new ones. */
    public List<Reminder> remind(LocalDate today) {
        List<Volunteer> volunteers = current();
        Map<Long, Volunteer> byId = volunteers.stream().collect(Collectors.toMap(Volunteer::getId, Function.identity()));
        List<Reminder> recorded = new ArrayList<>();
        for (Renewals.Due due : Renewals.due(holders(volunteers), today)) {
            Renewals.Renewal r = due.renewal();
            long already = em.createQuery("select count(x) from Reminder x where x.volunteer.id = :v and x.kind = :k and x.dueOn = :d "
                            + "and x.thresholdDays = :t", Long.class)
                    .setParameter("v", r.volunteerId()).setParameter("k", r.kind()).setParameter("d", r.dueOn())
                    .setParameter("t", due.thresholdDays()).getSingleResult();
            if (already == 0) {
                Reminder reminder = new Reminder(byId.get(r.volunteerId()), r.kind(), due.thresholdDays(), r.dueOn(), today);
                em.persist(reminder);
                recorded.add(reminder);
            }
        }
        em.flush();
        return recorded;
    }

    /** A coordinator's "check now" for today (the daily job does the same); nothing is recorded twice. */
    public List<Reminder> remindNow() {
        requireCoordinator();
        List<Reminder> recorded = remind(LocalDate.now(clock));
        audit.record("mentoring.reminders.check", "renewal reminders", recorded.size() + " new");
        return recorded;
    }

    /**
     * Claims the day's job: true for the one instance whose insert of the day's key succeeds. Its
     * own transaction, so a lost race leaves nothing behind.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String kind, LocalDate day, String instance) {
        if (em.find(JobRun.class, JobRun.keyOf(kind, day)) != null) {
            return false;
        }
        em.persist(new JobRun(kind, day, instance));
        em.flush();
        return true;
    }

    /** Reminders recorded in the last {@code days} days, newest first. */
    public List<Reminder> recent(int days) {
        requireCoordinator();
        return em.createQuery("select r from Reminder r where r.remindedOn >= :from order by r.remindedOn desc, r.dueOn, r.id", Reminder.class)
                .setParameter("from", LocalDate.now(clock).minusDays(days)).getResultList();
    }

    /** DBS certificates and training falling due within {@link #EXPIRING_WITHIN_DAYS} days, or overdue, soonest first. */
    public List<Renewals.Renewal> expiring() {
        requireCoordinator();
        return Renewals.expiringWithin(holders(current()), LocalDate.now(clock), EXPIRING_WITHIN_DAYS);
    }

    private List<Volunteer> current() {
        return em.createQuery("select v from Volunteer v where v.status <> :left order by v.id", Volunteer.class)
                .setParameter("left", VolunteerStatus.LEFT).getResultList();
    }

    private static List<Renewals.Holder> holders(List<Volunteer> volunteers) {
        return volunteers.stream().map(v -> new Renewals.Holder(v.getId(), v.getName(), v.getDbs(), v.getTrainingCompletedOn())).toList();
    }

    private void requireCoordinator() {
        if (!caller.has(Role.COORDINATOR)) {
            throw new SecurityException("Only a mentoring coordinator sees renewal reminders");
        }
    }
}
