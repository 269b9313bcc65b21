package org.ecdp.domain.user.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecdp.domain.audit.boundary.Audit;
import org.ecdp.domain.service.boundary.Services;
import org.ecdp.domain.service.entity.Service;
import org.ecdp.domain.user.control.Passwords;
import org.ecdp.domain.user.entity.PortalUser;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.validation.NotFound;

/** The administrator's use cases for portal accounts; every change audited, no password ever logged. */
@ApplicationScoped
@Transactional
public class Users {

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Services services;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    public List<PortalUser> all() {
        return em.createNamedQuery(PortalUser.ALL, PortalUser.class).getResultList();
    }

    public Optional<PortalUser> findByUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(PortalUser.BY_USERNAME, PortalUser.class)
                .setParameter("username", username.trim().toLowerCase()).getResultStream().findFirst();
    }

    public PortalUser getByUsername(String username) {
        return findByUsername(username).orElseThrow(() -> new NotFound("No user " + username));
    }

    /** Creates an account; the password must meet {@link Passwords#checkStrength}. */
    public PortalUser create(String username, String displayName, String password, Set<Role> roles, Set<String> serviceCodes) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String name = null;
        try {
            name = PortalUser.validUsername(username);
            problems.check(findByUsername(name).isEmpty(), "username", "That username is already taken");
        } catch (InvalidInput e) {
            e.errors().forEach(err -> problems.reject(err.field(), err.message()));
        }
        try {
            Passwords.checkStrength("password", password);
        } catch (InvalidInput e) {
            e.errors().forEach(err -> problems.reject(err.field(), err.message()));
        }
        problems.check(roles != null && !roles.isEmpty(), "roles", "Choose at least one role");
        problems.throwIfAny();
        return createTrusted(name, displayName, password, roles, serviceCodes);
    }

    /** For the start-up seeding only: skips the strength rule (the demo password is "demo"). */
    public PortalUser createTrusted(String username, String displayName, String password, Set<Role> roles, Set<String> serviceCodes) {
        PortalUser user = new PortalUser(username, displayName, passwords.hash(password), Instant.now(clock));
        user.grantRoles(roles);
        user.assignServices(resolve(serviceCodes));
        em.persist(user);
        audit.record("user.create", user.getUsername(), "roles=" + user.getRoles() + " services=" + codes(user));
        return user;
    }

    public PortalUser update(String username, String displayName, Set<Role> roles, Set<String> serviceCodes) {
        if (roles == null || roles.isEmpty()) {
            throw InvalidInput.of("roles", "Choose at least one role");
        }
        PortalUser user = getByUsername(username);
        user.rename(displayName);
        user.grantRoles(EnumSet.copyOf(roles));
        user.assignServices(resolve(serviceCodes));
        audit.record("user.update", username, "roles=" + user.getRoles() + " services=" + codes(user));
        return user;
    }

    public void resetPassword(String username, String newPassword) {
        Passwords.checkStrength("password", newPassword);
        getByUsername(username).changePasswordHash(passwords.hash(newPassword));
        audit.record("user.reset-password", username, null);
    }

    public void disable(String username) {
        if (username.equals(audit.actor())) {
            throw InvalidInput.of("username", "You cannot disable your own account");
        }
        getByUsername(username).disable();
        audit.record("user.disable", username, null);
    }

    public void enable(String username) {
        getByUsername(username).enable();
        audit.record("user.enable", username, null);
    }

    /** Checks a password; used by the identity store. Never audits the password itself. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PortalUser> authenticate(String username, String password) {
        return findByUsername(username)
                .filter(PortalUser::isEnabled)
                .filter(u -> passwords.matches(password, u.getPasswordHash()));
    }

    private Set<Service> resolve(Set<String> serviceCodes) {
        Set<Service> resolved = new LinkedHashSet<>();
        if (serviceCodes != null) {
            for (String code : serviceCodes) {
                resolved.add(services.findByCode(code)
                        .orElseThrow(() -> InvalidInput.of("services", "Unknown service " + code)));
            }
        }
        return resolved;
    }

    private static String codes(PortalUser user) {
        return user.getServices().stream().map(Service::getCode).sorted().collect(Collectors.joining(","));
    }
}
