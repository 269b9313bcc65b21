package org.ecdp.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The GOV.UK error summary a page includes at its top (WEB-INF/includes/error-summary.xhtml):
 * one list of what to fix, each item a link to its field, that takes focus when the page
 * comes back with errors. Before the page renders it marks each field with an error
 * {@code aria-invalid} and points its {@code aria-describedby} at the error beside it
 * (an {@code h:message} whose id is the field's id followed by {@code Error}).
 */
@Named
@RequestScoped
public class ErrorSummary {

    /**
     * One error: the text, the id of the element its link moves focus to (null when it
     * concerns no field) and the id of the error shown beside that field.
     */
    public record Item(String text, String target, String error) {
    }

    /** Read afresh each time: the component tree asks whether to render it before the errors of a postback exist. */
    public List<Item> getItems() {
        return collect(FacesContext.getCurrentInstance());
    }

    public boolean isShown() {
        return !getItems().isEmpty();
    }

    /** f:event preRenderView: aria-invalid and aria-describedby on every field that has an error. */
    public void markInvalidFields() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            String clientId = ids.next();
            if (clientId == null || !hasError(faces.getMessages(clientId))) {
                continue;
            }
            UIComponent field = faces.getViewRoot().findComponent(clientId);
            if (field == null) {
                continue;
            }
            Map<String, Object> attributes = field.getPassThroughAttributes();
            attributes.put("aria-invalid", "true");
            String error = clientId + "Error";
            Object described = attributes.get("aria-describedby");
            String already = described == null ? "" : String.valueOf(described);
            if (!(" " + already + " ").contains(" " + error + " ")) {
                attributes.put("aria-describedby", (error + " " + already).strip());
            }
        }
    }

    private static List<Item> collect(FacesContext faces) {
        List<Item> found = new ArrayList<>();
        Set<String> fieldTexts = new LinkedHashSet<>();
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            String clientId = ids.next();
            if (clientId == null) {
                continue;
            }
            for (Iterator<FacesMessage> messages = faces.getMessages(clientId); messages.hasNext(); ) {
                FacesMessage message = messages.next();
                if (FacesMessage.SEVERITY_ERROR.equals(message.getSeverity())) {
                    found.add(new Item(message.getSummary(), focusTarget(faces, clientId), clientId + "Error"));
                    fieldTexts.add(message.getSummary());
                }
            }
        }
        for (Iterator<FacesMessage> messages = faces.getMessages(null); messages.hasNext(); ) {
            FacesMessage message = messages.next();
            // Messages.invalid also puts a field's error at the top; here it is already listed with its link
            if (FacesMessage.SEVERITY_ERROR.equals(message.getSeverity()) && !fieldTexts.contains(message.getSummary())) {
                found.add(new Item(message.getSummary(), null, null));
            }
        }
        return found;
    }

    /** The element that takes focus for a field: a PrimeFaces autocomplete's text box, a checkbox group's first box. */
    private static String focusTarget(FacesContext faces, String clientId) {
        UIComponent field = faces.getViewRoot().findComponent(clientId);
        if (field == null) {
            return clientId;
        }
        String family = field.getClass().getSimpleName();
        if (family.equals("AutoComplete")) {
            return clientId + "_input";
        }
        if (family.contains("SelectMany")) {
            return clientId + ":0";
        }
        return clientId;
    }

    private static boolean hasError(Iterator<FacesMessage> messages) {
        while (messages.hasNext()) {
            if (FacesMessage.SEVERITY_ERROR.equals(messages.next().getSeverity())) {
                return true;
            }
        }
        return false;
    }
}
