package org.ecdp.logging.alert.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.ecdp.logging.alert.entity.AlertRaised;
import org.ecdp.logging.privacy.control.PersonalDataDetector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The alert e-mail, sent through Jakarta Mail to a real SMTP server (GreenMail) running in this JVM. */
class AlertMailTest {

    private static final AlertRaised SURGE = new AlertRaised(42, "ACCESS_TO_WORK", "Benefits › Access to Work", "ears-c2", "day",
            LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 3), 9, 1.57, 3.21);

    private GreenMail smtp;

    @BeforeEach
    void start() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    @Test
    void theOfficerGetsTheAlertsFiguresAndLinksAndNothingAboutAnyone() throws Exception {
        AlertMail.Settings settings = AlertMail.settings(config(Map.of("ecdp.mail.host", "127.0.0.1",
                "ecdp.mail.port", String.valueOf(smtp.getSmtp().getPort()), "ecdp.mail.from", "ecdp portal <portal@ecdp.test>",
                "ecdp.mail.to", "officer@ecdp.test, deputy@ecdp.test", "ecdp.portal.url", "https://portal.ecdp.test"))).orElseThrow();

        AlertMail.send(settings, SURGE);

        assertThat(smtp.waitForIncomingEmail(10_000, 2)).as("one message to each recipient").isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString))
                .containsExactly("officer@ecdp.test", "deputy@ecdp.test");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("ecdp portal <portal@ecdp.test>");
        assertThat(mail.getSubject()).isEqualTo("ecdp alert: Benefits › Access to Work, Tuesday 3 March 2026 (9 entries)");
        String body = ((String) mail.getContent()).replace("\r\n", "\n");
        assertThat(body).contains("Theme:     Benefits › Access to Work (ACCESS_TO_WORK)")
                .contains("Observed:  9 entries")
                .contains("Expected:  1.57")
                .contains("Threshold: 3.21")
                .contains("Method:    EARS C2 on working days (baseline 7, minSigma 0.5)")
                .contains("https://portal.ecdp.test/trends/alerts.xhtml?status=NEW")
                .contains("https://portal.ecdp.test/log/entries.xhtml?theme=ACCESS_TO_WORK&from=2026-03-03&to=2026-03-03");
        assertThat(new PersonalDataDetector().findIn(body.replace("officer@ecdp.test", ""))).as("no personal data").isEmpty();
    }

    @Test
    void aWeeklyAlertNamesItsWeekAndFarrington() throws Exception {
        AlertRaised weekly = new AlertRaised(7, "HATE_CRIME", "Safety › Disability hate crime", "farrington", "week",
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 8), 12, 3.4, 8.9);
        AlertMail.send(AlertMail.settings(config(Map.of("ecdp.mail.host", "127.0.0.1", "ecdp.mail.port",
                String.valueOf(smtp.getSmtp().getPort()), "ecdp.mail.from", "portal@ecdp.test", "ecdp.mail.to", "officer@ecdp.test")))
                .orElseThrow(), weekly);

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).contains("week of Monday 2 March 2026");
        assertThat(((String) mail.getContent())).contains("Farrington flexible on weeks")
                .contains("http://localhost:8080/log/entries.xhtml?theme=HATE_CRIME&from=2026-02-28&to=2026-03-08");
    }

    @Test
    void mailIsOffUntilAHostASenderAndARecipientAreSet() {
        assertThat(AlertMail.settings(config(Map.of()))).isEmpty();
        assertThat(AlertMail.settings(config(Map.of("ecdp.mail.host", "smtp.ecdp.test", "ecdp.mail.from", "portal@ecdp.test")))).isEmpty();
        assertThat(AlertMail.settings(config(Map.of("ecdp.mail.host", " ", "ecdp.mail.from", "p@ecdp.test", "ecdp.mail.to", "o@ecdp.test"))))
                .isEmpty();
        assertThat(AlertMail.settings(config(Map.of("ecdp.mail.host", "smtp.ecdp.test", "ecdp.mail.from", "p@ecdp.test",
                "ecdp.mail.to", "o@ecdp.test"))).orElseThrow().port()).isEqualTo(25);
    }

    @Test
    void anUnusableSettingIsNamed() {
        Map<String, String> base = new HashMap<>(Map.of("ecdp.mail.host", "smtp.ecdp.test", "ecdp.mail.from", "p@ecdp.test",
                "ecdp.mail.to", "o@ecdp.test"));
        base.put("ecdp.mail.port", "twenty-five");
        assertThatThrownBy(() -> AlertMail.settings(config(base))).hasMessageContaining("ecdp.mail.port");
        base.put("ecdp.mail.port", "25");
        base.put("ecdp.mail.to", "officer at ecdp");
        assertThatThrownBy(() -> AlertMail.settings(config(base))).hasMessageContaining("ecdp.mail.to");
    }

    private static java.util.function.Function<String, Optional<String>> config(Map<String, String> values) {
        return key -> Optional.ofNullable(values.get(key));
    }
}
