package org.ecdp.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The second benchmark: enrolment of 1,000 participants through the API against a
 * running portal (JDK only, so it runs as a single source file), from several clients at once
 * so the programme-row lock is exercised; then an M3 score for each, the evaluation over them,
 * and the chain check, which must find every allocation intact.
 *
 * <pre>
 * ECDP_DATA_DIR=/tmp/ecdp-bench ./ecdp run --demo --port 8092 &amp;
 * java ecdp-web/src/test/java/org/ecdp/web/HousingEnrolmentBenchmark.java http://localhost:8092/ 1000 4
 * </pre>
 */
public final class HousingEnrolmentBenchmark {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8092/";
        int participants = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        String programmeBody = post(base, "evaluator", "api/housing/programmes", """
                {"name":"Benchmark %d","schemes":["HARLOW_COURT","COLCHESTER_MEWS","BASILDON_HOUSE"],
                 "instruments":["HOME_WELLBEING"],"strata":["scheme"],"blockSizes":[2,4],"ratio":[1,1]}"""
                .formatted(System.currentTimeMillis()), 201);
        long programme = id(programmeBody);
        String[] schemes = {"HARLOW_COURT", "COLCHESTER_MEWS", "BASILDON_HOUSE"};

        List<Long> enrolMillis = Collections.synchronizedList(new ArrayList<>());
        List<Long> ids = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < participants; i++) {
                int n = i;
                done.add(pool.submit(() -> {
                    long t = System.nanoTime();
                    String body = post(base, "coordinator", "api/housing/programmes/" + programme + "/participants", """
                            {"ref":"BM-%d","scheme":"%s","consent":true,"baseline":{"instrument":"HOME_WELLBEING","score":%d}}"""
                            .formatted(n, schemes[n % 3], 15 + n % 30), 201);
                    enrolMillis.add((System.nanoTime() - t) / 1_000_000);
                    ids.add(id(body));
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        long enrolTotal = (System.nanoTime() - start) / 1_000_000;

        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        ExecutorService scorers = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (long id : ids) {
                done.add(scorers.submit(() -> post(base, "coach", "api/housing/participants/" + id + "/outcomes", """
                        {"instrument":"HOME_WELLBEING","timepoint":"M3","score":%d,"recordedOn":"%s"}"""
                        .formatted(20 + (int) (id % 25), today), 201)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            scorers.shutdown();
        }

        List<Long> evaluationMillis = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            long t = System.nanoTime();
            get(base, "evaluator", "api/housing/programmes/" + programme + "/evaluation?instrument=HOME_WELLBEING&timepoint=M3");
            evaluationMillis.add((System.nanoTime() - t) / 1_000_000);
        }
        String chain = get(base, "evaluator", "api/housing/programmes/" + programme + "/allocation-chain");

        Collections.sort(enrolMillis);
        Collections.sort(evaluationMillis);
        System.out.printf("enrolled %d participants with %d clients in %d ms (%.1f per second); per enrolment median %d ms, p95 %d ms%n",
                participants, clients, enrolTotal, participants * 1000.0 / enrolTotal,
                enrolMillis.get(enrolMillis.size() / 2), enrolMillis.get((int) (enrolMillis.size() * 0.95)));
        System.out.printf("evaluation over %d participants (HTTP round trip): median %d ms, max %d ms%n",
                participants, evaluationMillis.get(10), evaluationMillis.get(20));
        System.out.println("allocation chain: " + chain);
        if (!chain.contains("\"intact\":true") || !chain.contains("\"allocationsChecked\":" + participants)) {
            throw new IllegalStateException("the chain is not whole after concurrent enrolment");
        }
    }

    private static long id(String body) {
        Matcher m = ID.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + body);
        }
        return Long.parseLong(m.group(1));
    }

    private static String post(String base, String user, String path, String json, int expected) throws Exception {
        HttpResponse<String> response = HTTP.send(request(base, user, path)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(path + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static String get(String base, String user, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(request(base, user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static HttpRequest.Builder request(String base, String user, String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }

    private HousingEnrolmentBenchmark() {
    }
}
