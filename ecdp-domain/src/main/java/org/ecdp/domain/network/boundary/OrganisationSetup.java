package org.ecdp.domain.network.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Set;
import org.ecdp.domain.audit.boundary.Audit;
import org.ecdp.domain.event.OrganisationOpened;
import org.ecdp.domain.organisation.boundary.Organisations;
import org.ecdp.domain.organisation.boundary.Tenancy;
import org.ecdp.domain.organisation.entity.Organisation;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.user.boundary.Users;
import org.ecdp.domain.user.control.Passwords;
import org.ecdp.domain.user.entity.PortalUser;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.vocabulary.Codes;

/**
 * The network admin opens a new organisation with its first administrator: everything is checked
 * first (each problem named by its field), then the organisation is registered and, acting for it,
 * its administrator created and each capability given what the organisation needs on day one (the
 * network's themes). Should that second step fail, the registration is taken back, so an
 * organisation never exists without an administrator.
 */
@ApplicationScoped
public class OrganisationSetup {

    /** What the network admin gives: the organisation and its first administrator. */
    public record NewOrganisation(String code, String name, boolean sharesAggregates, String adminUsername, String adminName,
                                  String adminPassword) {
    }

    @Inject
    Caller caller;

    @Inject
    Tenancy tenancy;

    @Inject
    Organisations organisations;

    @Inject
    FirstDay firstDay;

    @Inject
    Audit audit;

    public Organisation open(NewOrganisation wanted) {
        if (!caller.has(Role.NETWORK_ADMIN)) {
            throw new SecurityException("Only the network admin opens organisations");
        }
        check(wanted);
        Organisation opened = organisations.register(wanted.code().strip(), wanted.name(), wanted.sharesAggregates());
        try {
            tenancy.as(opened.getId(), () -> firstDay.open(opened, wanted));
        } catch (RuntimeException failed) {
            organisations.forget(opened.getId());
            throw failed;
        }
        audit.record("organisation.create", opened.getCode(), "admin=" + wanted.adminUsername().strip().toLowerCase(java.util.Locale.ROOT)
                + " sharesAggregates=" + opened.isSharesAggregates());
        return opened;
    }

    private void check(NewOrganisation wanted) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        try {
            String code = Codes.valid("code", wanted.code());
            problems.check(organisations.byCode(code).isEmpty(), "code", "An organisation with code " + code + " already exists");
        } catch (InvalidInput e) {
            e.errors().forEach(err -> problems.reject(err.field(), err.message()));
        }
        try {
            new Organisation("CHECK", wanted.name(), false, null);
        } catch (InvalidInput e) {
            e.errors().forEach(err -> problems.reject(err.field(), err.message()));
        }
        try {
            String username = PortalUser.validUsername(wanted.adminUsername());
            problems.check(tenancy.organisationOf(username).isEmpty(), "admin.username", "That username is already taken");
        } catch (InvalidInput e) {
            e.errors().forEach(err -> problems.reject("admin.username", err.message()));
        }
        problems.check(wanted.adminName() != null && !wanted.adminName().isBlank(), "admin.name", "Give the administrator's name");
        try {
            Passwords.checkStrength("admin.password", wanted.adminPassword());
        } catch (InvalidInput e) {
            e.errors().forEach(err -> problems.reject(err.field(), err.message()));
        }
        problems.throwIfAny();
    }

    /** The new organisation's first transaction, acting for it. */
    @ApplicationScoped
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public static class FirstDay {

        @Inject
        Users users;

        @Inject
        Event<OrganisationOpened> opened;

        public void open(Organisation organisation, NewOrganisation wanted) {
            users.create(wanted.adminUsername(), wanted.adminName(), wanted.adminPassword(), EnumSet.of(Role.ADMIN), Set.of());
            opened.fire(new OrganisationOpened(organisation.getId(), organisation.getCode()));
        }
    }
}
