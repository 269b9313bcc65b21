package org.ecdp.logging.entry.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every hour, forgets the idempotency keys older than 24 hours (a key is only ever looked up
 * within its 24 hours, so this only keeps the table small). Harmless when several instances do it.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExpiredKeys {

    private static final Logger LOG = Logger.getLogger(ExpiredKeys.class.getName());

    @Inject
    Entries entries;

    @Schedule(hour = "*", minute = "41", persistent = false, info = "ecdp expired idempotency keys")
    void hourly() {
        try {
            entries.forgetExpiredKeys();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "ecdp: could not forget expired idempotency keys; trying again in an hour", e);
        }
    }
}
