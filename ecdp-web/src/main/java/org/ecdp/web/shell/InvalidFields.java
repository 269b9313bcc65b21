package org.ecdp.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Iterator;
import java.util.Map;

/**
 * Marks every field with an error before the page renders, for screen readers: {@code aria-invalid}
 * on the field, and its {@code aria-describedby} pointing at the error beside it (an
 * {@code h:message} whose id is the field's id followed by {@code Error}), keeping any hint it
 * already described. The {@link ErrorSummary} at the top links to the same fields.
 */
@Named
@RequestScoped
public class InvalidFields {

    /** f:event preRenderComponent of the error summary: aria-invalid and aria-describedby on every field that has an error. */
    public void mark() {
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

    private static boolean hasError(Iterator<FacesMessage> messages) {
        while (messages.hasNext()) {
            if (FacesMessage.SEVERITY_ERROR.equals(messages.next().getSeverity())) {
                return true;
            }
        }
        return false;
    }
}
