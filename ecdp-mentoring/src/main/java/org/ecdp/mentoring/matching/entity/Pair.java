package org.ecdp.mentoring.matching.entity;

/** A request and a volunteer, by id: what a coordinator pins, excludes, or what was declined. */
public record Pair(long request, long volunteer) {

    public static Pair of(long request, long volunteer) {
        return new Pair(request, volunteer);
    }
}
