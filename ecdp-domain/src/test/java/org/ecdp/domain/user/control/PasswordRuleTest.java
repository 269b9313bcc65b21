package org.ecdp.domain.user.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ecdp.domain.validation.InvalidInput;
import org.junit.jupiter.api.Test;

class PasswordRuleTest {

    @Test
    void theCommonPasswordListIsLoadedWhole() {
        assertThat(CommonPasswords.size()).isGreaterThan(29_000);
    }

    @Test
    void elevenCharactersAreTooFewTwelveAreEnough() {
        assertThatThrownBy(() -> Passwords.checkStrength("password", "river stone"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("12");
        assertThatCode(() -> Passwords.checkStrength("password", "river stones")).doesNotThrowAnyException();
    }

    @Test
    void aCommonPasswordIsRefusedNamingTheFieldWhateverItsCase() {
        for (String common : new String[] {"qwerty123456", "1qaz2wsx3edc", "QazWsxEdcRfv", "password1234", "Dragon2024!!", "!!monkey1234"}) {
            assertThatThrownBy(() -> Passwords.checkStrength("new", common)).as(common)
                    .isInstanceOfSatisfying(InvalidInput.class, e -> {
                        assertThat(e.errors().get(0).field()).isEqualTo("new");
                        assertThat(e.errors().get(0).message()).contains("commonly used");
                    });
        }
    }

    @Test
    void aPassphraseThatMerelyContainsACommonWordIsAccepted() {
        assertThatCode(() -> Passwords.checkStrength("password", "correct horse battery")).doesNotThrowAnyException();
        assertThatCode(() -> Passwords.checkStrength("password", "dragonfly over the marsh")).doesNotThrowAnyException();
    }
}
