package org.ecdp.mentoring.matching.entity;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The score of every pair in a run, as the API's {@code /scores}: request ids (rows), volunteer ids
 * (columns), each volunteer's free places, and {@code scores.get(row).get(column)}, null where a
 * hard constraint forbids the pair.
 */
public record ScoreMatrix(List<Long> requests, List<Long> volunteers, List<Integer> capacity, List<List<Double>> scores) {

    public ScoreMatrix {
        requests = List.copyOf(requests);
        volunteers = List.copyOf(volunteers);
        capacity = List.copyOf(capacity);
        // rows may hold nulls, which List.copyOf refuses
        scores = scores.stream().map(row -> Collections.unmodifiableList(Arrays.asList(row.toArray(Double[]::new)))).toList();
    }

    /** The score of a pair by ids, null when forbidden. */
    public Double scoreOf(long request, long volunteer) {
        return scores.get(requests.indexOf(request)).get(volunteers.indexOf(volunteer));
    }
}
