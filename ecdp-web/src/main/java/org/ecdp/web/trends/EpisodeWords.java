package org.ecdp.web.trends;

import java.io.Serializable;
import org.ecdp.logging.alert.control.AlertEpisode;
import org.ecdp.logging.alert.entity.Alert;

/**
 * How the alerts page tells an episode: its dates, entries against the count expected, the
 * sub-themes and checks behind it, its small trend line and the links to its entries and trend.
 */
public final class EpisodeWords implements Serializable {

    private static final long serialVersionUID = 1L;

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
}
