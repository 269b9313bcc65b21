package org.ecdp.web.mentoring;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.mentoring.request.boundary.MentoringRequests;
import org.ecdp.mentoring.request.entity.MentoringRequest;
import org.ecdp.web.shell.Messages;

/** /mentoring/request.xhtml: recording a person's request for a mentor; on an error everything typed stays. */
@Named
@ViewScoped
public class RequestFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final Map<String, String> FIELDS = fields();

    @Inject
    MentoringRequests requests;

    @Inject
    Clock clock;

    private RequestForm form;

    @PostConstruct
    void init() {
        form = new RequestForm(LocalDate.now(clock));
    }

    public String save() {
        try {
            MentoringRequest r = requests.record(form.draft(null));
            Messages.info(r.getRef() + " is on the waiting list.");
            return "/mentoring/waiting?faces-redirect=true";
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, FIELDS);
            return null;
        }
    }

    private static Map<String, String> fields() {
        Map<String, String> ids = new HashMap<>(RequestForm.fieldsIn("request"));
        ids.put("referringService", "request:ref");
        return Map.copyOf(ids);
    }

    public RequestForm getForm() { return form; }
}
