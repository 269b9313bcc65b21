package org.ecdp.web.evidence;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.logging.response.boundary.Responses;
import org.ecdp.logging.response.entity.Response;

/**
 * Opening a response: its title, the organisation it goes to and its themes, and what it answers:
 * nothing yet, one alert (alert=12) or every alarm of one episode (alerts=12,13,14), as the Trends
 * and Alerts pages link here. A theme in the address (theme=CODE) is ticked already.
 */
public class OpeningForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where each field's message goes on the page. */
    static final Map<String, String> FIELDS = Map.of("title", "open:title", "targetOrganisation", "open:target", "themes", "open:themes");

    private String title;
    private String targetOrganisation;
    private List<String> themeCodes = new ArrayList<>();
    private Long alert;
    private String alertIds;

    /** Opens the response through the boundary, from the episode's alerts, the one alert or neither. */
    Response open(Responses responses) {
        List<Long> episode = episodeAlerts();
        return !episode.isEmpty() ? responses.openFromAlerts(episode, title, targetOrganisation, themeCodes)
                : alert == null ? responses.open(title, targetOrganisation, themeCodes, List.of())
                : responses.openFromAlert(alert, title, targetOrganisation, themeCodes);
    }

    /** The alarms of one episode, "12,13,14": one response answers them all. */
    private List<Long> episodeAlerts() {
        if (alertIds == null || alertIds.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(alertIds.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
        } catch (NumberFormatException notIds) {
            throw InvalidInput.of("alert", "The alerts to answer were not understood; open the response from the Alerts page again");
        }
    }

    /** f:viewParam: preselect a theme. */
    public void setTheme(String code) {
        if (code != null && !code.isBlank() && !themeCodes.contains(code)) {
            themeCodes.add(code);
        }
    }

    public String getTheme() { return null; }
    public String getAlerts() { return alertIds; }
    public void setAlerts(String alertIds) { this.alertIds = alertIds; }
    public Long getAlert() { return alert; }
    public void setAlert(Long alert) { this.alert = alert; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getTargetOrganisation() { return targetOrganisation; }
    public void setTargetOrganisation(String targetOrganisation) { this.targetOrganisation = targetOrganisation; }
    public List<String> getThemeCodes() { return themeCodes; }
    public void setThemeCodes(List<String> themeCodes) { this.themeCodes = themeCodes; }
}
