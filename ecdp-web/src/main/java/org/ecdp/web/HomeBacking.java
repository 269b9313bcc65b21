package org.ecdp.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ecdp.logging.alert.boundary.Alerts;
import org.ecdp.logging.alert.control.AlertEpisode;
import org.ecdp.web.shell.CurrentUser;

/** /index.xhtml: the officer's open alert episodes, newest first, so a surge is seen on arrival. */
@Named
@RequestScoped
public class HomeBacking {

    static final int SHOWN = 5;

    @Inject
    Alerts alerts;

    @Inject
    CurrentUser currentUser;

    private List<AlertEpisode> openEpisodes;

    /** "13 Nov 2026" or "7 Nov 2026 to 11 Nov 2026", as on the alerts page. */
    public String dates(AlertEpisode episode) {
        String first = org.ecdp.web.trends.TrendChart.longDate(episode.first());
        return episode.first().equals(episode.last()) ? first
                : first + " to " + org.ecdp.web.trends.TrendChart.longDate(episode.last());
    }

    public List<AlertEpisode> getOpenEpisodes() {
        if (openEpisodes == null) {
            openEpisodes = !currentUser.has("OFFICER") ? List.of()
                    : alerts.episodes(null, 2000).stream().filter(AlertEpisode::open).limit(SHOWN).toList();
        }
        return openEpisodes;
    }
}
