package org.ecdp.web.evidence;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
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
    private final OpeningForm opening = new OpeningForm();

    @PostConstruct
    void load() {
        all = responses.all();
        liveThemes = themes.live();
    }

    public String open() {
        try {
            Response opened = opening.open(responses);
            Messages.info("Response opened.");
            return "/evidence/response?faces-redirect=true&id=" + opened.getId();
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, OpeningForm.FIELDS);
            return null;
        } catch (org.ecdp.domain.validation.NotFound gone) {
            Messages.invalid(InvalidInput.of("alert", gone.getMessage()), Map.of());
            return null;
        }
    }

    public OpeningForm getOpening() { return opening; }
    public List<Response> getAll() { return all; }
    public List<Theme> getLiveThemes() { return liveThemes; }
}
