package org.ecdp.web;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecdp.web.testing.Eventually;
import org.ecdp.web.testing.Http;

/**
 * The portal as an operator runs it: Payara Micro with the WAR in a process of its own (what
 * {@code ./ecdp run} starts), so that a test can kill it with SIGKILL and start it again on the
 * same database. Its output goes to a file under target/ for when a test fails.
 */
final class PortalProcess implements AutoCloseable {

    /**
     * A first start with the demo data takes well under a minute on a quiet machine, but more
     * than 8 minutes on a shared 2-core machine under load 40 (the demo's months of entries).
     */
    static final Duration STARTUP = Duration.ofMinutes(15);

    private static final List<String> OWN_ENV = List.of("ECDP_DB_URL", "ECDP_DB_USER", "ECDP_DB_PASSWORD", "ECDP_DATA_DIR", "ECDP_DEMO");

    private final String name;
    private final Map<String, String> env;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final HttpClient api = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;
    private int starts;

    PortalProcess(String name, Map<String, String> env) throws IOException {
        this.name = name;
        this.env = env;
        this.port = freePort();
    }

    String base() {
        return "http://127.0.0.1:" + port + "/";
    }

    /** The portal's API, through a client that gives up connecting after 5 s (the process may be down). */
    Http http() {
        return Http.portal(base()).withClient(api);
    }

    PortalProcess start() throws IOException {
        File war = new File(System.getProperty("ecdp.war", "target/ecdp.war"));
        File micro = new File(war.getParentFile(), "payara-micro.jar");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-Decdp.demo=true", "-jar", micro.getAbsolutePath(),
                "--deploy", war.getAbsolutePath(), "--contextroot", "/", "--port", String.valueOf(port),
                "--nocluster", "--nohostaware"));
        Path log = war.toPath().getParent().resolve("process-logs").resolve(name + "-" + (++starts) + ".log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        OWN_ENV.forEach(builder.environment()::remove);
        builder.environment().putAll(env);
        process = builder.start();
        return this;
    }

    /** Waits until /health/ready answers 200; fails if the process dies or the time runs out. */
    PortalProcess awaitReady(Duration within) throws Exception {
        Eventually.await("the portal " + name + " to be ready (see target/process-logs)", within, Duration.ofSeconds(1), () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal " + name + " exited with " + process.exitValue() + "; see target/process-logs");
            }
            return ready();
        }, ready -> ready);
        return this;
    }

    boolean ready() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base() + "health/ready")).timeout(Duration.ofSeconds(15)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
