package org.ecdp.domain.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads of personal records (entries, volunteers, tenants, mentoring journeys, the evaluation's
 * data, the audit trail itself) written to the audit trail: who read what, and how many records
 * the read returned. Each row is written in its own transaction, and a failure to write it is
 * logged, never thrown: the trail must not stop anybody reading what they may read.
 */
@ApplicationScoped
public class ReadAudit {

    private static final Logger LOG = Logger.getLogger(ReadAudit.class.getName());

    @Inject
    Audit audit;

    /**
     * @param action what was read, as {@code <component>.<record>.read} (e.g. {@code entry.read})
     * @param target which record or which search (a filter's description), never the content
     * @param records how many records the read returned
     */
    public void read(String action, String target, long records) {
        try {
            audit.recordAlone(audit.actor(), action, target, records + (records == 1 ? " record" : " records"));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "ecdp: could not audit the read " + action + " of " + target, e);
        }
    }
}
