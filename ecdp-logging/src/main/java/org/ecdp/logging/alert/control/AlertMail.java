package org.ecdp.logging.alert.control;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.ecdp.logging.alert.entity.AlertRaised;

/**
 * The officer's alert e-mail through Jakarta Mail: the settings (off unless a host, a sender
 * and at least one recipient are configured), the message (theme, observed, expected,
 * threshold, method, period and links into the portal; never an entry's text, a name or a
 * member number), and sending it over SMTP.
 */
public final class AlertMail {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    /** Where and how to send; {@code portalUrl} ends with a slash. */
    public record Settings(String host, int port, InternetAddress from, List<InternetAddress> to, String user, String password,
                           boolean startTls, String portalUrl) {
    }

    private AlertMail() {
    }

    /**
     * Reads {@code ecdp.mail.host}, {@code .port} (25), {@code .from}, {@code .to} (comma-separated),
     * {@code .user}, {@code .password}, {@code .starttls} (false) and {@code ecdp.portal.url};
     * empty when host, from or to is missing: e-mail is off.
     *
     * @throws IllegalArgumentException naming the key of a value that is set but unusable
     */
    public static Optional<Settings> settings(Function<String, Optional<String>> config) {
        Optional<String> host = value(config, "ecdp.mail.host");
        Optional<String> from = value(config, "ecdp.mail.from");
        Optional<String> to = value(config, "ecdp.mail.to");
        if (host.isEmpty() || from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        int port;
        try {
            port = Integer.parseInt(value(config, "ecdp.mail.port").orElse("25"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("ecdp.mail.port must be a port number");
        }
        List<InternetAddress> recipients = new ArrayList<>();
        for (String address : to.get().split(",")) {
            if (!address.isBlank()) {
                recipients.add(address("ecdp.mail.to", address));
            }
        }
        String url = value(config, "ecdp.portal.url").orElse("http://localhost:8080/");
        return Optional.of(new Settings(host.get(), port, address("ecdp.mail.from", from.get()), List.copyOf(recipients),
                value(config, "ecdp.mail.user").orElse(null), value(config, "ecdp.mail.password").orElse(null),
                Boolean.parseBoolean(value(config, "ecdp.mail.starttls").orElse("false")), url.endsWith("/") ? url : url + "/"));
    }

    public static String subject(AlertRaised alert) {
        return "ecdp alert: " + alert.themeLabel() + ", " + periodText(alert) + " (" + alert.observed() + " entries)";
    }

    /** The plain-text message: figures and links only. */
    public static String body(AlertRaised alert, String portalUrl) {
        return "A spike in the lived experience log needs your judgement.\n\n"
                + "Theme:     " + alert.themeLabel() + " (" + alert.themeCode() + ")\n"
                + "Period:    " + periodText(alert) + "\n"
                + "Observed:  " + alert.observed() + " entries\n"
                + "Expected:  " + String.format(Locale.UK, "%.2f", alert.expected()) + "\n"
                + "Threshold: " + String.format(Locale.UK, "%.2f", alert.upperBound()) + "\n"
                + "Method:    " + methodText(alert.method()) + "\n\n"
                + "Review, dismiss or open a response: " + portalUrl + "trends/alerts.xhtml?status=NEW\n"
                + "The entries behind it: " + portalUrl + "log/entries.xhtml?theme=" + alert.themeCode() + "&from=" + alert.firstDay()
                + "&to=" + alert.lastDay() + "\n\n"
                + "Sign in to see the entries; this e-mail holds no one's details.\n";
    }

    /** A Jakarta Mail session for the settings, with short timeouts so a dead server cannot hold a thread. */
    public static Session session(Settings settings) {
        Properties props = new Properties();
        props.put("mail.smtp.host", settings.host());
        props.put("mail.smtp.port", String.valueOf(settings.port()));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.writetimeout", "10000");
        props.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        if (settings.user() != null) {
            props.put("mail.smtp.auth", "true");
            return Session.getInstance(props, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(settings.user(), settings.password());
                }
            });
        }
        return Session.getInstance(props);
    }

    public static void send(Settings settings, AlertRaised alert) throws MessagingException {
        MimeMessage message = new MimeMessage(session(settings));
        message.setFrom(settings.from());
        message.setRecipients(Message.RecipientType.TO, settings.to().toArray(InternetAddress[]::new));
        message.setSubject(subject(alert), "UTF-8");
        message.setText(body(alert, settings.portalUrl()), "UTF-8");
        message.setSentDate(new java.util.Date());
        Transport.send(message);
    }

    private static String periodText(AlertRaised alert) {
        return "week".equals(alert.interval()) ? "week of " + DAY.format(alert.period()) : DAY.format(alert.period());
    }

    private static String methodText(String method) {
        return switch (method) {
            case "ears-c2" -> "EARS C2 on working days (baseline 7, minSigma 0.5)";
            case "farrington" -> "Farrington flexible on weeks";
            default -> method;
        };
    }

    private static Optional<String> value(Function<String, Optional<String>> config, String key) {
        return config.apply(key).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static InternetAddress address(String key, String text) {
        try {
            InternetAddress address = new InternetAddress(text.strip(), true);
            return address;
        } catch (AddressException e) {
            throw new IllegalArgumentException(key + " is not an e-mail address: " + text.strip());
        }
    }
}
