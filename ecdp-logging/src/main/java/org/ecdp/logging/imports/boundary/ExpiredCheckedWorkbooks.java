package org.ecdp.logging.imports.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every hour, forgets the checked workbooks nobody imported within {@link CheckedImports#KEPT_FOR}:
 * they hold people's words and take room. Harmless when several instances do it.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExpiredCheckedWorkbooks {

    /** The job's name, as the liveness check expects it. */
    public static final String INFO = "ecdp expired checked workbooks";

    private static final Logger LOG = Logger.getLogger(ExpiredCheckedWorkbooks.class.getName());

    @Inject
    CheckedImports checkedImports;

    @Schedule(hour = "*", minute = "47", persistent = false, info = INFO)
    void hourly() {
        try {
            checkedImports.forgetExpired();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "ecdp: could not forget expired checked workbooks; trying again in an hour", e);
        }
    }
}
