package org.ecdp.housing.access;

import java.util.Arrays;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.user.entity.Role;

/**
 * The role check every housing boundary makes before anything else, whichever door (page or
 * endpoint) the request came through: the doors check roles too, but a boundary never relies on
 * them. Which object a caller may touch (a coach's own caseload) is the enrolment component's
 * second check.
 */
public final class HousingRoles {

    private HousingRoles() {
    }

    /** Throws {@link SecurityException} (403) unless the caller holds one of {@code roles}. */
    public static void require(Caller caller, String refusal, Role... roles) {
        if (Arrays.stream(roles).noneMatch(caller::has)) {
            throw new SecurityException(refusal);
        }
    }
}
