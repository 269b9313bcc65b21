package org.ecdp.mentoring.matching.entity;

import java.io.Serializable;
import java.util.List;

/**
 * A suggested match of a request with a volunteer, its score and reasons (as in a run's
 * {@code assignments}); {@code pinned} when the coordinator fixed it. Also used for the best
 * volunteers for one person. A suggestion only: nothing is agreed until proposed and accepted.
 */
public record Assignment(long request, long volunteer, double score, List<Reason> reasons, boolean pinned) implements Serializable {

    public Assignment {
        reasons = List.copyOf(reasons);
    }
}
