package org.ecdp.web.evidence;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
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
    private ResponseForms.Action action;
    private ResponseForms.Closing closing;

    /** f:viewAction */
    public String load() {
        try {
            response = responses.get(id == null ? -1 : id);
            action = new ResponseForms.Action(LocalDate.now(clock));
            closing = new ResponseForms.Closing(response.getOutcome());
            return null;
        } catch (NotFound notFound) {
            return "/evidence/responses?faces-redirect=true";
        }
    }

    public String addAction() {
        return Messages.orStay(ResponseForms.Action.FIELDS, () -> {
            action.add(responses, id);
            return self();
        });
    }

    public String close() {
        return Messages.orStay(ResponseForms.Closing.FIELDS, () -> {
            closing.close(responses, id);
            return self();
        });
    }

    public String reopen() {
        responses.reopen(id);
        return self();
    }

    private String self() {
        return "/evidence/response?faces-redirect=true&id=" + id;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Response getResponse() { return response; }
    public ResponseForms.Action getAction() { return action; }
    public ResponseForms.Closing getClosing() { return closing; }
}
