package org.ecdp.mentoring.matching.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.vocabulary.AvailabilitySlot;
import org.ecdp.domain.vocabulary.ImpairmentGroup;
import org.ecdp.domain.vocabulary.Locality;

/**
 * A volunteer as matching sees them: where they are and how far they travel (or that they meet
 * remotely), how many people they will mentor at once ({@code capacity}, 1 to 5) and how many they
 * mentor now, what they offer, the languages they speak (lower-case codes such as "en", "bsl"),
 * the lived experience they chose to share, when they are free, the access support they can give,
 * their DBS certificate and training date (either may be missing), and their status. Contact
 * details are not here: matching never needs them.
 */
public record VolunteerProfile(
        long id,
        Locality district,
        boolean remote,
        int travelKm,
        int capacity,
        int activeMatches,
        Set<Goal> skills,
        Set<String> languages,
        Set<ImpairmentGroup> livedExperience,
        Set<AvailabilitySlot> availability,
        Set<AccessNeed> accessSupport,
        DbsCertificate dbs,
        LocalDate trainingCompletedOn,
        VolunteerStatus status) {

    public static final int MAX_CAPACITY = 5;

    public VolunteerProfile {
        new InvalidInput.Collector()
                .check(capacity >= 1 && capacity <= MAX_CAPACITY, "capacity", "must be between 1 and " + MAX_CAPACITY)
                .check(travelKm >= 0, "travelKm", "must not be negative")
                .check(activeMatches >= 0, "activeMatches", "must not be negative")
                .check(district != null, "district", "is required")
                .check(status != null, "status", "is required")
                .throwIfAny();
        skills = Set.copyOf(skills);
        languages = normalised(languages);
        livedExperience = Set.copyOf(livedExperience);
        availability = Set.copyOf(availability);
        accessSupport = Set.copyOf(accessSupport);
    }

    /**
     * Refuses what can only be judged against today: a DBS certificate issued in the future
     * ({@code dbs.issuedOn}). A training date to come is allowed: it simply does not count yet.
     */
    public void requireDatesPossibleOn(LocalDate today) {
        if (dbs != null && dbs.issuedOn().isAfter(today)) {
            throw InvalidInput.of("dbs.issuedOn", "must not be in the future");
        }
    }

    /** Places this volunteer can still take: capacity less the people they mentor now, never below 0. */
    public int freePlaces() {
        return Math.max(0, capacity - activeMatches);
    }

    public boolean speaks(String language) {
        return languages.contains(language.trim().toLowerCase(Locale.ROOT));
    }

    static Set<String> normalised(Set<String> languages) {
        return languages.stream().map(l -> Objects.requireNonNull(l).trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    static List<String> normalised(List<String> languages) {
        return languages.stream().map(l -> Objects.requireNonNull(l).trim().toLowerCase(Locale.ROOT))
                .distinct().toList();
    }
}
