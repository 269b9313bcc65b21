package org.ecdp.logging.imports.control;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The import benchmark, run on demand (not a test): writes a workbook of N realistic
 * rows spread over three service sheets (every summary unique, so the shared-strings table is
 * as big as it gets), then reads it with the streaming reader and reports the time and the
 * peak heap of the read. The goal is 100,000 rows in under 60 s with a heap under 512 MB.
 * <pre>
 * mvn -B -q -o -pl ecdp-logging -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -Xmx512m -cp ecdp-logging/target/test-classes:ecdp-logging/target/classes:$(cat ecdp-logging/target/test-classpath.txt) \
 *     org.ecdp.logging.imports.control.WorkbookImportBenchmark 100000 [file.xlsx]
 * </pre>
 */
public final class WorkbookImportBenchmark {

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
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path file = args.length > 1 ? Path.of(args[1]) : Files.createTempFile("ecdp-import-benchmark-", ".xlsx");

        long writeStart = System.nanoTime();
        write(file, rows);
        long writeMillis = (System.nanoTime() - writeStart) / 1_000_000;
        System.out.printf("wrote %,d rows, %,d bytes, in %,d ms%n", rows, Files.size(file), writeMillis);

        System.gc();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        long heapBefore = usedHeap();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);

        WorkbookImportReader reader = new WorkbookImportReader(WorkbookFixtures.demoVocabulary(), Clock.systemDefaultZone());
        var threads = ManagementFactory.getThreadMXBean();
        long readCpuStart = threads.getCurrentThreadCpuTime();
        long readStart = System.nanoTime();
        WorkbookReading reading = reader.read(file);
        long readMillis = (System.nanoTime() - readStart) / 1_000_000;
        long readCpuMillis = (threads.getCurrentThreadCpuTime() - readCpuStart) / 1_000_000;

        long peak = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf("read %,d candidates and %,d rejections in %,d ms (%,d ms CPU of the reading thread)%n",
                reading.candidates().size(), reading.rejections().size(), readMillis, readCpuMillis);
        System.out.printf("heap: %,d MB used before reading, peak during the read %,d MB (sum of heap pool peaks), max %,d MB%n",
                heapBefore >> 20, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
        if (args.length < 2) {
            Files.deleteIfExists(file);
        }
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    static void write(Path file, int rows) throws Exception {
        Random random = new Random(42);
        LocalDate first = LocalDate.of(2024, 1, 1);
        // shared strings, as Excel writes them: the reader's worst case for memory
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, true); OutputStream out = Files.newOutputStream(file)) {
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet[] sheets = new Sheet[SHEETS.size()];
            int[] next = new int[SHEETS.size()];
            for (int s = 0; s < sheets.length; s++) {
                sheets[s] = workbook.createSheet(SHEETS.get(s));
                Row header = sheets[s].createRow(next[s]++);
                for (int c = 0; c < WorkbookFixtures.HEADER.size(); c++) {
                    header.createCell(c).setCellValue(WorkbookFixtures.HEADER.get(c));
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
                        + " (conversation " + i + ")" + " and more detail".repeat(random.nextInt(8)));
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

    private WorkbookImportBenchmark() {
    }
}
