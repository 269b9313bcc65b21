package org.ecdp.logging.entry.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ecdp.domain.vocabulary.Channel;
import org.ecdp.domain.vocabulary.Locality;
import org.junit.jupiter.api.Test;

class DayCountsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 4);

    /** An entry's id, and the slot it is counted in. */
    private static final long ENTRY = 41L;
    private static final int SLOT = 1;

    @Test
    void anEntryIsCountedOnItsDayAndAgainUnderItsChannelAndItsLocalityPlainRowsFirst() {
        DayCounts counts = new DayCounts(1L).add(ENTRY, 7L, DAY, List.of(), 3, Channel.PHONE, Locality.CHELMSFORD, +1);

        assertThat(counts.deltas().keySet()).containsExactly(
                new DayCounts.Key(0L, 7L, DAY, SLOT),
                new DayCounts.Key(DayCounts.Facet.CHANNEL, "PHONE", 0L, 7L, DAY, SLOT),
                new DayCounts.Key(DayCounts.Facet.LOCALITY, "CHELMSFORD", 0L, 7L, DAY, SLOT));
        assertThat(counts.deltas().values()).allSatisfy(d -> assertThat(d).containsExactly(1L, 3L));
    }

    @Test
    void anEntryWithoutChannelOrLocalityIsCountedOnItsDayOnly() {
        DayCounts counts = new DayCounts(1L).add(ENTRY, 7L, DAY, List.of(), 1, null, null, +1);

        assertThat(counts.deltas().keySet()).containsExactly(new DayCounts.Key(0L, 7L, DAY, SLOT));
    }

    @Test
    void anEditToAnotherChannelTakesItFromTheOldAndAddsItToTheNew() {
        DayCounts counts = new DayCounts(1L).add(ENTRY, 7L, DAY, List.of(), 2, Channel.PHONE, null, -1)
                .add(ENTRY, 7L, DAY, List.of(), 2, Channel.EMAIL, null, +1);

        assertThat(counts.deltas().get(new DayCounts.Key(0L, 7L, DAY, SLOT))).containsExactly(0L, 0L);
        assertThat(counts.deltas().get(new DayCounts.Key(DayCounts.Facet.CHANNEL, "PHONE", 0L, 7L, DAY, SLOT))).containsExactly(-1L, -2L);
        assertThat(counts.deltas().get(new DayCounts.Key(DayCounts.Facet.CHANNEL, "EMAIL", 0L, 7L, DAY, SLOT))).containsExactly(1L, 2L);
    }

    @Test
    void consecutiveEntriesAreCountedInDifferentRowsSoTheirTransactionsDoNotQueueOnOne() {
        DayCounts counts = new DayCounts(1L);
        for (long id = 100; id < 100 + DayCounts.SLOTS; id++) {
            counts.add(id, 7L, DAY, List.of(), 1, null, null, +1);
        }

        assertThat(counts.deltas().keySet()).extracting(DayCounts.Key::slot).containsExactly(0, 1, 2, 3);
        assertThat(counts.deltas().values()).allSatisfy(d -> assertThat(d).containsExactly(1L, 1L));
    }

    @Test
    void anEntryIsTakenFromTheRowItWasAddedTo() {
        DayCounts counts = new DayCounts(1L).add(ENTRY, 7L, DAY, List.of(), 2, null, null, +1)
                .add(ENTRY, 7L, DAY, List.of(), 2, null, null, -1);

        assertThat(counts.deltas()).containsOnlyKeys(new DayCounts.Key(0L, 7L, DAY, SLOT));
        assertThat(counts.deltas().get(new DayCounts.Key(0L, 7L, DAY, SLOT))).containsExactly(0L, 0L);
    }
}
