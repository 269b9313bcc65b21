package org.ecdp.web.shell;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.ecdp.web.config.DatabaseOutage;

/**
 * The page a browser gets while the database is out of reach: 503 with {@code Retry-After},
 * plain HTML that needs nothing from the database (not even the signed-in user's name). After a
 * form was sent it says that what was being saved may have been stored, never that nothing was.
 */
public final class OutagePage {

    private OutagePage() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean write = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        String what = write
                ? "<p>The portal could not reach its database while saving, so it cannot tell whether what you sent was stored: it may have been.</p>"
                  + "<p>Your browser's Back button returns to the form with what you typed. Wait a minute and send it again:"
                  + " an entry from the log's form is stored once, however often it is sent. For anything else, check before you enter it again.</p>"
                : "<p>The portal cannot reach its database just now. Nothing stored is lost. Please try again in a minute.</p>";
        byte[] page = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>The portal cannot reach its database - ecdp</title></head>"
                + "<body><main><h1>The portal cannot reach its database</h1>" + what
                + "<p><a href=\"" + request.getContextPath() + "/\">Try the home page again</a></p></main></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
        response.flushBuffer();
    }
}
