package org.ecdp.web.mentoring;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.mentoring.match.boundary.Weights;
import org.ecdp.mentoring.matching.entity.MatchWeights;
import org.ecdp.web.shell.Messages;

/** /mentoring/weights.xhtml: the coordinators change the match weights (or restore the defaults); the next run uses them. */
@Named
@ViewScoped
public class WeightsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final Map<String, String> FIELDS = Map.of("goals", "weights:goals", "sharedExperience", "weights:sharedExperience",
            "availability", "weights:availability", "travel", "weights:travel", "language", "weights:language",
            "accessNeeds", "weights:accessNeeds", "waiting", "weights:waiting", "waitingFullAfterDays", "weights:waitingFullAfterDays");

    @Inject
    Weights weights;

    private Double goals;
    private Double sharedExperience;
    private Double availability;
    private Double travel;
    private Double language;
    private Double accessNeeds;
    private Double waiting;
    private Integer waitingFullAfterDays;
    private String changed;

    @PostConstruct
    void init() {
        MatchWeights w = weights.current();
        goals = w.goals();
        sharedExperience = w.sharedExperience();
        availability = w.availability();
        travel = w.travel();
        language = w.language();
        accessNeeds = w.accessNeeds();
        waiting = w.waiting();
        waitingFullAfterDays = w.waitingFullAfterDays();
        changed = weights.stored().map(s -> "Changed by " + s.getChangedBy() + " on " + s.getChangedOn() + ".")
                .orElse("These are the defaults.");
    }

    public String save() {
        try {
            InvalidInput.Collector missing = new InvalidInput.Collector();
            // in the order of the form
            missing.check(goals != null, "goals", "Enter a number")
                    .check(sharedExperience != null, "sharedExperience", "Enter a number")
                    .check(availability != null, "availability", "Enter a number")
                    .check(travel != null, "travel", "Enter a number")
                    .check(language != null, "language", "Enter a number")
                    .check(accessNeeds != null, "accessNeeds", "Enter a number")
                    .check(waiting != null, "waiting", "Enter a number")
                    .check(waitingFullAfterDays != null, "waitingFullAfterDays", "Enter a number");
            missing.throwIfAny();
            weights.save(new MatchWeights(goals, sharedExperience, availability, travel, language, accessNeeds, waiting, waitingFullAfterDays));
            Messages.info("Weights saved: the next match run uses them.");
            return "/mentoring/weights?faces-redirect=true";
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, FIELDS);
            return null;
        }
    }

    public String restoreDefaults() {
        weights.restoreDefaults();
        Messages.info("The default weights are restored.");
        return "/mentoring/weights?faces-redirect=true";
    }

    public MatchWeights getDefaults() { return MatchWeights.DEFAULTS; }
    public String getChanged() { return changed; }
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
