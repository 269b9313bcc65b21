package org.ecdp.mentoring.matching.control;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.ecdp.domain.vocabulary.AvailabilitySlot;
import org.ecdp.domain.vocabulary.ImpairmentGroup;
import org.ecdp.domain.vocabulary.Locality;
import org.ecdp.mentoring.matching.entity.AccessNeed;
import org.ecdp.mentoring.matching.entity.DbsCertificate;
import org.ecdp.mentoring.matching.entity.DbsLevel;
import org.ecdp.mentoring.matching.entity.Goal;
import org.ecdp.mentoring.matching.entity.VolunteerProfile;
import org.ecdp.mentoring.matching.entity.VolunteerStatus;
import org.ecdp.mentoring.matching.entity.WaitingRequest;

/**
 * Plausible random requests and volunteers (seeded, so every run sees the same): Essex districts,
 * mostly trained and checked volunteers who travel 5-40 km, some remote, capacities 1-3, a few
 * regulated goals and BSL users. Used by the solver tests and the benchmark.
 */
final class RandomInstances {

    private static final Locality[] DISTRICTS = Locality.values();
    private static final Goal[] GOALS = Goal.values();
    private static final AvailabilitySlot[] SLOTS = AvailabilitySlot.values();
    private static final ImpairmentGroup[] GROUPS = ImpairmentGroup.values();
    private static final AccessNeed[] NEEDS = AccessNeed.values();

    private final Random random;

    RandomInstances(long seed) {
        this.random = new Random(seed);
    }

    List<WaitingRequest> requests(int count) {
        List<WaitingRequest> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Set<Goal> goals = EnumSet.noneOf(Goal.class);
            int howMany = 1 + random.nextInt(3);
            while (goals.size() < howMany) {
                goals.add(random.nextInt(10) == 0 ? GOALS[6 + random.nextInt(2)] : GOALS[random.nextInt(6)]);
            }
            Set<AccessNeed> needs = EnumSet.noneOf(AccessNeed.class);
            if (random.nextInt(4) == 0) {
                needs.add(NEEDS[random.nextInt(NEEDS.length)]);
            }
            List<String> languages = needs.contains(AccessNeed.BSL) ? List.of("bsl", "en")
                    : random.nextInt(10) == 0 ? List.of("pl", "en") : List.of("en");
            requests.add(new WaitingRequest(i + 1, "R-" + (i + 1), DISTRICTS[random.nextInt(DISTRICTS.length - 1)],
                    random.nextBoolean(), goals, languages,
                    random.nextBoolean() ? GROUPS[random.nextInt(GROUPS.length - 1)] : null,
                    slots(1 + random.nextInt(5)), needs, Fixtures.TODAY.minusDays(random.nextInt(300))));
        }
        return requests;
    }

    List<VolunteerProfile> volunteers(int count, int maxCapacity) {
        List<VolunteerProfile> volunteers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Set<Goal> skills = EnumSet.noneOf(Goal.class);
            int howMany = 2 + random.nextInt(4);
            while (skills.size() < howMany) {
                skills.add(GOALS[random.nextInt(GOALS.length)]);
            }
            Set<String> languages = random.nextInt(8) == 0 ? Set.of("en", "bsl")
                    : random.nextInt(10) == 0 ? Set.of("en", "pl") : Set.of("en");
            Set<AccessNeed> support = EnumSet.noneOf(AccessNeed.class);
            for (AccessNeed need : NEEDS) {
                if (random.nextInt(3) == 0) {
                    support.add(need);
                }
            }
            int capacity = 1 + random.nextInt(maxCapacity);
            Set<ImpairmentGroup> lived = random.nextBoolean() ? Set.of(GROUPS[random.nextInt(GROUPS.length - 1)]) : Set.of();
            DbsLevel level = random.nextInt(3) == 0 ? DbsLevel.ENHANCED_BARRED_ADULTS : DbsLevel.ENHANCED;
            volunteers.add(new VolunteerProfile(i + 1, DISTRICTS[random.nextInt(DISTRICTS.length - 1)],
                    random.nextInt(3) == 0, 5 + random.nextInt(36), capacity, random.nextInt(4) == 0 ? 1 : 0,
                    skills, languages, lived, slots(2 + random.nextInt(8)), support,
                    new DbsCertificate(level,
                            Fixtures.TODAY.minusDays(random.nextInt(1400)), random.nextInt(3) > 0),
                    random.nextInt(15) == 0 ? null : Fixtures.TODAY.minusDays(10 + random.nextInt(700)),
                    random.nextInt(12) == 0 ? VolunteerStatus.PAUSED : VolunteerStatus.ACTIVE));
        }
        return volunteers;
    }

    private Set<AvailabilitySlot> slots(int count) {
        Set<AvailabilitySlot> slots = EnumSet.noneOf(AvailabilitySlot.class);
        while (slots.size() < count) {
            slots.add(SLOTS[random.nextInt(SLOTS.length)]);
        }
        return slots;
    }
}
