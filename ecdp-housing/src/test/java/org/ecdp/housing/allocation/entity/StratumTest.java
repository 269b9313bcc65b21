package org.ecdp.housing.allocation.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StratumTest {

    @Test
    void theSameFactorsGiveTheSameStratumWhateverTheirOrder() {
        Map<String, String> schemeFirst = new LinkedHashMap<>();
        schemeFirst.put("scheme", "HARLOW_COURT");
        schemeFirst.put("band", "LOW");
        Map<String, String> bandFirst = new LinkedHashMap<>();
        bandFirst.put("band", "LOW");
        bandFirst.put("scheme", "HARLOW_COURT");

        assertThat(Stratum.of(schemeFirst)).isEqualTo(Stratum.of(bandFirst))
                .isEqualTo(new Stratum("band=LOW;scheme=HARLOW_COURT"));
    }

    @Test
    void aFactorValueCannotImitateAnotherStratum() {
        assertThatThrownBy(() -> Stratum.of(Map.of("band", "LOW;scheme=HARLOW_COURT")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
