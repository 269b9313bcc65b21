package org.ecdp.web.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ecdp.logging.theme.entity.Theme;
import org.junit.jupiter.api.Test;

class ThemeChoiceTest {

    private final Theme benefits = new Theme("BENEFITS", "Benefits", null);
    private final ThemeChoice choice = new ThemeChoice(List.of(benefits,
            new Theme("ACCESS_TO_WORK", "Access to Work", benefits),
            new Theme("PIP", "Personal Independence Payment", benefits),
            new Theme("TRANSPORT", "Transport", null),
            new Theme("ACCESSIBILITY", "Accessibility", null),
            new Theme("HATE_CRIME", "Disability hate crime", null),
            new Theme("EMPLOYMENT", "Employment", null)),
            Map.of("ACCESS_TO_WORK", List.of("atw"), "PIP", List.of("PIP"), "TRANSPORT", List.of("bus", "taxi"),
                    "BENEFITS", List.of("DWP"), "HATE_CRIME", List.of("abuse")));

    @Test
    void everydayWordsAndAbbreviationsFindTheirThemeWhateverTheCase() {
        assertThat(choice.complete("bus")).containsExactly("TRANSPORT");
        assertThat(choice.complete("ATW")).containsExactly("ACCESS_TO_WORK");
        assertThat(choice.complete("pip")).containsExactly("PIP");
        assertThat(choice.complete("dwp")).containsExactly("BENEFITS");
        assertThat(choice.complete("tax")).as("the start of an alias").containsExactly("TRANSPORT");
    }

    @Test
    void namesThatStartWithTheTypedTextComeFirstAndEveryMatchIsListed() {
        assertThat(choice.complete("access")).containsExactly("ACCESSIBILITY", "ACCESS_TO_WORK");
        assertThat(choice.complete("work")).containsExactly("ACCESS_TO_WORK");
        assertThat(choice.complete("e")).first().isEqualTo("EMPLOYMENT");
        assertThat(choice.complete("hate")).containsExactly("HATE_CRIME");
    }

    @Test
    void aChosenThemeIsNotOfferedAgainAndNothingTypedOffersNothing() {
        choice.toAdd("TRANSPORT");
        choice.addPicked();
        assertThat(choice.complete("bus")).isEmpty();
        assertThat(choice.complete("  ")).isEmpty();
        assertThat(choice.chosen()).containsExactly("TRANSPORT");
    }

    @Test
    void theChoiceTheFormCarriedComesBackInItsOrderKnownThemesOnlyEachOnce() {
        choice.toAdd("PIP");
        choice.addPicked();
        choice.toAdd("TRANSPORT");
        choice.addPicked();
        assertThat(choice.carried()).isEqualTo("PIP,TRANSPORT");

        ThemeChoice afresh = new ThemeChoice(List.of(new Theme("PIP", "Personal Independence Payment", null),
                new Theme("TRANSPORT", "Transport", null)), Map.of());
        afresh.carry(choice.carried() + ", NO_SUCH,PIP,<script>");
        assertThat(afresh.chosen()).containsExactly("PIP", "TRANSPORT");
        afresh.carry("");
        assertThat(afresh.chosen()).as("all removed in the browser").isEmpty();
    }
}
