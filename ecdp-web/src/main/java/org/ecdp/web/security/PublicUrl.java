package org.ecdp.web.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The address people use to reach the portal ({@code ECDP_PUBLIC_URL}, e.g.
 * {@code https://portal.ecdp.org.uk}). When it is https the session cookie is {@code Secure}
 * and browsers are told to use https only (HSTS), even though a TLS-terminating proxy in
 * front hands the container plain http. Its origin is the one browsers may write to the API
 * from, besides the address a request was actually sent to.
 */
public final class PublicUrl {

    private final URI url;

    PublicUrl(String configured) {
        this.url = parse(configured);
    }

    public static PublicUrl fromConfig() {
        return new PublicUrl(ConfigProvider.getConfig(PublicUrl.class.getClassLoader())
                .getOptionalValue("ecdp.public.url", String.class).orElse(null));
    }

    private static URI parse(String configured) {
        if (configured == null || configured.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(configured.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new IllegalArgumentException("ECDP_PUBLIC_URL must be an http(s) address such as https://portal.example.org, not " + configured);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("ECDP_PUBLIC_URL is not an address: " + configured, e);
        }
    }

    public boolean isHttps() {
        return url != null && "https".equalsIgnoreCase(url.getScheme());
    }

    /** {@code scheme://host[:port]} as a browser sends it in {@code Origin}; empty when not configured. */
    public Optional<String> origin() {
        if (url == null) {
            return Optional.empty();
        }
        return Optional.of(origin(url.getScheme(), url.getHost(), url.getPort()));
    }

    static String origin(String scheme, String host, int port) {
        String s = scheme.toLowerCase(Locale.ROOT);
        boolean defaultPort = port < 0 || s.equals("https") && port == 443 || s.equals("http") && port == 80;
        return s + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
