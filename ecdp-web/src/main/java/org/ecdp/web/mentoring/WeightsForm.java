package org.ecdp.web.mentoring;

import java.io.Serializable;
import java.util.Map;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.mentoring.matching.entity.MatchWeights;

/**
 * The match weights as typed: the most points each criterion can give a suggestion, and after how
 * many days waiting counts in full. Every one must be given (an empty box is not zero); whether
 * the numbers are in range is {@link MatchWeights}' rule.
 */
public class WeightsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where each field's message goes on the page. */
    static final Map<String, String> FIELDS = Map.of("goals", "weights:goals", "sharedExperience", "weights:sharedExperience",
            "availability", "weights:availability", "travel", "weights:travel", "language", "weights:language",
            "accessNeeds", "weights:accessNeeds", "waiting", "weights:waiting", "waitingFullAfterDays", "weights:waitingFullAfterDays");

    private Double goals;
    private Double sharedExperience;
    private Double availability;
    private Double travel;
    private Double language;
    private Double accessNeeds;
    private Double waiting;
    private Integer waitingFullAfterDays;

    WeightsForm(MatchWeights w) {
        goals = w.goals();
        sharedExperience = w.sharedExperience();
        availability = w.availability();
        travel = w.travel();
        language = w.language();
        accessNeeds = w.accessNeeds();
        waiting = w.waiting();
        waitingFullAfterDays = w.waitingFullAfterDays();
    }

    /** The weights to save; an InvalidInput naming every box left empty, in the order of the form. */
    MatchWeights weights() {
        new InvalidInput.Collector().check(goals != null, "goals", "Enter a number")
                .check(sharedExperience != null, "sharedExperience", "Enter a number")
                .check(availability != null, "availability", "Enter a number")
                .check(travel != null, "travel", "Enter a number")
                .check(language != null, "language", "Enter a number")
                .check(accessNeeds != null, "accessNeeds", "Enter a number")
                .check(waiting != null, "waiting", "Enter a number")
                .check(waitingFullAfterDays != null, "waitingFullAfterDays", "Enter a number")
                .throwIfAny();
        return new MatchWeights(goals, sharedExperience, availability, travel, language, accessNeeds, waiting, waitingFullAfterDays);
    }

    public Double getGoals() { return goals; }
    public void setGoals(Double goals) { this.goals = goals; }
    public Double getSharedExperience() { return sharedExperience; }
    public void setSharedExperience(Double sharedExperience) { this.sharedExperience = sharedExperience; }
    public Double getAvailability() { return availability; }
    public void setAvailability(Double availability) { this.availability = availability; }
    public Double getTravel() { return travel; }
    public void setTravel(Double travel) { this.travel = travel; }
    public Double getLanguage() { return language; }
    public void setLanguage(Double language) { this.language = language; }
    public Double getAccessNeeds() { return accessNeeds; }
    public void setAccessNeeds(Double accessNeeds) { this.accessNeeds = accessNeeds; }
    public Double getWaiting() { return waiting; }
    public void setWaiting(Double waiting) { this.waiting = waiting; }
    public Integer getWaitingFullAfterDays() { return waitingFullAfterDays; }
    public void setWaitingFullAfterDays(Integer waitingFullAfterDays) { this.waitingFullAfterDays = waitingFullAfterDays; }
}
