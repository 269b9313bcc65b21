package org.ecdp.web.housing;

import jakarta.faces.application.Application;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseStream;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.lifecycle.Lifecycle;
import jakarta.faces.render.RenderKit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * A faces context that only keeps the messages a form adds (and whether validation failed), so
 * a form's error messages can be checked without a server. Install it, and {@link #close} it.
 */
final class RecordingFacesContext extends FacesContext implements AutoCloseable {

    /** A message as the page shows it: beside the field with that client id, or in the summary when null. */
    record Shown(String clientId, String text) {
    }

    final List<Shown> shown = new ArrayList<>();
    boolean failed;

    static RecordingFacesContext install() {
        RecordingFacesContext context = new RecordingFacesContext();
        setCurrentInstance(context);
        return context;
    }

    @Override
    public void close() {
        setCurrentInstance(null);
    }

    @Override
    public void addMessage(String clientId, FacesMessage message) {
        shown.add(new Shown(clientId, message.getSummary()));
    }

    @Override
    public void validationFailed() {
        failed = true;
    }

    @Override
    public boolean isValidationFailed() {
        return failed;
    }

    @Override
    public Iterator<String> getClientIdsWithMessages() {
        return shown.stream().map(Shown::clientId).filter(Objects::nonNull).distinct().iterator();
    }

    @Override
    public Iterator<FacesMessage> getMessages() {
        return shown.stream().map(s -> new FacesMessage(s.text())).iterator();
    }

    @Override
    public Iterator<FacesMessage> getMessages(String clientId) {
        return shown.stream().filter(s -> Objects.equals(s.clientId(), clientId)).map(s -> new FacesMessage(s.text())).iterator();
    }

    @Override public Application getApplication() { throw new UnsupportedOperationException(); }
    @Override public Lifecycle getLifecycle() { throw new UnsupportedOperationException(); }
    @Override public ExternalContext getExternalContext() { throw new UnsupportedOperationException(); }
    @Override public FacesMessage.Severity getMaximumSeverity() { return FacesMessage.SEVERITY_ERROR; }
    @Override public RenderKit getRenderKit() { throw new UnsupportedOperationException(); }
    @Override public boolean getRenderResponse() { return false; }
    @Override public boolean getResponseComplete() { return false; }
    @Override public ResponseStream getResponseStream() { throw new UnsupportedOperationException(); }
    @Override public void setResponseStream(ResponseStream responseStream) { throw new UnsupportedOperationException(); }
    @Override public ResponseWriter getResponseWriter() { throw new UnsupportedOperationException(); }
    @Override public void setResponseWriter(ResponseWriter responseWriter) { throw new UnsupportedOperationException(); }
    @Override public UIViewRoot getViewRoot() { throw new UnsupportedOperationException(); }
    @Override public void setViewRoot(UIViewRoot root) { throw new UnsupportedOperationException(); }
    @Override public void release() { }
    @Override public void renderResponse() { }
    @Override public void responseComplete() { }
}
