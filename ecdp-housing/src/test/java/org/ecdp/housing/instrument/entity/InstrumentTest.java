package org.ecdp.housing.instrument.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import org.ecdp.domain.validation.InvalidInput;
import org.junit.jupiter.api.Test;

class InstrumentTest {

    @Test
    void aSummedInstrumentsValidRangeRunsFromEveryItemLowestToEveryItemHighest() {
        Instrument home = Instrument.summed("HOME_WELLBEING", "Home", Collections.nCopies(10, "item"), 1, 5, 4, true);
        assertThat(home.getValidMin()).isEqualTo(10);
        assertThat(home.getValidMax()).isEqualTo(50);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        home.checkScore(problems, "score", 10.0);
        home.checkScore(problems, "score", 50.0);
        assertThat(problems.hasErrors()).isFalse();
        home.checkScore(problems, "score", 50.5);
        assertThat(problems.hasErrors()).isTrue();
    }
}
