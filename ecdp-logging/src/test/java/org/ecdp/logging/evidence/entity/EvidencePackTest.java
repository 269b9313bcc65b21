package org.ecdp.logging.evidence.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidencePackTest {

    private static EvidencePack pack(boolean external, long entries, int services) {
        return new EvidencePack("T", List.of("Transport"), LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 30), external,
                entries, entries, services, null, null, null, List.of(), List.of(), java.util.Set.of(1L));
    }

    @Test
    void aPublishedPackHidesAServicesCountUnderTen() {
        assertThat(pack(true, 500, 3).servicesText()).isEqualTo("<10");
        assertThat(pack(true, 500, 12).servicesText()).isEqualTo("12");
    }

    @Test
    void aPublishedPackOfAHandfulOfEntriesHidesHowManyServicesHeardThem() {
        assertThat(pack(true, 4, 12).servicesText()).isEqualTo("<10");
        assertThat(pack(true, 4, 12).entriesText()).isEqualTo("<10");
    }

    @Test
    void anInternalPackShowsExactCounts() {
        assertThat(pack(false, 4, 3).servicesText()).isEqualTo("3");
    }
}
