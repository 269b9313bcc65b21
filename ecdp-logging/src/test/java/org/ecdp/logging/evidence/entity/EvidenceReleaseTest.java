package org.ecdp.logging.evidence.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvidenceReleaseTest {

    private static final LocalDate FROM = LocalDate.of(2026, 3, 2);
    private static final LocalDate TO = LocalDate.of(2026, 3, 29);
    /** Transport (1) with its sub-theme Buses (2). */
    private final EvidenceRelease transport = new EvidenceRelease(Set.of(1L, 2L), "Transport", FROM, TO, Instant.EPOCH, "officer");

    @Test
    void aPackOneDayLongerIsRefusedBecauseTheDifferenceIsOneDaysCount() {
        assertThat(transport.clashesWith(Set.of(1L, 2L), FROM, TO.plusDays(1))).isTrue();
        assertThat(transport.clashesWith(Set.of(1L, 2L), FROM.plusDays(1), TO)).isTrue();
    }

    @Test
    void theSamePackAgainRevealsNothingNew() {
        assertThat(transport.clashesWith(Set.of(1L, 2L), FROM, TO)).isFalse();
        assertThat(transport.isSameAs(Set.of(2L, 1L), FROM, TO)).isTrue();
    }

    @Test
    void aPackOfASubThemeOrOfMoreThemesOverTheSameDatesIsRefused() {
        assertThat(transport.clashesWith(Set.of(2L), FROM, TO)).as("Buses alone: Transport minus it is the rest").isTrue();
        assertThat(transport.clashesWith(Set.of(1L, 2L, 7L), FROM, TO)).as("Transport and Benefits").isTrue();
    }

    @Test
    void otherThemesOrTheNextMonthAreFree() {
        assertThat(transport.clashesWith(Set.of(7L), FROM, TO)).isFalse();
        assertThat(transport.clashesWith(Set.of(1L, 2L), TO.plusDays(1), TO.plusMonths(1))).isFalse();
        assertThat(transport.clashesWith(Set.of(1L, 2L), FROM.minusMonths(1), FROM.minusDays(1))).isFalse();
        assertThat(transport.clashesWith(Set.of(1L, 2L), TO, TO.plusMonths(1))).as("one shared day is an overlap").isTrue();
    }
}
