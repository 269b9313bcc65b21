package org.ecdp.web.mentoring;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.logging.theme.boundary.Themes;
import org.ecdp.logging.theme.entity.Theme;
import org.ecdp.mentoring.match.boundary.Matching;
import org.ecdp.mentoring.match.entity.ClosingReason;
import org.ecdp.mentoring.match.entity.Match;
import org.ecdp.web.shell.Messages;

/**
 * /mentoring/matches.xhtml: matches under way and their next step. The coordinator records a
 * declined proposal with its reason, the introduction and first meeting, the start, the
 * reviews, and the close with its reason and outcome.
 */
@Named
@ViewScoped
public class MatchesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final Map<String, String> FIELDS = Map.of("reason", "step:declineReason", "firstMeetingOn", "step:firstMeetingOn",
            "outcome", "step:outcome", "notes", "step:reviewNotes", "stage", "step:stageInfo",
            "themes", "step:themeHeard", "summary", "step:themeSummary");

    @Inject
    Matching matching;

    @Inject
    Themes themes;

    private List<Match> open;
    private Match selected;
    private String declineReason;
    private LocalDate firstMeetingOn;
    private String reviewNotes;
    private ClosingReason closingReason;
    private String outcome;
    private String themeHeard;
    private String themeSummary;

    @PostConstruct
    void init() {
        open = matching.open();
    }

    public void select(Match match) {
        selected = match;
    }

    public String decline() {
        return step(() -> matching.decline(selected.getId(), declineReason), "Declined and recorded: this pair will not be proposed again.");
    }

    public String introduce() {
        return step(() -> matching.introduce(selected.getId(), firstMeetingOn), "Introduced; first meeting on " + firstMeetingOn + ".");
    }

    public String activate() {
        return step(() -> matching.activate(selected.getId()), "Mentoring under way.");
    }

    public String review() {
        return step(() -> matching.review(selected.getId(), reviewNotes), "Review recorded.");
    }

    public String close() {
        return step(() -> matching.close(selected.getId(), closingReason, outcome), "Match closed.");
    }

    private String step(Supplier<Match> action, String done) {
        try {
            action.get();
            Messages.info(done);
            return "/mentoring/matches?faces-redirect=true";
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, FIELDS);
            return null;
        }
    }

    /** Sends a theme heard in this match to the Peer Mentoring tab of the lived experience log. */
    public String logTheme() {
        try {
            matching.themeHeard(selected.getId(), themeHeard == null ? List.of() : List.of(themeHeard), themeSummary);
            Messages.info("Logged in the lived experience log under Peer Mentoring. Thank you.");
            return "/mentoring/matches?faces-redirect=true";
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, FIELDS);
            return null;
        }
    }

    public List<Theme> getLiveThemes() {
        return themes.live();
    }

    public String getThemeHeard() { return themeHeard; }
    public void setThemeHeard(String themeHeard) { this.themeHeard = themeHeard; }
    public String getThemeSummary() { return themeSummary; }
    public void setThemeSummary(String themeSummary) { this.themeSummary = themeSummary; }

    public ClosingReason[] getClosingReasons() { return ClosingReason.values(); }
    public List<Match> getOpen() { return open; }
    public Match getSelected() { return selected; }
    public String getDeclineReason() { return declineReason; }
    public void setDeclineReason(String declineReason) { this.declineReason = declineReason; }
    public LocalDate getFirstMeetingOn() { return firstMeetingOn; }
    public void setFirstMeetingOn(LocalDate firstMeetingOn) { this.firstMeetingOn = firstMeetingOn; }
    public String getReviewNotes() { return reviewNotes; }
    public void setReviewNotes(String reviewNotes) { this.reviewNotes = reviewNotes; }
    public ClosingReason getClosingReason() { return closingReason; }
    public void setClosingReason(ClosingReason closingReason) { this.closingReason = closingReason; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
}
