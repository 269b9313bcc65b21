package org.ecdp.mentoring.matching.entity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.vocabulary.AvailabilitySlot;
import org.ecdp.domain.vocabulary.ImpairmentGroup;
import org.ecdp.domain.vocabulary.Locality;

/**
 * A person's request for a mentor while it waits for a match: a pseudonymous reference, their
 * district and whether they would meet remotely, their goals, the languages they use (the first is
 * the one they prefer), the lived experience they would like a mentor to share (or null), when they
 * can meet, their access needs, and the date they were referred (days waiting count from it).
 * A person whose access needs include REMOTE_ONLY meets remotely whatever {@code remoteOk} says.
 */
public record WaitingRequest(
        long id,
        String ref,
        Locality district,
        boolean remoteOk,
        Set<Goal> goals,
        List<String> languages,
        ImpairmentGroup sharedExperience,
        Set<AvailabilitySlot> availability,
        Set<AccessNeed> accessNeeds,
        LocalDate referredOn) {

    public WaitingRequest {
        new InvalidInput.Collector()
                .check(district != null, "district", "is required")
                .check(referredOn != null, "referredOn", "is required")
                .check(goals != null && !goals.isEmpty(), "goals", "at least one goal is required")
                .throwIfAny();
        goals = Set.copyOf(goals);
        languages = VolunteerProfile.normalised(languages);
        availability = Set.copyOf(availability);
        accessNeeds = Set.copyOf(accessNeeds);
    }

    public boolean remoteOnly() {
        return accessNeeds.contains(AccessNeed.REMOTE_ONLY);
    }

    /** Whether this person would meet a mentor remotely at all. */
    public boolean meetsRemotely() {
        return remoteOk || remoteOnly();
    }

    public boolean hasRegulatedGoal() {
        return goals.stream().anyMatch(Goal::isRegulatedActivity);
    }

    /** Whole days since referral on {@code today}, never negative. */
    public long daysWaitingOn(LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(referredOn, today));
    }
}
