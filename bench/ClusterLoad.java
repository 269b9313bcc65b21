import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Closed-loop load through the cluster's load balancer (loopback only): C clients, each sending
 * its next request as soon as the last is answered, for S seconds, after a warm-up of W seconds
 * that is not counted. Two workloads: POST /api/entries (each with an Idempotency-Key) and the
 * first page of the log (GET /api/entries?page=0&size=25, the query of the log's first page).
 *   java bench/ClusterLoad.java http://127.0.0.1:8450 [clients=8] [seconds=30] [warmup=15]
 * Prints one line per workload: requests/s, p50, p99, non-2xx answers, and created=N. With
 * ECDP_BENCH_PIDS="instances=12,34;nginx=56,57;mariadb=78" it also prints where the CPU went during
 * each measured run: CPU milliseconds per request of each group and of this load generator, and the
 * machine's busy share of all its cores (from /proc).
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
        Map<String, Long> cpuBefore = cpuMillis();
        long[] machineBefore = machineTicks();
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
        Map<String, Long> cpuAfter = cpuMillis();
        long[] machineAfter = machineTicks();
        StringBuilder cpu = new StringBuilder("  CPU per request:");
        cpuAfter.forEach((group, ms) -> cpu.append(String.format(" %s %.2f ms;", group, (ms - cpuBefore.get(group)) / (double) sorted.size())));
        long busy = machineAfter[0] - machineBefore[0];
        long all = machineAfter[1] - machineBefore[1];
        cpu.append(String.format(" machine busy %.0f%% of %d cores", 100.0 * busy / Math.max(1, all), Runtime.getRuntime().availableProcessors()));
        System.out.println(cpu);
    }

    /** CPU time so far of each group of ECDP_BENCH_PIDS (utime + stime, children not included) and of this process. */
    static Map<String, Long> cpuMillis() throws Exception {
        Map<String, Long> groups = new LinkedHashMap<>();
        String spec = System.getenv().getOrDefault("ECDP_BENCH_PIDS", "");
        for (String group : spec.split(";")) {
            if (group.isBlank()) {
                continue;
            }
            String[] nameAndPids = group.split("=", 2);
            long ms = 0;
            for (String pid : nameAndPids[1].split(",")) {
                Path stat = Path.of("/proc", pid.trim(), "stat");
                if (Files.exists(stat)) {
                    String line = Files.readString(stat);
                    String[] f = line.substring(line.lastIndexOf(')') + 2).split(" ");
                    ms += (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10; // utime, stime in ticks of 10 ms
                }
            }
            groups.put(nameAndPids[0], ms);
        }
        groups.put("load generator", ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(0L));
        return groups;
    }

    /** The machine's busy and total ticks so far (all cores; idle and iowait count as not busy). */
    static long[] machineTicks() throws Exception {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i <= 8; i++) { // user .. steal (guest time is already in user)
            total += Long.parseLong(f[i]);
        }
        long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
        return new long[] {total - idle, total};
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
