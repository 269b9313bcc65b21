package org.ecdp.web.evidence;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.validation.NotFound;
import org.ecdp.logging.response.boundary.Responses;
import org.ecdp.logging.response.entity.Response;
import org.ecdp.web.shell.Messages;

/** /evidence/response.xhtml?id=N: one response: its actions, its outcome, its evidence. */
@Named
@ViewScoped
public class ResponseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Responses responses;

    @Inject
    Clock clock;

    private Long id;
    private Response response;
    private LocalDate actionOn;
    private String actionDescription;
    private String outcome;
    private boolean publish = true;

    /** f:viewAction */
    public String load() {
        try {
            response = responses.get(id == null ? -1 : id);
            actionOn = LocalDate.now(clock);
            outcome = response.getOutcome();
            return null;
        } catch (NotFound notFound) {
            return "/evidence/responses?faces-redirect=true";
        }
    }

    public String addAction() {
        try {
            responses.addAction(id, actionOn, actionDescription);
            Messages.info("Action recorded.");
            return self();
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, Map.of("actionOn", "action:actionOn", "actionDescription", "action:actionDescription"));
            return null;
        }
    }

    public String close() {
        try {
            responses.close(id, outcome, publish);
            Messages.info(publish ? "Response closed; its outcome is on the members' page." : "Response closed.");
            return self();
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, Map.of("outcome", "close:outcome"));
            return null;
        }
    }

    public String reopen() {
        responses.reopen(id);
        return self();
    }

    private String self() {
        return "/evidence/response?faces-redirect=true&id=" + id;
    }

    public String getFirstThemeCode() {
        return response.themesByName().isEmpty() ? null : response.themesByName().get(0).getCode();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Response getResponse() { return response; }
    public LocalDate getActionOn() { return actionOn; }
    public void setActionOn(LocalDate actionOn) { this.actionOn = actionOn; }
    public String getActionDescription() { return actionDescription; }
    public void setActionDescription(String actionDescription) { this.actionDescription = actionDescription; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public boolean isPublish() { return publish; }
    public void setPublish(boolean publish) { this.publish = publish; }

    /** "2 alerts of one surge", "1 alert", or that it was opened by hand: instead of the alerts' ids. */
    public String getRaisedBy() {
        int n = getResponse() == null || getResponse().getAlertIds() == null ? 0 : getResponse().getAlertIds().size();
        return n == 0 ? "No alert: opened by hand" : n == 1 ? "1 alert" : n + " alerts of one surge";
    }
}
