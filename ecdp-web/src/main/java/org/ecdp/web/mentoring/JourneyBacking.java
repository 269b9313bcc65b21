package org.ecdp.web.mentoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.validation.NotFound;
import org.ecdp.logging.theme.boundary.Themes;
import org.ecdp.logging.theme.entity.Theme;
import org.ecdp.mentoring.match.boundary.Journeys;
import org.ecdp.mentoring.match.entity.Journey;
import org.ecdp.mentoring.match.entity.Match;
import org.ecdp.mentoring.matching.entity.Goal;
import org.ecdp.web.shell.Messages;

/**
 * /mentoring/journey.xhtml?request=ID: one person's journey for the coordinator (request, every
 * match with its history, sessions, goal progress over time, reviews and outcome), and the forms
 * to record a session (optionally logging a theme heard) and progress on a goal.
 */
@Named
@ViewScoped
public class JourneyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("heldOn", "session:heldOn"), Map.entry("minutes", "session:minutes"),
            Map.entry("whatWasDone", "session:whatWasDone"), Map.entry("place", "session:place"), Map.entry("themes", "session:theme"),
            Map.entry("summary", "session:themeSummary"), Map.entry("goal", "progress:goal"), Map.entry("score", "progress:score"),
            Map.entry("notes", "progress:notes"));

    @Inject
    Journeys journeys;

    @Inject
    Themes themes;

    @Inject
    Clock clock;

    private Long request;
    private Journey journey;

    private LocalDate heldOn;
    private Integer minutes;
    private String whatWasDone;
    private String place;
    private String theme;
    private String themeSummary;

    private String goal;
    private Integer score;
    private String notes;

    /** f:viewAction. */
    public void load() {
        try {
            journey = request == null ? null : journeys.journey(request);
        } catch (NotFound none) {
            journey = null;
        }
        heldOn = LocalDate.now(clock);
    }

    public String recordSession() {
        try {
            journeys.recordSession(current().getId(), heldOn, minutes, whatWasDone, place, theme == null ? List.of() : List.of(theme), themeSummary);
            Messages.info("Session on " + heldOn + " recorded" + (theme == null ? "." : "; the theme is logged under Peer Mentoring."));
            return again();
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, FIELDS);
            return null;
        }
    }

    public String recordProgress() {
        try {
            journeys.recordProgress(current().getId(), goal, score, notes);
            Messages.info("Progress recorded: " + Goal.valueOf(goal).label() + " " + score + " of 10.");
            return again();
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, FIELDS);
            return null;
        }
    }

    private String again() {
        return "/mentoring/journey?faces-redirect=true&request=" + request;
    }

    public Match current() {
        return journey == null ? null : journey.current();
    }

    public String goals(Match m) {
        return m.getRequest().getGoals().stream().map(Goal::label).collect(Collectors.joining(", "));
    }

    public List<Goal> getPersonGoals() {
        return journey == null ? List.of() : List.copyOf(journey.request().getGoals());
    }

    public List<Integer> getScores() {
        return List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    public List<Theme> getLiveThemes() {
        return themes.live();
    }

    public LocalDate getToday() { return LocalDate.now(clock); }
    public Journey getJourney() { return journey; }
    public Long getRequest() { return request; }
    public void setRequest(Long request) { this.request = request; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public Integer getMinutes() { return minutes; }
    public void setMinutes(Integer minutes) { this.minutes = minutes; }
    public String getWhatWasDone() { return whatWasDone; }
    public void setWhatWasDone(String whatWasDone) { this.whatWasDone = whatWasDone; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme; }
    public String getThemeSummary() { return themeSummary; }
    public void setThemeSummary(String themeSummary) { this.themeSummary = themeSummary; }
    public String getGoal() { return goal; }
    public void setGoal(String goal) { this.goal = goal; }
    public Integer getScore() { return score; }
    public void setScore(Integer score) { this.score = score; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
}
