package org.ecdp.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.validation.FieldError;
import org.ecdp.web.security.Problems;

/** An RFC 9457 problem document; validation problems carry {@code errors: [{field, message}]}. */
public final class Problem {

    static final int MAX_TEXT = 300;

    public static final MediaType TYPE = new MediaType("application", "problem+json");

    private Problem() {
    }

    public static Response of(int status, String title, String detail) {
        return of(status, title, detail, null);
    }

    public static Response of(int status, String title, String detail, List<FieldError> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("status", status);
        body.put("title", title);
        body.put("detail", shortened(detail));
        if (errors != null) {
            body.put("errors", errors.stream().map(e -> Map.of("field", shortened(e.field()), "message", shortened(e.message()))).toList());
        }
        Response.ResponseBuilder builder = Response.status(status).type(TYPE).entity(body);
        if (status == 401) {
            builder.header("WWW-Authenticate", Problems.CHALLENGE);
        }
        return builder.build();
    }

    /** A message may quote what the client sent; a 1 MB value is never echoed back whole. */
    static String shortened(String text) {
        if (text == null || text.length() <= MAX_TEXT) {
            return text;
        }
        return text.substring(0, MAX_TEXT) + "…";
    }
}
