package org.ecdp.mentoring.renewal.boundary;

import org.ecdp.domain.organisation.boundary.Organisations;
import org.ecdp.domain.organisation.boundary.Tenancy;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Every morning, records the DBS and training renewal reminders due (60, 30 and 7 days ahead).
 * With several portal instances on one database, the instance that claims the day's key first
 * runs; the others skip. Even if two ran, a reminder is recorded once (it is looked up before it is
 * written, and the table's unique key refuses a second copy).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DailyReminders {

    static final String KIND = "RENEWALS";
    private static final Logger LOG = Logger.getLogger(DailyReminders.class.getName());

    @Inject
    Organisations organisations;

    @Inject
    Tenancy tenancy;

    @Inject
    Reminders reminders;

    @Inject
    Clock clock;

    @Schedule(hour = "6", minute = "20", persistent = false, info = "ecdp mentoring renewal reminders")
    void daily() {
        runFor(LocalDate.now(clock));
    }

    /** Records the day's reminders unless another instance already has; returns how many are new, or -1 if skipped. */
    public int runFor(LocalDate today) {
        String instance = ManagementFactory.getRuntimeMXBean().getName();
        boolean mine;
        try {
            mine = reminders.claim(KIND, today, instance);
        } catch (RuntimeException lostRace) {
            mine = false;
        }
        if (!mine) {
            LOG.info("ecdp: renewal reminders for " + today + " already claimed by another instance");
            return -1;
        }
        int recorded = 0;
        for (long organisation : organisations.ids()) {
            recorded += tenancy.as(organisation, () -> reminders.remind(today).size());
        }
        LOG.info("ecdp: renewal reminders for " + today + ": " + recorded + " new");
        return recorded;
    }
}
