package org.ecdp.web.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.ecdp.domain.privacy.boundary.People;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.validation.NotFound;
import org.ecdp.web.api.privacy.SubjectAccessDocument;
import org.ecdp.web.shell.Messages;

/**
 * /admin/people.xhtml: the data protection lead finds what is held about a person, gives them
 * a PDF of it, records their objection, and erases them, in two steps: the reason first, then
 * a confirmation that says what will go and that it cannot be undone.
 */
@Named
@ViewScoped
public class PeopleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of("ref", "findForm:ref", "reason", "erasureForm:reason");

    @Inject
    People people;

    @Inject
    Clock clock;

    private String ref;
    private String found;
    private Map<String, Integer> held;
    private String reason;
    private boolean confirming;

    public void find() {
        confirming = false;
        try {
            String normalised = People.normalise(ref);
            Map<String, Integer> counts = people.countsHeld(normalised);
            if (counts.values().stream().allMatch(n -> n == 0)) {
                found = null;
                held = null;
                FacesContext.getCurrentInstance().addMessage("findForm:ref", new FacesMessage(FacesMessage.SEVERITY_WARN,
                        "Nothing is held about " + normalised + ".", null));
                return;
            }
            found = normalised;
            held = counts;
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, FIELDS);
        }
    }

    public void downloadPdf() throws IOException {
        try {
            byte[] pdf = SubjectAccessDocument.pdf("What we hold about " + found, people.subjectAccess(found), LocalDate.now(clock));
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext ext = faces.getExternalContext();
            ext.responseReset();
            // set again after the reset: a person's data is never kept in a cache
            ext.setResponseHeader("Cache-Control", "no-store");
            ext.setResponseContentType("application/pdf");
            ext.setResponseContentLength(pdf.length);
            ext.setResponseHeader("Content-Disposition", "attachment; filename=\"subject-access.pdf\"");
            ext.getResponseOutputStream().write(pdf);
            faces.responseComplete();
        } catch (NotFound gone) {
            found = null;
            held = null;
            Messages.info(gone.getMessage());
        }
    }

    public String object() {
        int records = people.object(found);
        Messages.info("Objection recorded for " + found + ": " + records + " entries will never be quoted in an evidence pack.");
        return "/admin/people?faces-redirect=true";
    }

    /** Step one: the reason is checked, then the page asks for confirmation. */
    public void askToErase() {
        if (reason == null || reason.isBlank()) {
            Messages.invalid(InvalidInput.of("reason", "Say why the person's data is erased (their request, or the legal ground)"), FIELDS);
            return;
        }
        confirming = true;
    }

    public void cancel() {
        confirming = false;
    }

    public String erase() {
        try {
            Map<String, Integer> erased = people.erase(found, reason);
            Messages.info("Erased " + found + ": " + erased.get("log") + " log entries, " + erased.get("mentoring")
                    + " mentoring records, " + erased.get("housing") + " housing participants changed. Counts and the evaluation are unchanged.");
            return "/admin/people?faces-redirect=true";
        } catch (InvalidInput invalid) {
            confirming = false;
            Messages.invalid(invalid, FIELDS);
            return null;
        } catch (NotFound gone) {
            Messages.info(gone.getMessage());
            return "/admin/people?faces-redirect=true";
        }
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public String getFound() {
        return found;
    }

    public Map<String, Integer> getHeld() {
        return held;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isConfirming() {
        return confirming;
    }
}
