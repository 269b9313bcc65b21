package org.ecdp.domain.user.entity;

import jakarta.persistence.DiscriminatorType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.ecdp.domain.organisation.entity.Organisation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.ecdp.domain.entity.BaseEntity;
import org.ecdp.domain.service.entity.Service;
import org.ecdp.domain.validation.InvalidInput;

/**
 * Someone who signs in to the portal: staff, officer, coordinator, coach, evaluator or
 * administrator. Only a PBKDF2 hash of the password is kept. A disabled user cannot sign
 * in but stays in the audit trail and as the author of what they recorded.
 *
 * <p>The session stamp changes whenever what a signed-in session was granted stops being
 * true: the account is disabled, its roles change or its password changes. A page session
 * remembers the stamp it signed in with and ends at its next request when they differ. A
 * password chosen by someone else (an administrator, the first start) must be changed by
 * its owner at the next sign-in. Demo accounts (password {@code demo}) are marked as such,
 * so that a database with real accounts is never given demo ones.
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = Organisation.TENANT_PROPERTY, discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "portal_user")
@NamedQuery(name = PortalUser.ALL, query = "select u from PortalUser u order by u.username")
// roles and services in the same statement: every API request reads its caller afresh
@NamedQuery(name = PortalUser.BY_USERNAME, query = "select distinct u from PortalUser u left join fetch u.roles left join fetch u.services where u.username = :username")
@NamedQuery(name = PortalUser.REAL_ACCOUNTS, query = "select count(u) from PortalUser u where u.demo = false")
public class PortalUser extends BaseEntity {

    public static final String ALL = "PortalUser.all";
    public static final String BY_USERNAME = "PortalUser.byUsername";
    public static final String REAL_ACCOUNTS = "PortalUser.realAccounts";
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,39}");

    @Column(nullable = false, unique = true, length = 40)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "session_stamp", nullable = false)
    private long sessionStamp;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(nullable = false)
    private boolean demo;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "user_service", joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "service_id"))
    private Set<Service> services = new LinkedHashSet<>();

    protected PortalUser() {
    }

    public PortalUser(String username, String displayName, String passwordHash, Instant createdAt) {
        this.username = validUsername(username);
        rename(displayName);
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    public static String validUsername(String username) {
        String normalised = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(normalised).matches()) {
            throw InvalidInput.of("username", "Use 2 to 40 lower-case letters, digits, dots, dashes or underscores, starting with a letter");
        }
        return normalised;
    }

    public void rename(String newDisplayName) {
        String trimmed = newDisplayName == null ? "" : newDisplayName.trim();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw InvalidInput.of("displayName", "Enter a name of 1 to 100 characters");
        }
        this.displayName = trimmed;
    }

    /** A password someone else chose (administrator, first start): its owner must change it at the next sign-in. */
    public void resetPassword(String newHash) {
        changePasswordHash(newHash);
        requirePasswordChange();
    }

    /** Its owner must choose a new password at the next sign-in. */
    public void requirePasswordChange() {
        mustChangePassword = true;
    }

    /** The owner chose this password themselves. */
    public void choosePassword(String newHash) {
        changePasswordHash(newHash);
        mustChangePassword = false;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
        sessionStamp++;
    }

    public void markAsDemo() {
        demo = true;
        mustChangePassword = false;
    }

    public void grantRoles(Set<Role> newRoles) {
        if (!roles.equals(newRoles)) {
            sessionStamp++;
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    /** Staff work in services; the services matter only while the user holds the STAFF role. */
    public void assignServices(Set<Service> newServices) {
        services.clear();
        services.addAll(newServices);
    }

    public void disable() {
        if (enabled) {
            sessionStamp++;
        }
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    public boolean worksIn(String serviceCode) {
        return services.stream().anyMatch(s -> s.getCode().equals(serviceCode));
    }

    public List<Service> servicesByName() {
        return services.stream().sorted(Comparator.comparing(Service::getName)).toList();
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getSessionStamp() {
        return sessionStamp;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public boolean isDemo() {
        return demo;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Set<Service> getServices() {
        return Set.copyOf(services);
    }
}
