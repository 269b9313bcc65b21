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
import java.util.Set;

/**
 * The GOV.UK error summary a page includes at its top (WEB-INF/includes/error-summary.xhtml):
 * one list of what to fix, each item a link to its field, that takes focus when the page
 * comes back with errors. {@link InvalidFields} marks the same fields for screen readers.
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
        return family.equals("AutoComplete") ? clientId + "_input" : family.contains("SelectMany") ? clientId + ":0" : clientId;
    }
}
