package org.ecdp.web.shell;

import jakarta.faces.context.ExternalContext;

/**
 * A file download from a page. {@code responseReset()} clears every header set so far, including
 * the security filter's {@code Cache-Control: no-store}; these files hold personal data and must
 * not stay in a shared computer's browser cache, so the headers are set again after the reset.
 */
public final class Downloads {

    private Downloads() {
    }

    /** Resets the response for a file of this type and marks it uncacheable and not to be sniffed. */
    public static void start(ExternalContext external, String contentType, String fileName) {
        external.responseReset();
        external.setResponseContentType(contentType);
        external.setResponseHeader("Cache-Control", "no-store");
        external.setResponseHeader("X-Content-Type-Options", "nosniff");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }
}
