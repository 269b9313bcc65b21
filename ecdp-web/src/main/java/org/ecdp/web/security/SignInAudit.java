package org.ecdp.web.security;

import org.ecdp.domain.organisation.boundary.Tenancy;
import org.ecdp.domain.organisation.entity.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ecdp.domain.audit.boundary.Audit;

/**
 * Sign-in events in the audit trail: page sign-ins, failed attempts (pages and API) and
 * pauses the throttle engaged. Each in its own transaction, and a failure to write one is
 * logged, never passed on: an audit row must not make a sign-in fail. Refused attempts
 * (while paused) are not written one by one, so a flood cannot fill the table.
 */
@ApplicationScoped
public class SignInAudit {

    private static final Logger LOG = Logger.getLogger(SignInAudit.class.getName());

    @Inject
    Tenancy tenancy;

    @Inject
    Audit audit;

    public void signedIn(String username, String address) {
        write(username, "signin", address, null);
    }

    public void failed(String username, String address, String door) {
        write(username, "signin.failed", address, door);
    }

    public void paused(String username, String address, String door) {
        write(username, "signin.paused", address, door + ": " + LoginThrottle.FREE_ATTEMPTS
                + " failed attempts from this address; refused for a while");
    }

    public void sessionEnded(String username, String why) {
        write(username, "session.ended", null, why);
    }

    /**
     * In the audit trail of the account's organisation; an attempt on a username nobody holds goes
     * to the host's, which runs the installation's sign-in.
     */
    private void write(String actor, String action, String target, String detail) {
        try {
            String who = actor == null || actor.isBlank() ? "(blank)" : actor.strip();
            tenancy.as(tenancy.organisationOf(who).orElse(Organisation.HOST), () -> audit.recordAlone(who, action, target, detail));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "ecdp: could not audit " + action + ": " + e);
        }
    }
}
