package org.ecdp.domain.organisation.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.ecdp.domain.organisation.entity.Organisation;

/**
 * Which organisation the work on this thread belongs to: the signed-in person's, or the one a
 * job or the start-up says it acts for ({@link #as}). The persistence provider reads it (EclipseLink's
 * tenant discriminator, context property {@value #PROPERTY}, set on every session as it is acquired),
 * so that every query, find, update and delete of an organisation's records, whichever boundary runs
 * it, sees that organisation's rows only; plain SQL asks {@link #require()} and says so itself.
 *
 * <p>Nothing known means nothing read: with no organisation the provider has no tenant to compare
 * with and finds no rows. An account never moves between organisations, so a username's
 * organisation is remembered once looked up.
 */
@ApplicationScoped
public class Tenancy {

    /** The EclipseLink context property every organisation's entity is discriminated by. */
    public static final String PROPERTY = Organisation.TENANT_PROPERTY;

    private static final ThreadLocal<Long> ACTING = new ThreadLocal<>();

    private final Map<String, Long> organisationOfUser = new ConcurrentHashMap<>();

    @Inject
    SecurityContext security;

    @Resource(lookup = "java:app/jdbc/ecdp")
    DataSource db;

    /** The organisation this thread acts for now, if any. */
    public OptionalLong current() {
        Long acting = ACTING.get();
        if (acting != null) {
            return OptionalLong.of(acting);
        }
        String username = signedIn();
        return username == null ? OptionalLong.empty() : organisationOf(username);
    }

    /** The organisation this thread acts for; for plain SQL, which must never guess. */
    public long require() {
        return current().orElseThrow(() -> new IllegalStateException("No organisation: nobody signed in and no job acting for one"));
    }

    /**
     * The condition that keeps plain SQL to this organisation's rows ({@code organisation_id = 7}),
     * which the tenant discriminator does not see; a number the server knows, never input.
     */
    public String ownRows() {
        return "organisation_id = " + require();
    }

    /**
     * Runs {@code work} for {@code organisation}: the start-up, the demo, nightly jobs (once per
     * organisation) and a network admin setting up a new organisation. The work must begin its own
     * transaction (a persistence context serves one organisation from its first use).
     */
    public <T> T as(long organisation, Supplier<T> work) {
        try (Acting acting = actFor(organisation)) {
            return work.get();
        }
    }

    /** Acting for an organisation until closed (then for whom it acted before); see {@link #as}. */
    public Acting actFor(long organisation) {
        Long before = ACTING.get();
        ACTING.set(organisation);
        return () -> {
            if (before == null) {
                ACTING.remove();
            } else {
                ACTING.set(before);
            }
        };
    }

    /** A stretch of acting for one organisation; closing it ends it. */
    public interface Acting extends AutoCloseable {
        @Override
        void close();
    }

    /** As {@link #as(long, Supplier)}, for work that answers nothing. */
    public void as(long organisation, Runnable work) {
        as(organisation, () -> {
            work.run();
            return null;
        });
    }

    /** The host organisation's work (the start-up: first administrator, demo data). */
    public void asHost(Runnable work) {
        as(Organisation.HOST, work);
    }

    /** The organisation a username belongs to (usernames are unique across the network). */
    public OptionalLong organisationOf(String username) {
        if (username == null || username.isBlank()) {
            return OptionalLong.empty();
        }
        String key = username.strip().toLowerCase(java.util.Locale.ROOT);
        Long known = organisationOfUser.get(key);
        if (known != null) {
            return OptionalLong.of(known);
        }
        OptionalLong found = lookUp(key);
        found.ifPresent(id -> organisationOfUser.put(key, id));
        return found;
    }

    private OptionalLong lookUp(String username) {
        try (Connection c = db.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT organisation_id FROM portal_user WHERE username = ?")) {
            q.setString(1, username);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell the organisation of a user", e);
        }
    }

    private String signedIn() {
        try {
            Principal p = security.getCallerPrincipal();
            return p == null ? null : p.getName();
        } catch (RuntimeException noRequest) {
            // a timer or start-up thread has no caller: it says whom it acts for with as()
            return null;
        }
    }
}
