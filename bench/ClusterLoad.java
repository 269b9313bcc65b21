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
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Closed-loop load through the cluster's load balancer (loopback only): C clients, each sending
 * its next request as soon as the last is answered, for S seconds, after a warm-up of W seconds
 * that is not counted. Two workloads: POST /api/entries (each with an Idempotency-Key) and the
 * first page of the log (GET /api/entries?page=0&size=25, the query of the log's first page).
 *   java bench/ClusterLoad.java http://127.0.0.1:8450 [clients=8] [seconds=30] [warmup=15]
 * Prints one line per workload: requests/s, p50, p99, non-2xx answers, and created=N.
 */
public class ClusterLoad {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    static final String STAFF = "Basic " + Base64.getEncoder().encodeToString("staff:demo".getBytes(StandardCharsets.UTF_8));
    static final String OFFICER = "Basic " + Base64.getEncoder().encodeToString("officer:demo".getBytes(StandardCharsets.UTF_8));
    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    static final AtomicInteger CREATED = new AtomicInteger();
    /** One sequence for every run: a key used in the warm-up is never sent again (a repeat stores nothing and is cheaper). */
    static final AtomicInteger SEQ = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 15;
        if (!URI.create(base).getHost().matches("localhost|127\\.0\\.0\\.1")) {
            throw new IllegalArgumentException("loopback only");
        }
        for (String workload : List.of("post", "page")) {
            run(base, workload, clients, warmup, false);
            run(base, workload, clients, seconds, true);
        }
        System.out.println("created=" + CREATED.get());
    }

    static void run(String base, String workload, int clients, int seconds, boolean report) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = HTTP.send(request(base, workload, SEQ.incrementAndGet()), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() / 100 != 2) {
                            failed.incrementAndGet();
                        } else if (report && workload.equals("post")) {
                            CREATED.incrementAndGet(); // warm-up entries are stored too, not counted
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                    micros.add((System.nanoTime() - t0) / 1000);
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        if (!report) {
            return;
        }
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        double p50 = sorted.get(sorted.size() / 2) / 1000.0;
        double p99 = sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.99) - 1)) / 1000.0;
        System.out.printf("%s: %d requests in %d s = %.0f/s, p50 %.1f ms, p99 %.1f ms, failed %d (clients %d)%n",
                workload.equals("post") ? "POST /api/entries" : "first log page", sorted.size(), seconds, sorted.size() / (double) seconds,
                p50, p99, failed.get(), clients);
    }

    static HttpRequest request(String base, String workload, int n) {
        if (workload.equals("page")) {
            return HttpRequest.newBuilder(URI.create(base + "/api/entries?page=0&size=25")).header("Authorization", OFFICER)
                    .timeout(Duration.ofSeconds(30)).build();
        }
        return HttpRequest.newBuilder(URI.create(base + "/api/entries")).header("Authorization", STAFF)
                .header("Content-Type", "application/json").header("Idempotency-Key", "bench-" + RUN + "-" + n)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"service":"ADVOCACY","occurredOn":"%s","themes":["TRANSPORT"],"summary":"Cluster load: taxi card refused %s-%d"}"""
                        .formatted(LocalDate.now().minusDays(n % 5), RUN, n)))
                .build();
    }
}
