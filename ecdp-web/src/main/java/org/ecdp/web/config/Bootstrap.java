package org.ecdp.web.config;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.nio.file.Path;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.ecdp.domain.demo.KernelDemoData;
import org.ecdp.domain.demo.NetworkDemoData;
import org.ecdp.domain.organisation.boundary.Tenancy;
import org.ecdp.domain.event.DemoDataRequested;
import org.ecdp.domain.user.boundary.Users;
import org.ecdp.domain.user.control.Passwords;
import org.ecdp.domain.validation.InvalidInput;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Runs once as the portal starts: migrates the schema (Flyway, the same scripts on H2 and
 * MySQL/MariaDB), makes sure an administrator exists, and with {@code --demo} seeds the demo
 * (demo accounts only into a database without real accounts).
 * Bean-managed transactions, so each step commits on its own.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

    @Resource(lookup = PortalDataSource.JNDI)
    DataSource dataSource;

    @Inject
    Users users;

    @Inject
    KernelDemoData kernelDemo;

    @Inject
    Tenancy tenancy;

    @Inject
    NetworkDemoData networkDemo;

    @Inject
    Event<DemoDataRequested> demoRequested;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "ecdp.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "ecdp.data.dir")
    String dataDir;

    @Inject
    @ConfigProperty(name = "ecdp.admin.password")
    java.util.Optional<String> adminPassword;

    @PostConstruct
    void start() {
        Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // each module numbers its own migrations and never depends on another module's
                // later one, so a module's new migration may carry a lower number than one already
                // applied from another module
                .outOfOrder(true)
                .load()
                .migrate();
        // what the start-up writes (first administrator, demo data) is the host organisation's
        tenancy.asHost(this::seed);
    }

    private void seed() {
        if (demo) {
            kernelDemo.seed();
            demoRequested.fire(new DemoDataRequested(LocalDate.now(clock)));
            networkDemo.seed(LocalDate.now(clock));
            LOG.info("ecdp: demo data in place; on a new database sign in as admin, staff, officer, coordinator, coach, evaluator, network, southend-admin, southend-officer or southend-staff with password 'demo'");
        } else if (users.all().isEmpty()) {
            createFirstAdministrator();
        }
    }

    /**
     * The first administrator. ECDP_ADMIN_PASSWORD must meet the password rule (else the portal
     * does not start); without it a password is generated and written to a file only its owner
     * can read, never to the log (logs are shipped and shared). Changed at first sign-in.
     */
    private void createFirstAdministrator() {
        String given = adminPassword.filter(p -> !p.isBlank()).orElse(null);
        if (given != null) {
            try {
                Passwords.checkStrength("ECDP_ADMIN_PASSWORD", given);
            } catch (InvalidInput weak) {
                throw new IllegalStateException("ECDP_ADMIN_PASSWORD is not accepted: " + weak.errors().get(0).message());
            }
            users.createFirstAdministrator(given);
            LOG.info("ecdp: created user 'admin' with the password from ECDP_ADMIN_PASSWORD (to be changed at first sign-in)");
            return;
        }
        String password = Passwords.generate();
        Path file = FirstAdminPassword.write(Path.of(dataDir), password);
        users.createFirstAdministrator(password);
        LOG.info("ecdp: created user 'admin'; its one-time password is in " + file
                + " (readable by this account only; delete it after signing in: the portal asks for a new password)");
    }
}
