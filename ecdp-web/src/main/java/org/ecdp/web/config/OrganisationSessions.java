package org.ecdp.web.config;

import jakarta.enterprise.inject.spi.CDI;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.ecdp.domain.organisation.boundary.Tenancy;

/**
 * Gives every persistence session the organisation it works for, as the session is acquired
 * (once per transaction, or per read outside one): EclipseLink's tenant discriminator then adds
 * "and organisation_id = ?" to every read, update and delete of an organisation's records and
 * writes the column on every insert, whichever boundary asked. One place, so that a query written
 * tomorrow cannot forget it. A session acquired with no organisation known (nobody signed in, a
 * job that did not say for whom) has no tenant, and reads nothing of anyone's.
 */
public class OrganisationSessions extends SessionEventAdapter {

    /**
     * The application's {@link Tenancy} (a client proxy: it asks the current context on every call),
     * looked up once per deployment: {@code CDI.current()} walks the calling thread's stack to find
     * the module, which cost 2% of the portal's CPU when done for every transaction.
     */
    private volatile Tenancy tenancy;

    @Override
    public void postAcquireClientSession(SessionEvent event) {
        tenancy().current().ifPresent(organisation -> event.getSession().setProperty(Tenancy.PROPERTY, organisation));
    }

    private Tenancy tenancy() {
        Tenancy known = tenancy;
        if (known == null) {
            known = CDI.current().select(Tenancy.class).get();
            tenancy = known;
        }
        return known;
    }
}
