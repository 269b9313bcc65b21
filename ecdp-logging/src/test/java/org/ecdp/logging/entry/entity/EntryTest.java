package org.ecdp.logging.entry.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ecdp.domain.service.entity.Service;
import org.ecdp.domain.validation.FieldError;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.logging.theme.entity.Theme;
import org.junit.jupiter.api.Test;

class EntryTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 4);
    static final Instant NOW = Instant.parse("2026-03-04T10:00:00Z");
    final Service advocacy = new Service("ADVOCACY", "Advocacy");
    final Theme benefits = new Theme("BENEFITS", "Benefits", null);
    final Theme accessToWork = new Theme("ACCESS_TO_WORK", "Access to Work", benefits);

    EntryDraft draft(LocalDate on, String summary, Integer people) {
        return new EntryDraft("ADVOCACY", on, List.of("ACCESS_TO_WORK"), summary, people, "PHONE", "CHELMSFORD", null, null, null);
    }

    @Test
    void aValidDraftBecomesAnEntryWithDefaultsAndTrimmedSummary() {
        Entry e = new Entry(advocacy, Set.of(accessToWork), draft(TODAY, "  Cannot use my PA to drive me  ", null), "staff", NOW, TODAY);
        assertThat(e.getSummary()).isEqualTo("Cannot use my PA to drive me");
        assertThat(e.getPeopleCount()).isEqualTo(1);
        assertThat(e.getThemeLabels()).isEqualTo("Benefits › Access to Work");
    }

    @Test
    void everyProblemIsReportedNamingItsField() {
        EntryDraft bad = new EntryDraft("ADVOCACY", TODAY.plusDays(1), List.of(), "x".repeat(2001), 0, "PIGEON", "MARS", "TALL", "Jane Smith", null);
        assertThatThrownBy(() -> new Entry(advocacy, Set.of(), bad, "staff", NOW, TODAY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("occurredOn", "themes", "summary", "peopleCount", "channel", "locality",
                                "impairmentGroup", "personRef"));
    }

    @Test
    void aRetiredThemeCannotBeChosenForANewEntry() {
        Theme retired = new Theme("OLD", "Old theme", null);
        retired.retire();
        assertThatThrownBy(() -> new Entry(advocacy, Set.of(retired), draft(TODAY, "x", 1), "staff", NOW, TODAY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("themes"));
    }

    @Test
    void authorsChangeTheirOwnEntryForSevenDaysAndTheOfficerAlways() {
        Entry e = new Entry(advocacy, Set.of(accessToWork), draft(TODAY, "x", 1), "staff", NOW, TODAY);
        assertThat(e.canBeChangedBy("staff", false, NOW.plus(Duration.ofDays(7)))).isTrue();
        assertThat(e.canBeChangedBy("staff", false, NOW.plus(Duration.ofDays(8)))).isFalse();
        assertThat(e.canBeChangedBy("someone-else", false, NOW)).isFalse();
        assertThat(e.canBeChangedBy("officer", true, NOW.plus(Duration.ofDays(400)))).isTrue();
        e.delete(NOW);
        assertThat(e.canBeChangedBy("officer", true, NOW)).as("a deleted entry is history").isFalse();
    }

    @Test
    void themesHaveTwoLevelsAndAMergedCodeResolvesToTheSurvivor() {
        assertThatThrownBy(() -> new Theme("DEEP", "Too deep", accessToWork)).isInstanceOf(InvalidInput.class);
        Theme hate = new Theme("HATE", "Hate", null);
        Theme hateCrime = new Theme("HATE_CRIME", "Disability hate crime", null);
        hate.mergeInto(hateCrime);
        assertThat(hate.resolved()).isSameAs(hateCrime);
        assertThat(hate.isRetired()).isTrue();
        assertThatThrownBy(hate::reinstate).isInstanceOf(InvalidInput.class);
    }

    @Test
    void theSearchIndexFoldsCaseAndAccentsAndDropsSingleLetters() {
        assertThat(EntryWord.wordsOf("Café access – PIP, a bus")).containsExactly("cafe", "access", "pip", "bus");
    }

    @Test
    void aSearchedWordFindsTheWordsItBeginsAndItsWildcardsAreTakenAsNothing() {
        assertThat(EntryWord.prefixPattern("bus")).isEqualTo("bus%");
        assertThat(EntryWord.prefixPattern("50%_off")).isEqualTo("50off%");
    }
}
