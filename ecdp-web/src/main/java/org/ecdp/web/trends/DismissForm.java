package org.ecdp.web.trends;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Dismissing an episode on the alerts page: which of its alarms are still waiting, the theme and
 * dates it is asked about, and the reason the next officer will read. Closed until an episode's
 * "Dismiss" is pressed.
 */
public class DismissForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private ArrayList<Long> alarms;
    private String label;
    private String reason;

    void open(List<Long> waiting, String episodeLabel) {
        alarms = new ArrayList<>(waiting);
        label = episodeLabel;
        reason = null;
    }

    void close() {
        alarms = null;
    }

    List<Long> alarms() {
        return alarms;
    }

    public boolean isOpen() { return alarms != null; }
    public String getLabel() { return label; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
