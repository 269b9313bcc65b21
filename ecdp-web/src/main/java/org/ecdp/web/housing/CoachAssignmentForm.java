package org.ecdp.web.housing;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.housing.coaching.boundary.Coaching;
import org.ecdp.housing.enrolment.entity.Participant;
import org.ecdp.web.shell.Messages;

/** The enrolment page's form that gives a coached tenant still waiting a coach, chosen from the portal's coaches. */
public class CoachAssignmentForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final Map<String, String> FIELDS = Map.of("participant", "assign:coachParticipant", "coach", "assign:coach");

    private final ArrayList<String> coaches;
    private Long participant;
    private String coach;

    public CoachAssignmentForm(List<String> coaches) {
        this.coaches = new ArrayList<>(coaches);
    }

    /** Assigns the coach; {@code true} when saved, else the problems are shown at their fields. */
    public boolean assign(Coaching coaching) {
        try {
            if (participant == null) {
                throw InvalidInput.of("participant", "Choose a coached tenant");
            }
            Participant p = coaching.assignCoach(participant, coach);
            Messages.info(p.getRef() + " is now coached by " + p.getCoach().getUsername() + ".");
            return true;
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, FIELDS);
            return false;
        }
    }

    public List<String> getCoaches() { return coaches; }
    public Long getParticipant() { return participant; }
    public void setParticipant(Long participant) { this.participant = participant; }
    public String getCoach() { return coach; }
    public void setCoach(String coach) { this.coach = coach; }
}
