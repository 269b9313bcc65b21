package org.ecdp.web.trends;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ecdp.logging.alert.boundary.Alerts;
import org.ecdp.logging.alert.control.AlertEpisode;
import org.ecdp.logging.alert.entity.AlertStatus;
import org.ecdp.web.shell.Messages;

/**
 * /trends/alerts.xhtml: the officer's alerts as episodes (one surge of a theme and its
 * sub-themes over consecutive days is one episode), by status (a GET parameter), each with
 * its dates, entries against the count expected, a small trend line and the entries behind
 * it; one review, one response or one dismissal settles the whole episode. Every action
 * redirects back (Post-Redirect-Get). The {@link EpisodeWords} tell each episode; the
 * {@link DismissForm} asks why one needs no action.
 */
@Named
@ViewScoped
public class AlertsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many recent alarms are grouped into episodes: months of surges. */
    static final int RECENT_ALARMS = 2000;

    @Inject
    Alerts alerts;

    private String status;
    private List<AlertEpisode> episodes = List.of();
    private final DismissForm dismissal = new DismissForm();
    private final EpisodeWords words = new EpisodeWords();

    /** f:viewAction: runs after the view parameters are set. */
    public void load() {
        AlertStatus chosen = Arrays.stream(AlertStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
        status = chosen == null ? null : chosen.name();
        episodes = alerts.episodes(chosen, RECENT_ALARMS);
    }

    public String review(AlertEpisode episode) {
        return Messages.orStay(Map.of(), () -> {
            alerts.reviewAll(episode.waitingIds());
            Messages.info(episode.theme().getName() + " marked reviewed.");
            return redirect();
        });
    }

    /**
     * Takes the officer to the responses page with the episode's theme and alarms filled in;
     * they are all marked "response opened" when the response is, in the same transaction.
     */
    public String openResponse(AlertEpisode episode) {
        return "/evidence/responses?faces-redirect=true&theme=" + episode.theme().getCode()
                + "&alerts=" + episode.waitingIds().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public void startDismiss(AlertEpisode episode) {
        dismissal.open(episode.waitingIds(), episode.theme().getName() + ", " + words.dates(episode));
    }

    public String dismiss() {
        return Messages.orStay(Map.of("reason", "dismissForm:reason"), () -> {
            alerts.dismissAll(dismissal.alarms(), dismissal.getReason());
            Messages.info("Alert dismissed.");
            return redirect();
        });
    }

    public String cancelDismiss() {
        dismissal.close();
        return null;
    }

    private String redirect() { return "/trends/alerts?faces-redirect=true&includeViewParams=true"; }

    public AlertStatus[] getStatuses() { return AlertStatus.values(); }
    public List<AlertEpisode> getEpisodes() { return episodes; }
    public DismissForm getDismissal() { return dismissal; }
    public EpisodeWords getWords() { return words; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
}
