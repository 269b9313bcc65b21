package org.ecdp.web.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** RFC 9457 problem documents written where JAX-RS is not in charge (the security layer). */
public final class Problems {

    private Problems() {
    }

    public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"ecdp\", charset=\"UTF-8\"");
        }
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"status\":" + status + ",\"title\":\"" + title
                + "\",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
    }
}
