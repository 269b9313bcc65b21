package org.ecdp.web.housing;

import java.io.Serializable;
import java.util.List;
import java.util.function.Predicate;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.enrolment.entity.Participant;

/**
 * A programme's participants as the enrolment page lists them: all of them; those randomised (an
 * arm drawn); those still taking part; and coached tenants still without a coach (every coach
 * was full when they were randomised).
 */
public record ProgrammeTenants(List<Participant> all) implements Serializable {

    static final ProgrammeTenants NONE = new ProgrammeTenants(List.of());

    public List<Participant> randomised() { return those(p -> p.getArm() != null); }
    public List<Participant> active() { return those(p -> !p.isWithdrawn()); }
    public List<Participant> awaitingCoach() { return those(p -> p.getArm() == Arm.COACHED && p.getCoach() == null && !p.isWithdrawn()); }

    private List<Participant> those(Predicate<Participant> which) {
        return all.stream().filter(which).toList();
    }
}
