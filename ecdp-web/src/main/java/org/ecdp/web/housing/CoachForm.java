package org.ecdp.web.housing;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.housing.coach.entity.Coach;
import org.ecdp.housing.coaching.boundary.Coaching;
import org.ecdp.web.shell.Messages;

/**
 * The set-up page's peer life coaches: the table of coaches with their caseload, and the "Add or
 * update a coach" form (the coach's account, caseload limit and lived experience).
 */
public class CoachForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final Map<String, String> FIELDS = Map.of("coach", "coach:coachName", "caseloadLimit", "coach:caseloadLimit",
            "livedExperience", "coach:livedExperience");

    /** One coach in the table: their account, caseload limit, tenants coached now and lived experience. */
    public record CoachRow(String username, int caseloadLimit, long caseload, String livedExperience) implements Serializable {
    }

    private final ArrayList<CoachRow> coaches = new ArrayList<>();
    private String username;
    private Integer caseloadLimit = 10;
    private String livedExperience;

    public CoachForm(Coaching coaching) {
        coaching.coaches().forEach(c -> coaches.add(new CoachRow(c.getUsername(), c.getCaseloadLimit(), coaching.caseload(c),
                c.getLivedExperience())));
    }

    /** Saves the coach; {@code true} when saved, else the problems are shown at their fields. */
    public boolean save(Coaching coaching) {
        try {
            Coach coach = coaching.defineCoach(username, caseloadLimit, livedExperience);
            Messages.info(coach.getUsername() + " is a coach with a caseload limit of " + coach.getCaseloadLimit() + ".");
            return true;
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, FIELDS);
            return false;
        }
    }

    public List<CoachRow> getCoaches() { return coaches; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public Integer getCaseloadLimit() { return caseloadLimit; }
    public void setCaseloadLimit(Integer caseloadLimit) { this.caseloadLimit = caseloadLimit; }
    public String getLivedExperience() { return livedExperience; }
    public void setLivedExperience(String livedExperience) { this.livedExperience = livedExperience; }
}
