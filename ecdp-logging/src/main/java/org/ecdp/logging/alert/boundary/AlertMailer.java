package org.ecdp.logging.alert.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ecdp.domain.organisation.boundary.Tenancy;
import org.ecdp.domain.organisation.entity.Organisation;
import org.ecdp.logging.alert.control.AlertMail;
import org.ecdp.logging.alert.entity.AlertRaised;
import org.eclipse.microprofile.config.Config;

/**
 * E-mails the officer about each new alert once the scan that raised it has committed, when
 * mail is configured ({@code ECDP_MAIL_HOST}, {@code ECDP_MAIL_FROM}, {@code ECDP_MAIL_TO}, ...;
 * see {@link AlertMail#settings}); otherwise does nothing. Sending happens on the managed
 * executor, so a slow mail server never delays the entry that set the scan off.
 */
@ApplicationScoped
public class AlertMailer {

    private static final Logger LOG = Logger.getLogger(AlertMailer.class.getName());

    @Inject
    Tenancy tenancy;

    @Inject
    Config config;

    @Resource
    ManagedExecutorService executor;

    private Optional<AlertMail.Settings> settings = Optional.empty();

    @PostConstruct
    void configure() {
        try {
            settings = AlertMail.settings(key -> config.getOptionalValue(key, String.class));
        } catch (IllegalArgumentException badValue) {
            LOG.warning("ecdp: alert e-mail is off: " + badValue.getMessage());
        }
        LOG.info(settings.map(s -> "ecdp: alert e-mail to " + s.to().size() + " recipient(s) through " + s.host() + ":" + s.port())
                .orElse("ecdp: alert e-mail is off (set ECDP_MAIL_HOST, ECDP_MAIL_FROM and ECDP_MAIL_TO to turn it on)"));
    }

    public boolean isOn() {
        return settings.isPresent();
    }

    /**
     * The mail settings (ECDP_MAIL_TO) are the host organisation's: another organisation's alerts
     * are never mailed there (they show on that organisation's alerts page).
     */
    void raised(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertRaised alert) {
        if (tenancy.current().orElse(-1) != Organisation.HOST) {
            return;
        }
        settings.ifPresent(s -> executor.execute(() -> {
            try {
                AlertMail.send(s, alert);
            } catch (Exception e) {
                LOG.log(Level.WARNING, "ecdp: could not e-mail alert " + alert.alertId() + " (" + alert.themeCode() + ")", e);
            }
        }));
    }
}
