package org.ecdp.web.config;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Uploads (the workbook import, on the API and on its page) above {@code ECDP_MAX_UPLOAD_MB}
 * (default 50) are answered 413 before their body is read: by the declared length when there
 * is one, and by counting as it is read when the client streams it without one.
 */
@WebFilter(urlPatterns = {"/api/entries/import", "/log/import.xhtml"}, asyncSupported = true)
public class UploadLimitFilter extends HttpFilter {

    @Inject
    @ConfigProperty(name = "ecdp.max.upload.mb", defaultValue = "50")
    int maxUploadMb;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long limit = Math.max(1, maxUploadMb) * 1024L * 1024L;
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(request, response, limit);
            return;
        }
        if (declared < 0 && "POST".equalsIgnoreCase(request.getMethod())) {
            chain.doFilter(new Bounded(request, limit), response);
            return;
        }
        chain.doFilter(request, response);
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        response.setStatus(413);
        response.setHeader("Connection", "close");
        String mb = String.valueOf(limit / (1024 * 1024));
        if (request.getRequestURI().contains("/api/")) {
            response.setContentType("application/problem+json");
            response.getOutputStream().write(("{\"type\":\"about:blank\",\"status\":413,\"title\":\"Content Too Large\","
                    + "\"detail\":\"The upload is larger than " + mb + " MB\",\"errors\":[{\"field\":\"file\",\"message\":\"At most "
                    + mb + " MB\"}]}").getBytes(StandardCharsets.UTF_8));
        } else {
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(("<!DOCTYPE html><html lang=\"en\"><head><title>File too large - ecdp</title></head>"
                    + "<body><main><h1>The file is too large</h1><p>Workbooks of up to " + mb
                    + " MB can be imported. Split the workbook into smaller ones and import each.</p>"
                    + "<p><a href=\"import.xhtml\">Back to the import</a></p></main></body></html>").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A request whose body stops with an error once it goes past the limit. */
    private static final class Bounded extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream bounded;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (bounded == null) {
                ServletInputStream in = super.getInputStream();
                bounded = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws IOException {
                        read += n;
                        if (read > limit) {
                            throw new UploadTooLarge(limit);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(jakarta.servlet.ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return bounded;
        }
    }

    /** Thrown while reading a streamed upload that goes past the limit. */
    public static final class UploadTooLarge extends IOException {
        public UploadTooLarge(long limit) {
            super("The upload is larger than " + limit / (1024 * 1024) + " MB");
        }
    }
}
