package org.ecdp.domain.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.ecdp.domain.event.OrganisationOpened;
import org.ecdp.domain.event.PartnerDemoRequested;
import org.ecdp.domain.organisation.boundary.Organisations;
import org.ecdp.domain.organisation.boundary.Tenancy;
import org.ecdp.domain.organisation.entity.Organisation;
import org.ecdp.domain.service.boundary.Services;
import org.ecdp.domain.user.boundary.Users;
import org.ecdp.domain.user.entity.Role;

/**
 * The demo's network (as the public API document names it): the network admin {@code network}
 * and a second organisation, {@code SOUTHEND_DPULO}, which shares aggregates, with its admin,
 * officer and staff member (service ADVOCACY), the network's themes and a few months of its own
 * entries. Added once, and only to a database without real accounts; password {@code demo}.
 */
@ApplicationScoped
public class NetworkDemoData {

    public static final String PARTNER = "SOUTHEND_DPULO";

    @Inject
    Organisations organisations;

    @Inject
    Tenancy tenancy;

    @Inject
    Users users;

    @Inject
    Partner partner;

    /** Runs acting for the host (the start-up), after the host's own demo. */
    public void seed(LocalDate today) {
        if (users.hasRealAccounts() || organisations.byCode(PARTNER).isPresent()) {
            return;
        }
        partner.networkAdmin();
        Organisation southend = organisations.register(PARTNER, "Southend Disabled People's User-Led Organisation", true);
        tenancy.as(southend.getId(), () -> partner.open(southend, today));
    }

    /** The partner's first day, in its own transaction, acting for it. */
    @ApplicationScoped
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public static class Partner {

        @Inject
        Users users;

        @Inject
        Services services;

        @Inject
        Event<OrganisationOpened> opened;

        @Inject
        Event<PartnerDemoRequested> entries;

        public void networkAdmin() {
            users.addDemoAccount("network", "Nia Network", EnumSet.of(Role.NETWORK_ADMIN), Set.of());
        }

        public void open(Organisation southend, LocalDate today) {
            services.create("ADVOCACY", "Advocacy");
            users.addDemoAccount("southend-admin", "Sol Southend Admin", EnumSet.of(Role.ADMIN), Set.of());
            users.addDemoAccount("southend-officer", "Sade Southend Officer", EnumSet.of(Role.OFFICER), Set.of());
            users.addDemoAccount("southend-staff", "Sid Southend Staff", EnumSet.of(Role.STAFF), Set.of("ADVOCACY"));
            opened.fire(new OrganisationOpened(southend.getId(), southend.getCode()));
            entries.fire(new PartnerDemoRequested(today, 20261206L, "southend-staff"));
        }
    }
}
