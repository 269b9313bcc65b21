package org.ecdp.web.trends;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.logging.alert.boundary.Alerts;
import org.ecdp.logging.alert.control.AlertEpisode;
import org.ecdp.logging.alert.entity.Alert;
import org.ecdp.logging.alert.entity.AlertStatus;
import org.ecdp.web.shell.Messages;

/**
 * /trends/alerts.xhtml: the officer's alerts as episodes (one surge of a theme and its
 * sub-themes over consecutive days is one episode), by status (a GET parameter), each with
 * its dates, entries against the count expected, a small trend line and the entries behind
 * it; one review, one response or one dismissal settles the whole episode. Every action
 * redirects back (Post-Redirect-Get).
 */
@Named
@ViewScoped
public class AlertsBacking implements Serializable {

    /** How many recent alarms are grouped into episodes: months of surges. */
    static final int RECENT_ALARMS = 2000;

    @Inject
    transient Alerts alerts;

    private String status;
    private List<AlertEpisode> episodes = List.of();
    private List<Long> dismissing;
    private String dismissingLabel;
    private String reason;

    /** f:viewAction: runs after the view parameters are set. */
    public void load() {
        AlertStatus chosen = Arrays.stream(AlertStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
        status = chosen == null ? null : chosen.name();
        episodes = alerts.episodes(chosen, RECENT_ALARMS);
    }

    public String review(AlertEpisode episode) {
        return act(() -> alerts.reviewAll(ids(episode.waiting())), episode.theme().getName() + " marked reviewed.");
    }

    /**
     * Takes the officer to the responses page with the episode's theme and alarms filled in;
     * they are all marked "response opened" when the response is, in the same transaction.
     */
    public String openResponse(AlertEpisode episode) {
        return "/evidence/responses?faces-redirect=true&theme=" + episode.theme().getCode()
                + "&alerts=" + ids(episode.waiting()).stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public void startDismiss(AlertEpisode episode) {
        dismissing = ids(episode.waiting());
        dismissingLabel = episode.theme().getName() + ", " + dates(episode);
        reason = null;
    }

    public String dismiss() {
        try {
            alerts.dismissAll(dismissing, reason);
            Messages.info("Alert dismissed.");
            return redirect();
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, Map.of("reason", "dismissForm:reason"));
            return null;
        }
    }

    public String cancelDismiss() {
        dismissing = null;
        return null;
    }

    private String act(Runnable action, String done) {
        try {
            action.run();
            Messages.info(done);
            return redirect();
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, Map.of());
            return null;
        }
    }

    private static List<Long> ids(List<Alert> alerts) {
        return alerts.stream().map(Alert::getId).toList();
    }

    private String redirect() {
        return "/trends/alerts?faces-redirect=true&includeViewParams=true";
    }

    /** "3 November 2026" or "3 to 7 November 2026". */
    public String dates(AlertEpisode episode) {
        if (episode.first().equals(episode.last())) {
            return TrendChart.longDate(episode.first());
        }
        return TrendChart.longDate(episode.first()) + " to " + TrendChart.longDate(episode.last());
    }

    public String entriesLink(AlertEpisode episode) {
        return "/log/entries.xhtml?theme=" + episode.theme().getCode() + "&from=" + episode.first() + "&to=" + episode.last();
    }

    public String dashboardLink(AlertEpisode episode) {
        Alert any = episode.alerts().get(0);
        return "/trends/dashboard.xhtml?theme=" + episode.theme().getCode() + "&interval=" + any.getInterval().code()
                + "&method=" + any.getMethod().code() + "&to=" + episode.last();
    }

    public Sparkline sparkline(AlertEpisode episode) {
        return Sparkline.of(episode.days());
    }

    /** "where about 4 were expected"; "where fewer than one was expected" rather than "about 0". */
    public String expected(AlertEpisode episode) {
        long about = Math.round(episode.expected());
        if (about == 0) {
            return "where fewer than one was expected";
        }
        return "where about " + about + (about == 1 ? " was" : " were") + " expected";
    }

    /** " (including Access to Work)", or nothing when only the theme itself alarmed. */
    public String including(AlertEpisode episode) {
        return episode.subThemes().isEmpty() ? "" : " (including " + String.join(", ", episode.subThemes()) + ")";
    }

    /** "daily spike check and the weekly seasonal check". */
    public String methods(AlertEpisode episode) {
        return String.join(" and the ", episode.methods());
    }

    public String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    public AlertStatus[] getStatuses() { return AlertStatus.values(); }
    public List<AlertEpisode> getEpisodes() { return episodes; }
    public List<Long> getDismissing() { return dismissing; }
    public String getDismissingLabel() { return dismissingLabel; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
}
