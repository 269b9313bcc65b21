package org.ecdp.web.shell;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;

/**
 * A post to a page whose Faces view has expired (evicted from the session, the session timed out,
 * or the instance that held the view stopped before the data grid had it) is never an error page
 * or a 500: the person is sent back to the same page (303, or an Ajax redirect), which shows a
 * notice that nothing was saved and the form filled in again with what they had typed
 * ({@link KeptInput}). Before, the servlet error page answered 500 and, when the post carried no
 * PrimeFaces nonce, PrimeFaces' CSP check failed on that error page too ("Missing CSP nonce").
 * The redirect renders a fresh view with its own nonce, so the page's CSP stays as it always is.
 * No action of the expired post runs: its view state was the guard against cross-site requests.
 */
public class ExpiredViewExceptionHandlerFactory extends ExceptionHandlerFactory {

    public ExpiredViewExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext();) {
                ViewExpiredException expired = expired(events.next().getContext().getException());
                if (expired != null && !faces.getExternalContext().isResponseCommitted()) {
                    events.remove();
                    sendBack(faces, expired.getViewId());
                    break;
                }
            }
            super.handle();
        }

        private static ViewExpiredException expired(Throwable thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                if (t instanceof ViewExpiredException expired) {
                    return expired;
                }
            }
            return null;
        }

        private static void sendBack(FacesContext faces, String viewId) {
            ExternalContext external = faces.getExternalContext();
            String shown = viewId == null ? "/index.xhtml" : viewId;
            external.getSessionMap().put(KeptInput.SESSION_KEY,
                    KeptInput.of(shown, external.getRequestParameterValuesMap(), Instant.now()));
            String url = faces.getApplication().getViewHandler().getActionURL(faces, shown);
            String query = ((HttpServletRequest) external.getRequest()).getQueryString();
            try {
                external.redirect(external.encodeRedirectURL(query == null ? url : url + "?" + query, Map.of()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }
}
