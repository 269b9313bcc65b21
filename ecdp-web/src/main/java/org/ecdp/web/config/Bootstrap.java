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
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.ecdp.domain.demo.KernelDemoData;
import org.ecdp.domain.event.DemoDataRequested;
import org.ecdp.domain.user.boundary.Users;
import org.ecdp.domain.user.control.Passwords;
import org.ecdp.domain.user.entity.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Runs once as the portal starts: migrates the schema (Flyway, the same scripts on H2 and
 * MySQL/MariaDB), makes sure an administrator exists, and with {@code --demo} seeds the demo.
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
    Event<DemoDataRequested> demoRequested;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "ecdp.demo", defaultValue = "false")
    boolean demo;

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
        if (demo) {
            kernelDemo.seed();
            demoRequested.fire(new DemoDataRequested(LocalDate.now(clock)));
            LOG.info("ecdp: demo data in place; sign in as admin, staff, officer, coordinator, coach or evaluator with password 'demo'");
        } else if (users.all().isEmpty()) {
            String password = adminPassword.filter(p -> !p.isBlank()).orElseGet(Passwords::generate);
            users.createTrusted("admin", "Administrator", password, EnumSet.of(Role.ADMIN), Set.of());
            if (adminPassword.isEmpty()) {
                // printed once, on the very first start only
                System.out.println("ecdp: created user 'admin' with password " + password + " (shown once; change it after signing in)");
            } else {
                LOG.info("ecdp: created user 'admin' with the password from ECDP_ADMIN_PASSWORD");
            }
        }
    }
}
