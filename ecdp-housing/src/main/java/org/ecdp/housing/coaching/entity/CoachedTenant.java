package org.ecdp.housing.coaching.entity;

import java.time.LocalDate;

/**
 * What a coaching session needs to know of a tenant, handed over by the enrolment component:
 * the participant's id, the day they were enrolled, whether they were randomised to coaching and
 * who their coach is. Coaching links to participants by id, so the two components do not
 * depend on each other both ways.
 */
public record CoachedTenant(long participantId, LocalDate enrolledOn, boolean coached, String coach) {
}
