package org.ecdp.housing.allocation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ecdp.housing.allocation.entity.Allocation;
import org.ecdp.housing.allocation.entity.AllocationSeed;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.allocation.entity.Stratum;
import org.ecdp.housing.instrument.entity.Instrument;
import org.ecdp.housing.enrolment.entity.EnrolmentDraft;
import org.ecdp.housing.enrolment.entity.Participant;
import org.ecdp.housing.programme.entity.Programme;
import org.ecdp.housing.programme.entity.ProgrammeDraft;
import org.junit.jupiter.api.Test;

/**
 * Stratification by scheme x baseline band, as enrolment does it: the band from the saved
 * baseline, then the next place in that stratum's sequence. Over many seeds and random
 * baselines, in every scheme x band stratum the arms never differ by more than half the largest
 * block, while across a scheme (bands pooled) they may.
 */
class BandStratificationTest {

    static final Instrument HOME = Instrument.summed("HOME_WELLBEING", "Home and wellbeing",
            List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"), 1, 5, 4, true);
    static final List<String> SCHEMES = List.of("HARLOW_COURT", "BASILDON_HOUSE", "COLCHESTER_HOUSE");

    static AllocationSeed seed(long n) {
        byte[] bytes = new byte[AllocationSeed.LENGTH_BYTES];
        new Random(n).nextBytes(bytes);
        return AllocationSeed.fromBytes(bytes);
    }

    @Test
    void inEverySchemeByBandStratumTheArmsStayWithinHalfTheLargestBlock() {
        int largestGap = 0;
        int strataSeen = 0;
        for (long s = 0; s < 200; s++) {
            Programme programme = Programme.setUp(new ProgrammeDraft("Banded", SCHEMES, List.of("HOME_WELLBEING"),
                    List.of("scheme", "baselineBand"), List.of(2, 4), List.of(1, 1), null, null, null, "HOME_WELLBEING",
                    List.of(20.0, 30.0)), seed(s), "evaluator", Instant.EPOCH);
            Random tenants = new Random(1000 + s);
            Map<Stratum, int[]> counts = new HashMap<>();
            for (int i = 0; i < 120; i++) {
                String scheme = SCHEMES.get(tenants.nextInt(SCHEMES.size()));
                double baseline = 10 + tenants.nextInt(41);
                String ref = "HS-" + i;
                Participant p = Participant.enrol(programme, new EnrolmentDraft(ref, scheme, true, null, null, null,
                        "HOME_WELLBEING", baseline), HOME, "P-" + i, "coordinator", LocalDate.of(2026, 11, 26));
                assertThat(p.getBaselineBand()).isEqualTo(baseline < 20 ? "B1" : baseline < 30 ? "B2" : "B3");
                Stratum stratum = programme.stratumFor(scheme, p.getBaselineBand());
                int[] c = counts.computeIfAbsent(stratum, k -> new int[2]);
                Allocation a = new Randomiser(programme.randomisationScheme(), programme.seedToRandomise(new AesGcmSeedSealer(new byte[AesGcmSeedSealer.KEY_BYTES]))).randomise(programme.chainHead(), stratum, c[0] + c[1], ref, Instant.EPOCH);
                programme.recordAllocation(a);
                c[a.arm() == Arm.COACHED ? 0 : 1]++;
                assertThat(Math.abs(c[0] - c[1])).as("seed %d %s", s, stratum).isLessThanOrEqualTo(2);
                largestGap = Math.max(largestGap, Math.abs(c[0] - c[1]));
            }
            assertThat(counts.keySet()).allMatch(k -> k.key().matches("band=B[123];scheme=[A-Z_]+"));
            strataSeen = Math.max(strataSeen, counts.size());
        }
        assertThat(strataSeen).as("3 schemes x 3 bands").isEqualTo(9);
        assertThat(largestGap).as("blocks of 4 are used").isEqualTo(2);
    }
}
