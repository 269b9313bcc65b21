package org.ecdp.mentoring.matching.control;

import java.time.LocalDate;

import org.ecdp.mentoring.matching.entity.AccessNeed;
import org.ecdp.mentoring.matching.entity.WaitingRequest;

/** A request digested once per run (bit masks, days waiting) so each pair costs only bit arithmetic. */
final class RequestFacts {

    final WaitingRequest request;
    final int goals;
    final int slots;
    final int accessNeeds;
    final boolean regulated;
    final boolean remoteOnly;
    final boolean meetsRemotely;
    final boolean needsBsl;
    final long daysWaiting;
    final int sharedExperience;

    RequestFacts(WaitingRequest request, LocalDate today) {
        this.request = request;
        this.goals = Masks.of(request.goals());
        this.slots = Masks.of(request.availability());
        this.accessNeeds = Masks.of(request.accessNeeds());
        this.regulated = request.hasRegulatedGoal();
        this.remoteOnly = request.remoteOnly();
        this.meetsRemotely = request.meetsRemotely();
        this.needsBsl = request.accessNeeds().contains(AccessNeed.BSL);
        this.daysWaiting = request.daysWaitingOn(today);
        this.sharedExperience = request.sharedExperience() == null ? 0 : 1 << request.sharedExperience().ordinal();
    }
}
