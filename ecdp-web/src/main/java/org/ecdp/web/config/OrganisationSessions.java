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

    @Override
    public void postAcquireClientSession(SessionEvent event) {
        CDI.current().select(Tenancy.class).get().current()
                .ifPresent(organisation -> event.getSession().setProperty(Tenancy.PROPERTY, organisation));
    }
}
