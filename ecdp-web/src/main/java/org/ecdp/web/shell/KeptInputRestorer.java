package org.ecdp.web.shell;

import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UISelectMany;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.html.HtmlInputSecret;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.time.Instant;
import java.util.List;

/**
 * Shows a page again with what was typed before its view expired ({@link KeptInput}): once the
 * page's view is restored on a GET (before any bean of it is made, so a bean can start from
 * {@link KeptInput#posted}), the kept input moves from the session into the request; once the
 * view is built, each field gets what had been typed as its submitted value, as after a failed
 * validation. The layout then shows the notice. Registered in faces-config.xml as a phase listener
 * and as the listener of {@code PreRenderViewEvent}.
 */
public class KeptInputRestorer implements PhaseListener, SystemEventListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        UIViewRoot root = faces.getViewRoot();
        if (faces.isPostback() || root == null) {
            return;
        }
        ExternalContext external = faces.getExternalContext();
        if (external.getSession(false) != null && external.getSessionMap().get(KeptInput.SESSION_KEY) instanceof KeptInput kept
                && kept.freshFor(root.getViewId(), Instant.now())) {
            external.getSessionMap().remove(KeptInput.SESSION_KEY);
            external.getRequestMap().put(KeptInput.REQUEST_KEY, kept);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before the view is restored
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext faces = FacesContext.getCurrentInstance();
        KeptInput.restored(faces.getExternalContext()).ifPresent(kept -> kept.fields().forEach((clientId, typed) -> {
            try {
                faces.getViewRoot().invokeOnComponent(faces, clientId, (context, component) -> fill(component, typed));
            } catch (RuntimeException gone) {
                // a field the page no longer shows as it did (e.g. in a row of a table that changed): left as it is
            }
        }));
    }

    private static void fill(UIComponent component, List<String> typed) {
        if (component instanceof EditableValueHolder input && !(component instanceof HtmlInputSecret) && !typed.isEmpty()) {
            input.setSubmittedValue(component instanceof UISelectMany ? typed.toArray(String[]::new) : typed.get(0));
        }
    }
}
