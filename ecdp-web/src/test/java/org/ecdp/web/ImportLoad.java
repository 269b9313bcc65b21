package org.ecdp.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.ecdp.web.testing.Http;

/**
 * The import benchmark through the API, run on demand against a running portal (not a
 * test): writes a workbook of N realistic rows over three demo services (every summary unique),
 * posts it to {@code POST /api/entries/import} as the officer, and reports the wall time and
 * the server's used heap, sampled from {@code /metrics} every 100 ms during the request. Run
 * the portal with its default 512 MB heap and /metrics on ({@code ECDP_METRICS=on ./ecdp run --demo --port 8093}), then:
 * <pre>
 * mvn -B -q -o -pl ecdp-web test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp ecdp-web/target/test-classes:$(cat ecdp-web/target/test-classpath.txt) org.ecdp.web.ImportLoad http://localhost:8093 100000
 * </pre>
 * A fresh run imports every row; a second run of the same seed imports none (same fingerprints).
 * Measured 2026-11-26 on a shared 2-CPU machine with a load average of 18-21 (several other
 * builds running), H2: 100,000 rows in 127 s and in 316 s, server heap peak 441 MB and 183 MB
 * (sampled) of 512 MB; 10,000 rows in 18.6 s. The 60 s goal is not shown on that machine.
 * After reading the workbook once and writing the day counts once (same day, load average 3-4,
 * MariaDB holding 1.5M entries): 100,000 rows in 43.7 s (58.2 s before, same database),
 * portal CPU 25 s (35 s), 15,515 statements (197,431), heap peak 228 MB; H2 at load 7.5-8:
 * 94 s (137 s before), of which about 40 s is H2 committing the one large transaction.
 */
public final class ImportLoad {

    private static final Pattern USED_HEAP = Pattern.compile("(?m)^memory_usedHeap_bytes\\{[^}]*} ([0-9.E+]+)");
    private static final Pattern MAX_HEAP = Pattern.compile("(?m)^memory_maxHeap_bytes\\{[^}]*} ([0-9.E+]+)");

    private static final List<String> SHEETS = List.of("Advocacy", "Payroll", "Information line");
    private static final List<String> THEMES = List.of("Access to Work", "Transport", "Disability hate crime",
            "Benefits", "Access to Work; Transport", "Safety, Disability hate crime");
    private static final List<String> CHANNELS = List.of("Phone", "Face to face", "E-mail", "Event", "Other", "");
    private static final List<String> LOCALITIES = List.of("Chelmsford", "Basildon", "Colchester", "Southend-on-Sea",
            "Harlow", "Tendring", "Castle Point", "Thurrock", "");
    private static final List<String> PHRASES = List.of(
            "Can no longer use own PA to drive to work since the guidance change",
            "Bus driver refused to lower the ramp and other passengers laughed",
            "Access to Work award took months to arrive and the job offer nearly went",
            "PA wages paid late again by the payroll provider",
            "Called names on the bus, did not report it because nothing happens",
            "Taxi refused the assistance dog even though it wore its jacket",
            "Universal Credit journal impossible to use with a screen reader",
            "Care agency cancelled calls over the bank holiday with no cover");

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8093";
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : System.currentTimeMillis();
        Path file = Files.createTempFile("ecdp-import-load-", ".xlsx");
        try {
            writeWorkbook(file, rows, seed);
            System.out.printf("workbook: %,d rows, %,d bytes (seed %d)%n", rows, Files.size(file), seed);
            HttpClient http = HttpClient.newHttpClient();
            AtomicLong peak = new AtomicLong();
            long[] max = {0};
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        String metrics = http.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(),
                                HttpResponse.BodyHandlers.ofString()).body();
                        Matcher used = USED_HEAP.matcher(metrics);
                        if (used.find()) {
                            peak.accumulateAndGet((long) Double.parseDouble(used.group(1)), Math::max);
                        }
                        Matcher m = MAX_HEAP.matcher(metrics);
                        if (m.find()) {
                            max[0] = (long) Double.parseDouble(m.group(1));
                        }
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    } catch (IOException e) {
                        // keep sampling
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(importRequest(base, file, false, "officer", "demo"),
                    HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - start) / 1_000_000;
            sampler.interrupt();
            String body = response.body();
            System.out.printf("POST /api/entries/import: HTTP %d in %,d ms: %s%n", response.statusCode(), millis,
                    body.length() > 300 ? body.substring(0, 300) + "..." : body);
            System.out.printf("server heap: peak used %,d MB (sampled every 100 ms), max %,d MB%n", peak.get() >> 20, max[0] >> 20);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** A multipart/form-data POST of {@code file} as the field {@code file}, with HTTP Basic. */
    static HttpRequest importRequest(String base, Path file, boolean dryRun, String user, String password) throws IOException {
        String boundary = "ecdp-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
                + "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create(base + "/api/entries/import" + (dryRun ? "?dryRun=true" : "")))
                .header("Authorization", Http.basic(user, password))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> {
                    try {
                        return new SequenceInputStream(new SequenceInputStream(new java.io.ByteArrayInputStream(head),
                                Files.newInputStream(file)), new java.io.ByteArrayInputStream(tail));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }))
                .build();
    }

    static void writeWorkbook(Path file, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        LocalDate first = LocalDate.of(2024, 1, 1);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, true); OutputStream out = Files.newOutputStream(file)) {
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            List<String> header = List.of("Date", "Theme(s)", "Summary", "People", "Channel", "Locality");
            Sheet[] sheets = new Sheet[SHEETS.size()];
            int[] next = new int[SHEETS.size()];
            for (int s = 0; s < sheets.length; s++) {
                sheets[s] = workbook.createSheet(SHEETS.get(s));
                Row row = sheets[s].createRow(next[s]++);
                for (int c = 0; c < header.size(); c++) {
                    row.createCell(c).setCellValue(header.get(c));
                }
            }
            for (int i = 0; i < rows; i++) {
                int s = i % sheets.length;
                Row row = sheets[s].createRow(next[s]++);
                var date = row.createCell(0);
                date.setCellValue(first.plusDays(random.nextInt(680)));
                date.setCellStyle(dateStyle);
                row.createCell(1).setCellValue(THEMES.get(random.nextInt(THEMES.size())));
                row.createCell(2).setCellValue(PHRASES.get(random.nextInt(PHRASES.size()))
                        + " (conversation " + seed + "-" + i + ")" + " and more detail".repeat(random.nextInt(8)));
                row.createCell(3).setCellValue(1 + random.nextInt(random.nextInt(10) < 8 ? 1 : 5));
                String channel = CHANNELS.get(random.nextInt(CHANNELS.size()));
                if (!channel.isEmpty()) {
                    row.createCell(4).setCellValue(channel);
                }
                String locality = LOCALITIES.get(random.nextInt(LOCALITIES.size()));
                if (!locality.isEmpty()) {
                    row.createCell(5).setCellValue(locality);
                }
            }
            workbook.write(out);
        }
    }

    private ImportLoad() {
    }
}
