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
import org.ecdp.domain.organisation.boundary.Tenancy;
import org.ecdp.domain.service.boundary.Services;
import org.ecdp.domain.service.entity.Service;
import org.ecdp.domain.user.control.Passwords;
import org.ecdp.domain.user.entity.PortalUser;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.validation.NotFound;

/**
 * The administrator's use cases for portal accounts, and each user's own password change;
 * every change audited, no password ever logged. A password the administrator sets (new
 * account, reset) must be changed by its owner at the next page sign-in.
 */
@ApplicationScoped
@Transactional
public class Users {

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Tenancy tenancy;

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

    /**
     * The network admin manages every organisation: an organisation's administrator, who manages only
     * their own accounts, can neither grant it (it would be a way out of their organisation) nor take it.
     */
    static final String NOT_GRANTED_HERE = "Network administrator is not a role an organisation grants";

    /** Creates an account; the password must meet {@link Passwords#checkStrength}. */
    public PortalUser create(String username, String displayName, String password, Set<Role> roles, Set<String> serviceCodes) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String name = null;
        try {
            name = PortalUser.validUsername(username);
            // usernames are unique across the network: signing in names no organisation
            problems.check(tenancy.organisationOf(name).isEmpty(), "username", "That username is already taken");
        } catch (InvalidInput e) {
            e.errors().forEach(err -> problems.reject(err.field(), err.message()));
        }
        try {
            Passwords.checkStrength("password", password);
        } catch (InvalidInput e) {
            e.errors().forEach(err -> problems.reject(err.field(), err.message()));
        }
        problems.check(roles != null && !roles.isEmpty(), "roles", "Choose at least one role");
        problems.check(roles == null || !roles.contains(Role.NETWORK_ADMIN), "roles", NOT_GRANTED_HERE);
        checkStaffHasAService(problems, roles, serviceCodes);
        problems.throwIfAny();
        PortalUser user = store(name, displayName, password, roles, serviceCodes);
        user.requirePasswordChange();
        return user;
    }

    /**
     * The first administrator of a new database: the password comes from ECDP_ADMIN_PASSWORD
     * or is generated, and meets the strength rule either way; it must be changed at first sign-in.
     */
    public PortalUser createFirstAdministrator(String password) {
        Passwords.checkStrength("ECDP_ADMIN_PASSWORD", password);
        PortalUser admin = store("admin", "Administrator", password, EnumSet.of(Role.ADMIN), Set.of());
        admin.requirePasswordChange();
        return admin;
    }

    /** True once the database holds any account that is not a demo account. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasRealAccounts() {
        return em.createNamedQuery(PortalUser.REAL_ACCOUNTS, Long.class).getSingleResult() > 0;
    }

    /**
     * A demo account (password "demo", no forced change), added only to a database that has no
     * real accounts; empty when refused.
     */
    public Optional<PortalUser> addDemoAccount(String username, String displayName, Set<Role> roles, Set<String> serviceCodes) {
        if (hasRealAccounts()) {
            return Optional.empty();
        }
        return Optional.of(createTrusted(username, displayName, "demo", roles, serviceCodes));
    }

    /** For the start-up demo seeding only: skips the strength rule (the demo password is "demo") and marks a demo account. */
    public PortalUser createTrusted(String username, String displayName, String password, Set<Role> roles, Set<String> serviceCodes) {
        PortalUser user = store(username, displayName, password, roles, serviceCodes);
        user.markAsDemo();
        return user;
    }

    private PortalUser store(String username, String displayName, String password, Set<Role> roles, Set<String> serviceCodes) {
        PortalUser user = new PortalUser(username, displayName, passwords.hash(password), Instant.now(clock));
        user.grantRoles(roles);
        user.assignServices(resolve(serviceCodes));
        em.persist(user);
        audit.record("user.create", user.getUsername(), "roles=" + user.getRoles() + " services=" + codes(user));
        return user;
    }

    private static void checkStaffHasAService(InvalidInput.Collector problems, Set<Role> roles, Set<String> serviceCodes) {
        problems.check(roles == null || !roles.contains(Role.STAFF) || (serviceCodes != null && !serviceCodes.isEmpty()),
                "services", "A staff account needs at least one service");
    }

    public PortalUser update(String username, String displayName, Set<Role> roles, Set<String> serviceCodes) {
        if (roles == null || roles.isEmpty()) {
            throw InvalidInput.of("roles", "Choose at least one role");
        }
        InvalidInput.Collector problems = new InvalidInput.Collector();
        checkStaffHasAService(problems, roles, serviceCodes);
        problems.throwIfAny();
        PortalUser user = getByUsername(username);
        boolean network = user.getRoles().contains(Role.NETWORK_ADMIN);
        if (roles.contains(Role.NETWORK_ADMIN) && !network) {
            throw InvalidInput.of("roles", NOT_GRANTED_HERE);
        }
        EnumSet<Role> granted = EnumSet.copyOf(roles);
        if (network) {
            granted.add(Role.NETWORK_ADMIN); // the account form does not offer it, so saving keeps it
        }
        user.rename(displayName);
        user.grantRoles(granted);
        user.assignServices(resolve(serviceCodes));
        audit.record("user.update", username, "roles=" + user.getRoles() + " services=" + codes(user));
        return user;
    }

    /** The administrator sets a new password; its owner must change it at the next sign-in. */
    public void resetPassword(String username, String newPassword) {
        Passwords.checkStrength("password", newPassword);
        getByUsername(username).resetPassword(passwords.hash(newPassword));
        audit.record("user.reset-password", username, null);
    }

    /**
     * A user changes their own password: the current one must be right, the new one must meet
     * the rule and differ. Every session of the account ends (the stamp changes); the caller
     * keeps the one they are in by taking the returned stamp.
     */
    public long changeOwnPassword(String username, String current, String newPassword) {
        PortalUser user = getByUsername(username);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        problems.check(current != null && passwords.matches(current, user.getPasswordHash()), "current",
                "That is not your current password");
        try {
            Passwords.checkStrength("new", newPassword);
            problems.check(!newPassword.equals(current), "new", "Choose a password different from the current one");
        } catch (InvalidInput e) {
            e.errors().forEach(err -> problems.reject(err.field(), err.message()));
        }
        problems.throwIfAny();
        user.choosePassword(passwords.hash(newPassword));
        audit.record("user.change-password", username, null);
        return user.getSessionStamp();
    }

    /** What a page session checks on each request: enabled, session stamp, must change password. */
    public record SessionState(boolean enabled, long stamp, boolean mustChangePassword) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SessionState> sessionState(String username) {
        if (username == null) {
            return Optional.empty();
        }
        // usernames are unique across the network, and a page session is checked before the
        // request knows whose it is: read network-wide, in plain SQL the tenant filter does not see
        List<?> rows = em.createNativeQuery("SELECT enabled, session_stamp, must_change_password FROM portal_user WHERE username = ?")
                .setParameter(1, username).getResultList();
        return rows.stream().map(r -> (Object[]) r).findFirst()
                .map(row -> new SessionState(truth(row[0]), ((Number) row[1]).longValue(), truth(row[2])));
    }

    /** A boolean column as the driver gives it (MariaDB: a number). */
    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
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

    /**
     * Checks a password; used by the identity store. Never audits the password itself. An
     * unknown or disabled account costs one PBKDF2 check too, so the time taken does not tell
     * which accounts exist.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PortalUser> authenticate(String username, String password) {
        Optional<PortalUser> user = findByUsername(username).filter(PortalUser::isEnabled);
        if (user.isEmpty()) {
            passwords.matchesNothing(password);
            return Optional.empty();
        }
        return user.filter(u -> passwords.matches(password, u.getPasswordHash()));
    }

    /**
     * The enabled account whose password matched this one within the last few minutes, without the
     * slow check (empty otherwise: the caller then goes the way of {@link #authenticate}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PortalUser> recentlyAuthenticated(String username, String password) {
        return findByUsername(username).filter(PortalUser::isEnabled).filter(u -> passwords.recentlyMatched(password, u.getPasswordHash()));
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
