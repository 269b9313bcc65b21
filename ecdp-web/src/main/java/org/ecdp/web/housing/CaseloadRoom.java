package org.ecdp.web.housing;

import java.io.Serializable;
import org.ecdp.housing.coach.entity.Coach;
import org.ecdp.housing.coaching.boundary.Coaching;

/**
 * Whether the signed-in person is a coach, and if so how many tenants they work with of the most
 * they may ({@link Coach#getCaseloadLimit()}): someone who is not a coach has no caseload at all.
 */
public record CaseloadRoom(boolean coach, long caseload, int limit) implements Serializable {

    static CaseloadRoom of(Coaching coaching) {
        return coaching.me().map(me -> new CaseloadRoom(true, coaching.caseload(me), me.getCaseloadLimit()))
                .orElse(new CaseloadRoom(false, 0, 0));
    }
}
