import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What sign-in costs, against a running demo portal (loopback only), JDK only:
 *   java bench/SignInCost.java http://127.0.0.1:8101 [seconds=10] [threads=4]
 * 1. Median time of a failed sign-in (HTTP Basic on GET /api/services, wrong password) for known
 *    accounts and for unknown ones: they should be alike (no account enumeration by timing).
 *    At most 3 failures per account, so the throttle never answers instead of the password check.
 * 2. Time of a successful sign-in that runs the full PBKDF2 check (each demo account's first call)
 *    and of the following ones (the recently-verified path).
 * 3. Throughput of GET /api/services with Basic as 'staff' from N threads for S seconds.
 */
public class SignInCost {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final String[] DEMO = {"admin", "staff", "officer", "coordinator", "coach", "evaluator"};

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8101";
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        if (!URI.create(base).getHost().matches("localhost|127\\.0\\.0\\.1")) {
            throw new IllegalArgumentException("loopback only");
        }
        call(base, "staff", "demo"); // warm up the JIT and the connection
        List<Double> known = new ArrayList<>();
        List<Double> unknown = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (String user : DEMO) {
                known.add(timed(base, user, "wrong-" + round, 401));
                unknown.add(timed(base, "nobody-" + UUID.randomUUID().toString().substring(0, 8), "wrong", 401));
            }
        }
        List<Double> firstSuccess = new ArrayList<>();
        List<Double> laterSuccess = new ArrayList<>();
        for (String user : DEMO) {
            firstSuccess.add(timed(base, user, "demo", 200));
            for (int i = 0; i < 5; i++) {
                laterSuccess.add(timed(base, user, "demo", 200));
            }
        }
        System.out.printf("failed sign-in, known account:   median %.1f ms (n=%d)%n", median(known), known.size());
        System.out.printf("failed sign-in, unknown account: median %.1f ms (n=%d)%n", median(unknown), unknown.size());
        System.out.printf("successful sign-in, PBKDF2 check: median %.1f ms (n=%d; first call per account, or remembered if run again within 5 min)%n",
                median(firstSuccess), firstSuccess.size());
        System.out.printf("successful sign-in, remembered:   median %.1f ms (n=%d)%n", median(laterSuccess), laterSuccess.size());
        throughput(base, seconds, threads);
    }

    static void throughput(String base, int seconds, int threads) throws Exception {
        AtomicLong ok = new AtomicLong();
        AtomicLong other = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                while (running.get()) {
                    try {
                        if (call(base, "staff", "demo") == 200) {
                            ok.incrementAndGet();
                        } else {
                            other.incrementAndGet();
                        }
                    } catch (Exception e) {
                        other.incrementAndGet();
                    }
                }
                return null;
            });
        }
        Thread.sleep(seconds * 1000L);
        running.set(false);
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("GET /api/services with Basic, %d threads, %d s: %.0f requests/s (%d ok, %d not 200)%n",
                threads, seconds, ok.get() / elapsed, ok.get(), other.get());
    }

    static double timed(String base, String user, String password, int expected) throws Exception {
        long t0 = System.nanoTime();
        int status = call(base, user, password);
        double ms = (System.nanoTime() - t0) / 1e6;
        if (status != expected) {
            throw new IllegalStateException(user + ": expected " + expected + " but got " + status);
        }
        return ms;
    }

    static int call(String base, String user, String password) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/services")).header("Authorization", auth)
                .timeout(Duration.ofSeconds(30)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
