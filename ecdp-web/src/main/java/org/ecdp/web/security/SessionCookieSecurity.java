package org.ecdp.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie is {@code Secure} when people reach the portal over https
 * ({@code ECDP_PUBLIC_URL}): behind a TLS-terminating proxy the container itself only sees
 * http and would not mark it. The rest of the cookie's settings are in web.xml.
 */
@WebListener
public class SessionCookieSecurity implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (PublicUrl.fromConfig().isHttps()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
