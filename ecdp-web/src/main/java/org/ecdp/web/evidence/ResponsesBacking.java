package org.ecdp.web.evidence;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.logging.response.boundary.Responses;
import org.ecdp.logging.response.entity.Response;
import org.ecdp.logging.theme.boundary.Themes;
import org.ecdp.logging.theme.entity.Theme;
import org.ecdp.web.shell.Messages;

/** /evidence/responses.xhtml: every response, and opening a new one (from a theme or an alert). */
@Named
@ViewScoped
public class ResponsesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Responses responses;

    @Inject
    Themes themes;

    private List<Response> all;
    private List<Theme> liveThemes;
    private String title;
    private String targetOrganisation;
    private List<String> themeCodes = new ArrayList<>();
    private Long alert;
    private String alertIds;

    @PostConstruct
    void load() {
        all = responses.all();
        liveThemes = themes.live();
    }

    public String open() {
        try {
            List<Long> episode = episodeAlerts();
            Response opened = !episode.isEmpty() ? responses.openFromAlerts(episode, title, targetOrganisation, themeCodes)
                    : alert == null ? responses.open(title, targetOrganisation, themeCodes, List.of())
                    : responses.openFromAlert(alert, title, targetOrganisation, themeCodes);
            Messages.info("Response opened.");
            return "/evidence/response?faces-redirect=true&id=" + opened.getId();
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, Map.of("title", "open:title", "targetOrganisation", "open:target", "themes", "open:themes"));
            return null;
        } catch (org.ecdp.domain.validation.NotFound gone) {
            Messages.invalid(InvalidInput.of("alert", gone.getMessage()), Map.of());
            return null;
        }
    }

    /** f:viewParam: preselect a theme. */
    public void setTheme(String code) {
        if (code != null && !code.isBlank() && !themeCodes.contains(code)) {
            themeCodes.add(code);
        }
    }

    public String getTheme() { return null; }
    /** f:viewParam alerts: the alarms of one episode, "12,13,14": one response answers them all. */
    private List<Long> episodeAlerts() {
        if (alertIds == null || alertIds.isBlank()) {
            return List.of();
        }
        try {
            return java.util.Arrays.stream(alertIds.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
        } catch (NumberFormatException notIds) {
            throw InvalidInput.of("alert", "The alerts to answer were not understood; open the response from the Alerts page again");
        }
    }

    public String getAlerts() { return alertIds; }
    public void setAlerts(String alertIds) { this.alertIds = alertIds; }
    public Long getAlert() { return alert; }
    public void setAlert(Long alert) { this.alert = alert; }
    public List<Response> getAll() { return all; }
    public List<Theme> getLiveThemes() { return liveThemes; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getTargetOrganisation() { return targetOrganisation; }
    public void setTargetOrganisation(String targetOrganisation) { this.targetOrganisation = targetOrganisation; }
    public List<String> getThemeCodes() { return themeCodes; }
    public void setThemeCodes(List<String> themeCodes) { this.themeCodes = themeCodes; }
}
