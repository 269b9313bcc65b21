package org.ecdp.web.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** RFC 9457 problem documents written where JAX-RS is not in charge (the security layer). */
public final class Problems {

    /**
     * The 401 challenge. Clients still send {@code Authorization: Basic}; the scheme named here is
     * not {@code Basic} so that no browser ever shows its own sign-in prompt and then caches the
     * credentials, which any site could then make it send along (cross-site request forgery).
     */
    public static final String CHALLENGE = "EcdpBasic realm=\"ecdp\", charset=\"UTF-8\"";

    private Problems() {
    }

    public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", CHALLENGE);
        }
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"status\":" + status + ",\"title\":\"" + title
                + "\",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
    }
}
