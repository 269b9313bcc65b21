package org.ecdp.web.housing;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.housing.coaching.boundary.Coaching;
import org.ecdp.housing.coaching.entity.CoachingTopic;
import org.ecdp.web.shell.Messages;

/** The caseload page's "Log a session" form: the tenant, the day, its length and the topics talked about. */
public class SessionForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final Map<String, String> FIELDS = Map.of("participant", "session:sessionParticipant", "on", "session:heldOn",
            "minutes", "session:minutes", "topics", "session:topics");

    private Long participant;
    private LocalDate heldOn;
    private Integer minutes = 60;
    private ArrayList<String> topics = new ArrayList<>();

    public SessionForm(LocalDate today) {
        this.heldOn = today;
    }

    /** Logs the session; {@code true} when saved, else the problems are shown at their fields. */
    public boolean log(Coaching coaching) {
        try {
            EnumSet<CoachingTopic> chosen = EnumSet.noneOf(CoachingTopic.class);
            topics.forEach(t -> chosen.add(CoachingTopic.valueOf(t)));
            coaching.logSession(ScoreForm.required(participant), heldOn, minutes, chosen);
            Messages.info("Session logged.");
            return true;
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, FIELDS);
            return false;
        }
    }

    public CoachingTopic[] getTopicChoices() { return CoachingTopic.values(); }
    public Long getParticipant() { return participant; }
    public void setParticipant(Long participant) { this.participant = participant; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public Integer getMinutes() { return minutes; }
    public void setMinutes(Integer minutes) { this.minutes = minutes; }
    public List<String> getTopics() { return topics; }
    public void setTopics(List<String> topics) { this.topics = topics == null ? null : new ArrayList<>(topics); }
}
