package org.ecdp.mentoring.matching.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatchScorerWordsTest {

    @Test
    void languagesAreNamedNotCoded() {
        assertThat(MatchScorer.language("pl")).isEqualTo("Polish");
        assertThat(MatchScorer.language("en")).isEqualTo("English");
        assertThat(MatchScorer.language("bsl")).isEqualTo("British Sign Language");
        assertThat(MatchScorer.language("xx")).as("an unknown code is kept").isEqualTo("xx");
    }
}
