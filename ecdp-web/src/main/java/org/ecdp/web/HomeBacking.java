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

    public List<AlertEpisode> getOpenEpisodes() {
        if (openEpisodes == null) {
            openEpisodes = !currentUser.has("OFFICER") ? List.of()
                    : alerts.episodes(null, 2000).stream().filter(AlertEpisode::open).limit(SHOWN).toList();
        }
        return openEpisodes;
    }
}
