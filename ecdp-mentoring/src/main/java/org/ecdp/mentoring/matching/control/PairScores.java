package org.ecdp.mentoring.matching.control;

import java.util.ArrayList;
import java.util.List;

import org.ecdp.mentoring.matching.entity.ScoreMatrix;

/** Every pair's score in hundredths ({@link OptimalAssignment#FORBIDDEN} where not allowed), computed once per run. */
final class PairScores {

    final List<RequestFacts> requests;
    final List<VolunteerFacts> volunteers;
    final int[][] cents;
    final int[] freePlaces;

    PairScores(List<RequestFacts> requests, List<VolunteerFacts> volunteers, int[][] cents) {
        this.requests = requests;
        this.volunteers = volunteers;
        this.cents = cents;
        this.freePlaces = volunteers.stream().mapToInt(v -> v.volunteer.freePlaces()).toArray();
    }

    ScoreMatrix toScoreMatrix() {
        List<List<Double>> rows = new ArrayList<>(cents.length);
        for (int[] row : cents) {
            List<Double> scores = new ArrayList<>(row.length);
            for (int c : row) {
                scores.add(c == OptimalAssignment.FORBIDDEN ? null : c / 100.0);
            }
            rows.add(scores);
        }
        return new ScoreMatrix(
                requests.stream().map(r -> r.request.id()).toList(),
                volunteers.stream().map(v -> v.volunteer.id()).toList(),
                volunteers.stream().map(v -> v.volunteer.freePlaces()).toList(),
                rows);
    }
}
