package org.ecdp.logging.imports.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.ecdp.logging.imports.control.ServiceAndThemeResolver.ResolvedTheme;
import org.junit.jupiter.api.Test;

class KnownNamesTest {

    final KnownNames names = new KnownNames()
            .service("INFORMATION_LINE", "Information Line")
            .service("ADVOCACY", "Advocacy")
            .theme("HATE_CRIME", "Disability hate crime", "HATE_CRIME", true)
            .theme("DISABILITY_HATE", "Disability hate", "HATE_CRIME", true)
            .theme("BLUE_BADGE", "Blue Badge", "BLUE_BADGE", false);

    @Test
    void aSheetIsAServiceByNameOrCodeWhateverTheCaseAndSpaces() {
        assertThat(names.serviceCode(" information line ")).contains("INFORMATION_LINE");
        assertThat(names.serviceCode("advocacy")).contains("ADVOCACY");
        assertThat(names.serviceCode("Payroll")).isEmpty();
    }

    @Test
    void aMergedThemesOldCodeAndNameResolveToTheSurvivor() {
        assertThat(names.theme("disability_hate")).contains(new ResolvedTheme("HATE_CRIME", true));
        assertThat(names.theme("Disability hate")).contains(new ResolvedTheme("HATE_CRIME", true));
    }

    @Test
    void aRetiredThemeResolvesButIsNotLive() {
        assertThat(names.theme("blue badge")).contains(new ResolvedTheme("BLUE_BADGE", false));
        assertThat(names.theme("Parking")).isEmpty();
    }
}
