import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load script for the lived experience log against a running portal (loopback only).
 *   java bench/LogLoad.java http://localhost:8096 [rate=200] [seconds=60]
 * 1. Every list query of the log through the API (the same queries as the pages): first and
 *    deep pages, theme x channel, theme x locality, service x theme x month, words x theme; p95 of
 *    REQUESTS (default 40) each, with the total (CASES=regex picks cases).
 * 2. POST /api/entries at a fixed rate for a fixed time: p50/p99 latency, how many 201s.
 * Prints the ids of the created entries' count so the caller can check them in the database.
 */
public class LogLoad {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    static String auth(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8096";
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        if (!URI.create(base).getHost().matches("localhost|127\\.0\\.0\\.1")) {
            throw new IllegalArgumentException("loopback only");
        }
        // every list query of issue 17: first and deep pages, the combinations of filters an
        // officer uses, with the total each answer carries (the same in every run on the same data)
        String month = LocalDate.now().minusMonths(2).withDayOfMonth(1).toString();
        String monthEnd = LocalDate.now().minusMonths(2).withDayOfMonth(1).plusMonths(1).minusDays(1).toString();
        String[][] cases = {
            {"All", ""},
            {"All, page 200", "&page=200"},
            {"theme", "&theme=ACCESS_TO_WORK"},
            {"theme, page 100", "&theme=ACCESS_TO_WORK&page=100"},
            {"theme, page 200", "&theme=ACCESS_TO_WORK&page=200"},
            {"service", "&service=ADVOCACY"},
            {"channel", "&channel=PHONE"},
            {"channel, page 100", "&channel=PHONE&page=100"},
            {"theme x channel", "&theme=ACCESS_TO_WORK&channel=PHONE"},
            {"theme x channel, p100", "&theme=ACCESS_TO_WORK&channel=PHONE&page=100"},
            {"theme x locality", "&theme=ACCESS_TO_WORK&locality=CHELMSFORD"},
            {"theme x locality, p100", "&theme=ACCESS_TO_WORK&locality=CHELMSFORD&page=100"},
            {"service x theme x month", "&service=ADVOCACY&theme=ACCESS_TO_WORK&from=" + month + "&to=" + monthEnd},
            {"svc x theme x month, p2", "&service=ADVOCACY&theme=ACCESS_TO_WORK&from=" + month + "&to=" + monthEnd + "&page=2"},
            {"words x theme", "&theme=ACCESS_TO_WORK&q=generated"},
            {"words x theme, p100", "&theme=ACCESS_TO_WORK&q=generated&page=100"},
        };
        String only = System.getenv().getOrDefault("CASES", "");
        for (String[] c : cases) {
            if (only.isEmpty() || c[0].matches(only)) {
                pages(base, c[0], "/api/entries?size=25" + c[1]);
            }
        }
        if (rate > 0) {
            // warm-up, not counted: 20 s at half the rate, then 20 s at the rate, so the JIT has
            // compiled the request path (a portal that has just started is slow for a minute)
            posts(base, Math.max(1, rate / 2), 20, "Warm-up");
            posts(base, rate, 20, "Warm-up");
            posts(base, rate, seconds, "Load test");
        }
    }

    /**
     * p50/p95 of REQUESTS answers (default 40) after two not counted; a case whose first answer
     * takes over 5 s is measured 5 times only (its p95 is then the slowest). Prints the total and
     * the page's first and last ids, to compare runs on the same data.
     */
    static void pages(String base, String name, String path) throws Exception {
        int requests = Integer.parseInt(System.getenv().getOrDefault("REQUESTS", "40"));
        List<Long> ms = new ArrayList<>();
        String page = "";
        for (int i = 0; i < requests + 2; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth("officer"))
                            .timeout(Duration.ofSeconds(300)).build(), HttpResponse.BodyHandlers.ofString());
            long t = (System.nanoTime() - t0) / 1_000_000;
            if (r.statusCode() != 200) {
                throw new IllegalStateException(name + " -> " + r.statusCode() + " " + r.body());
            }
            page = r.body();
            if (i >= 2) {
                ms.add(t); // the first two warm the caches
            } else if (t > 5000) {
                requests = 5;
            }
        }
        Collections.sort(ms);
        java.util.regex.Matcher ids = java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(page);
        List<String> found = new ArrayList<>();
        while (ids.find()) {
            found.add(ids.group(1));
        }
        java.util.regex.Matcher total = java.util.regex.Pattern.compile("\"total\":(\\d+)").matcher(page);
        System.out.printf("%-24s p50 %6d ms  p95 %6d ms  (%d requests)  total %s, ids %s..%s%n", name, ms.get(ms.size() / 2),
                ms.get((int) Math.ceil(ms.size() * 0.95) - 1), ms.size(), total.find() ? total.group(1) : "?",
                found.isEmpty() ? "-" : found.get(0), found.isEmpty() ? "-" : found.get(found.size() - 1));
    }

    static void posts(String base, int rate, int seconds, String label) throws Exception {
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(4);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<long[]> timeline = new ConcurrentLinkedQueue<>(); // {ms since the start, latency in us}
        long start = System.nanoTime();
        AtomicInteger created = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        java.util.concurrent.ConcurrentHashMap<String, Integer> reasons = new java.util.concurrent.ConcurrentHashMap<>();
        String body = "{\"service\":\"ADVOCACY\",\"occurredOn\":\"" + LocalDate.now() + "\",\"themes\":[\"ACCESS_TO_WORK\"],"
                + "\"summary\":\"" + label + ": cannot use my PA to drive me to work\",\"peopleCount\":1,\"channel\":\"PHONE\",\"locality\":\"CHELMSFORD\"}";
        long periodMicros = 1_000_000L / rate;
        long total = (long) rate * seconds;
        timer.scheduleAtFixedRate(() -> {
            if (sent.getAndIncrement() >= total) {
                return;
            }
            long t0 = System.nanoTime();
            HTTP.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/entries")).header("Authorization", auth("officer"))
                            .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((r, e) -> {
                        long us = (System.nanoTime() - t0) / 1_000;
                        latencies.add(us);
                        timeline.add(new long[] {(t0 - start) / 1_000_000, us});
                        if (e == null && r.statusCode() == 201) {
                            created.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                            reasons.merge(e == null ? "HTTP " + r.statusCode() : rootCause(e), 1, Integer::sum);
                        }
                    });
        }, 0, periodMicros, TimeUnit.MICROSECONDS);
        long deadline = System.currentTimeMillis() + seconds * 1000L + 35_000;
        while (latencies.size() < total && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        timer.shutdownNow();
        List<Long> us = new ArrayList<>(latencies);
        Collections.sort(us);
        System.out.printf(label + ": POST /api/entries at %d/s for %d s: %d sent, %d answered 201, %d failed; p50 %.1f ms, p99 %.1f ms%n",
                rate, seconds, Math.min(sent.get(), total), created.get(), failed.get(),
                us.get(us.size() / 2) / 1000.0, us.get((int) (us.size() * 0.99)) / 1000.0);
        // p99 of each 10 seconds of sending: where in the run the slow answers were
        java.util.Map<Long, List<Long>> slices = new java.util.TreeMap<>();
        for (long[] t : timeline) {
            slices.computeIfAbsent(t[0] / 10_000, k -> new ArrayList<>()).add(t[1]);
        }
        StringBuilder bySlice = new StringBuilder("  p99 per 10 s:");
        slices.forEach((k, v) -> {
            Collections.sort(v);
            bySlice.append(String.format(" %.0f", v.get((int) (v.size() * 0.99)) / 1000.0));
        });
        System.out.println(bySlice.append(" ms"));
        if (!reasons.isEmpty()) {
            System.out.println("failures: " + reasons);
        }
        if (label.equals("Load test")) {
            System.out.println("created=" + created.get());
        }
    }

    static String rootCause(Throwable e) {
        while (e.getCause() != null) {
            e = e.getCause();
        }
        return e.getClass().getSimpleName();
    }
}
