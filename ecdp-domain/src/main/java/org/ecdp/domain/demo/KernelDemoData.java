package org.ecdp.domain.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.ecdp.domain.service.boundary.Services;
import org.ecdp.domain.user.boundary.Users;
import org.ecdp.domain.user.entity.Role;

/**
 * The demo's services and one user per role, all with the password {@code demo}, exactly as
 * the public API document names them. Adds only what is missing, so it is safe to re-run, and
 * never adds an account to a database that has real (non-demo) accounts.
 */
@ApplicationScoped
@Transactional
public class KernelDemoData {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(KernelDemoData.class.getName());

    public static final String PASSWORD = "demo";

    static final Map<String, String> SERVICES = Map.of(
            "ADVOCACY", "Advocacy",
            "SUPPORT_PLANNING", "Support Planning",
            "PAYROLL", "Payroll",
            "PEER_MENTORING", "Peer Mentoring",
            "SUPPORTED_HOUSING", "Supported Housing",
            "INFORMATION_LINE", "Information Line");

    record DemoUser(String username, String displayName, Role role, Set<String> services) {
    }

    static final DemoUser[] USERS = {
        new DemoUser("admin", "Alex Admin", Role.ADMIN, Set.of()),
        new DemoUser("staff", "Sam Staff", Role.STAFF, Set.of("ADVOCACY")),
        new DemoUser("officer", "Olu Officer", Role.OFFICER, Set.of()),
        new DemoUser("coordinator", "Chris Coordinator", Role.COORDINATOR, Set.of()),
        new DemoUser("coach", "Kim Coach", Role.COACH, Set.of()),
        new DemoUser("evaluator", "Eve Evaluator", Role.EVALUATOR, Set.of()),
    };

    @Inject
    Services services;

    @Inject
    Users users;

    public void seed() {
        SERVICES.forEach((code, name) -> {
            if (services.findByCode(code).isEmpty()) {
                services.create(code, name);
            }
        });
        if (users.hasRealAccounts()) {
            LOG.warning("ecdp: this database has real accounts, so no demo account (password 'demo') was added");
            return;
        }
        for (DemoUser demo : USERS) {
            if (users.findByUsername(demo.username()).isEmpty()) {
                users.addDemoAccount(demo.username(), demo.displayName(), EnumSet.of(demo.role()), demo.services());
            }
        }
    }
}
