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
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The soak of issue 17 against a running portal (loopback only): POST /api/entries at a fixed
 * rate for a long time while a few officers read the log's pages, then one line per minute:
 *   java bench/Soak.java http://localhost:8098 [rate=200] [minutes=10] [officers=3]
 * Each minute: POSTs sent, 201s, failures, p50/p99 of the POSTs sent in that minute, and the p95
 * of the officers' pages (the log's first page, a theme, a theme and channel, page 40 of All).
 * A minute of warm-up comes first (SOAK_WARMUP seconds; half the rate, then the rate; not counted). Prints
 * "slow-second=EPOCH COUNT MAX_MS" for the ten seconds with the most POSTs over 50 ms, and
 * "created=N" last, for the caller to compare with the rows in the database.
 */
public class Soak {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    static final String[] PAGES = {"/api/entries?size=25", "/api/entries?size=25&theme=ACCESS_TO_WORK",
        "/api/entries?size=25&theme=ACCESS_TO_WORK&channel=PHONE", "/api/entries?size=25&page=40"};

    /** One answer: the minute it was sent in, when (epoch ms), how long it took. */
    record Answer(long minute, long sentAt, long micros, boolean ok, String failure) {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8098";
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int minutes = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int officers = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        if (!URI.create(base).getHost().matches("localhost|127\\.0\\.0\\.1")) {
            throw new IllegalArgumentException("loopback only");
        }
        // SOAK_WARMUP seconds (default 60): half at half the rate, half at the rate
        int half = Integer.parseInt(System.getenv().getOrDefault("SOAK_WARMUP", "60")) / 2;
        run(base, Math.max(1, rate / 2), half, 0, null, null, "Soak warm-up");
        // the officers read during the warm-up at the rate too: their pages' first requests (and compiled code) are not counted
        run(base, rate, half, officers, new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>(), "Soak warm-up");
        System.out.println("warm-up done (" + half + " s at " + Math.max(1, rate / 2) + "/s, " + half + " s at " + rate + "/s with "
                + officers + " officers reading)");
        System.out.println("measure-start=" + System.currentTimeMillis());
        ConcurrentLinkedQueue<Answer> posts = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Answer> pages = new ConcurrentLinkedQueue<>();
        int created = run(base, rate, minutes * 60, officers, posts, pages, "Soak");
        System.out.println("minute  POSTs  201s  failed  p50 ms  p99 ms  pages  page p95 ms");
        Map<Long, List<Answer>> postsByMinute = byMinute(posts);
        Map<Long, List<Answer>> pagesByMinute = byMinute(pages);
        Map<String, Integer> failures = new TreeMap<>();
        for (long m = 0; m < minutes; m++) {
            List<Answer> p = postsByMinute.getOrDefault(m, List.of());
            List<Answer> g = pagesByMinute.getOrDefault(m, List.of());
            p.stream().filter(a -> !a.ok()).forEach(a -> failures.merge("POST " + a.failure(), 1, Integer::sum));
            g.stream().filter(a -> !a.ok()).forEach(a -> failures.merge("page " + a.failure(), 1, Integer::sum));
            System.out.printf("%6d %6d %5d %7d %7.1f %7.1f %6d %12.1f%n", m + 1, p.size(), p.stream().filter(Answer::ok).count(),
                    p.stream().filter(a -> !a.ok()).count(), percentile(p, 0.50), percentile(p, 0.99), g.size(), percentile(g, 0.95));
        }
        System.out.printf("all minutes: POST p50 %.1f ms, p99 %.1f ms; pages p95 %.1f ms%n", percentile(List.copyOf(posts), 0.50),
                percentile(List.copyOf(posts), 0.99), percentile(List.copyOf(pages), 0.95));
        System.out.println(failures.isEmpty() ? "no failures" : "failures: " + failures);
        // the seconds with the most POSTs over 50 ms, for the caller to set beside the GC log and the database's flushing
        Map<Long, List<Answer>> slowBySecond = new TreeMap<>();
        posts.stream().filter(a -> a.micros() > 50_000).forEach(a -> slowBySecond.computeIfAbsent(a.sentAt() / 1000, k -> new ArrayList<>()).add(a));
        slowBySecond.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()))
                .limit(10)
                .forEach(e -> System.out.println("slow-second=" + e.getKey() + " " + e.getValue().size() + " "
                        + e.getValue().stream().mapToLong(Answer::micros).max().orElse(0) / 1000));
        System.out.println("created=" + created);
    }

    /** Sends POSTs at {@code rate} for {@code seconds} while {@code officers} read pages; returns the 201s. */
    static int run(String base, int rate, int seconds, int officers, ConcurrentLinkedQueue<Answer> posts, ConcurrentLinkedQueue<Answer> pages,
                   String label) throws Exception {
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(4);
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger created = new AtomicInteger();
        AtomicBoolean reading = new AtomicBoolean(true);
        long start = System.nanoTime();
        long total = (long) rate * seconds;
        String body = "{\"service\":\"ADVOCACY\",\"occurredOn\":\"" + LocalDate.now() + "\",\"themes\":[\"ACCESS_TO_WORK\"],"
                + "\"summary\":\"" + label + ": cannot use my PA to drive me to work\",\"peopleCount\":1,\"channel\":\"PHONE\",\"locality\":\"CHELMSFORD\"}";
        timer.scheduleAtFixedRate(() -> {
            if (sent.getAndIncrement() >= total) {
                return;
            }
            long t0 = System.nanoTime();
            long sentAt = System.currentTimeMillis();
            HTTP.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/entries")).header("Authorization", auth("officer"))
                            .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((r, e) -> {
                        boolean ok = e == null && r.statusCode() == 201;
                        if (ok) {
                            created.incrementAndGet();
                        }
                        if (posts != null) {
                            posts.add(new Answer((t0 - start) / 60_000_000_000L, sentAt, (System.nanoTime() - t0) / 1_000, ok,
                                    e == null ? "HTTP " + r.statusCode() : e.getClass().getSimpleName()));
                        }
                        answered.incrementAndGet();
                    });
        }, 0, 1_000_000L / rate, TimeUnit.MICROSECONDS);
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < officers; i++) {
            int first = i;
            readers.add(Thread.ofPlatform().start(() -> read(base, first, start, reading, pages)));
        }
        long deadline = System.currentTimeMillis() + seconds * 1000L + 35_000;
        while (answered.get() < total && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        reading.set(false);
        for (Thread t : readers) {
            t.join();
        }
        timer.shutdownNow();
        return created.get();
    }

    /** An officer reading the log: one of the pages, then a second's pause, until told to stop. */
    static void read(String base, int first, long start, AtomicBoolean reading, ConcurrentLinkedQueue<Answer> pages) {
        for (int i = first; reading.get(); i++) {
            long t0 = System.nanoTime();
            long sentAt = System.currentTimeMillis();
            String failure = null;
            try {
                HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + PAGES[i % PAGES.length]))
                        .header("Authorization", auth("officer")).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
                failure = r.statusCode() == 200 ? null : "HTTP " + r.statusCode();
            } catch (Exception e) {
                failure = e.getClass().getSimpleName();
            }
            pages.add(new Answer((t0 - start) / 60_000_000_000L, sentAt, (System.nanoTime() - t0) / 1_000, failure == null, failure));
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    static Map<Long, List<Answer>> byMinute(ConcurrentLinkedQueue<Answer> answers) {
        Map<Long, List<Answer>> by = new ConcurrentHashMap<>();
        for (Answer a : answers) {
            by.computeIfAbsent(a.minute(), k -> new ArrayList<>()).add(a);
        }
        return by;
    }

    static double percentile(List<Answer> answers, double p) {
        if (answers.isEmpty()) {
            return Double.NaN;
        }
        List<Long> us = new ArrayList<>(answers.stream().map(Answer::micros).toList());
        Collections.sort(us);
        return us.get(Math.min(us.size() - 1, (int) (us.size() * p))) / 1000.0;
    }

    static String auth(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
