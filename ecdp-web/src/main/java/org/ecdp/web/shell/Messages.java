package org.ecdp.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.function.Supplier;
import org.ecdp.domain.validation.FieldError;
import org.ecdp.domain.validation.InvalidInput;

/**
 * Puts a boundary's {@link InvalidInput} onto the page: each error next to its field (the
 * page maps field names to input client ids), and a summary at the top, so a screen-reader
 * user hears what to fix. What the user typed stays in the form.
 */
public final class Messages {

    private Messages() {
    }

    public static void invalid(InvalidInput invalid, Map<String, String> fieldToClientId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (FieldError error : invalid.errors()) {
            String clientId = fieldToClientId.get(error.field());
            String label = clientId == null ? error.field() : clientId.substring(clientId.lastIndexOf(':') + 1);
            FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, label(error.field()) + ": " + error.message(), null);
            faces.addMessage(clientId, message);
            if (clientId != null) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, label(error.field()) + ": " + error.message(), null));
            }
        }
        faces.validationFailed();
    }

    /**
     * An action the boundary may refuse: its outcome (a Post-Redirect-Get address) when done;
     * refused, null to stay on the page with each error beside its field and what was typed kept.
     */
    public static String orStay(Map<String, String> fieldToClientId, Supplier<String> action) {
        try {
            return action.get();
        } catch (InvalidInput invalid) {
            invalid(invalid, fieldToClientId);
            return null;
        }
    }

    /** One error beside one field (and in the page's error summary), in the words given. */
    public static void fieldError(String clientId, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    static String label(String field) {
        String spaced = field.replace('.', ' ').replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
