package org.ecdp.web.config;

import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * EclipseLink retries a read that failed for want of the database 3 times, 5 seconds apart, so a
 * request during an outage waited 10-15 s for its error. The pool already hands out only checked
 * connections, so a failed read is answered at once (503, see DatabaseOutage) and the client
 * retries when it chooses.
 */
public class NoQueryRetry implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof org.eclipse.persistence.sessions.DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
