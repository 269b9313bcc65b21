package org.ecdp.logging.imports.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds the workbooks the import tests read, with POI itself, so every fixture is made by the
 * test that uses it: a cell given as a {@link LocalDate} is a date-formatted cell, a String
 * starting with '=' a formula, a Number a plain number, any other String text, null no cell.
 */
final class WorkbookFixtures {

    static final List<String> HEADER = List.of("Date", "Theme(s)", "Summary", "People", "Channel", "Locality");

    private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();

    static WorkbookFixtures workbook() {
        return new WorkbookFixtures();
    }

    /** A sheet whose first row is {@code header} and then {@code rows}. */
    WorkbookFixtures sheet(String name, List<String> header, List<?>... rows) {
        List<List<Object>> all = new ArrayList<>();
        all.add(new ArrayList<>(header));
        for (List<?> row : rows) {
            all.add(new ArrayList<>(row));
        }
        sheets.put(name, all);
        return this;
    }

    /** A row, allowing nulls (List.of does not). */
    static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }

    Path writeTo(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill(workbook);
            workbook.write(out);
        }
        return file;
    }

    void fill(Workbook workbook) {
        CellStyle dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        for (Map.Entry<String, List<List<Object>>> sheetRows : sheets.entrySet()) {
            Sheet sheet = workbook.createSheet(sheetRows.getKey());
            int r = 0;
            for (List<Object> values : sheetRows.getValue()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    put(row, c, values.get(c), dateStyle);
                }
            }
        }
    }

    static void put(Row row, int column, Object value, CellStyle dateStyle) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(dateStyle);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof String text && text.startsWith("=")) {
            cell.setCellFormula(text.substring(1));
        } else {
            cell.setCellValue(value.toString());
        }
    }

    /** Encrypts an .xlsx with a password the way Excel does (agile encryption in an OLE2 container). */
    static Path encrypted(Path plainXlsx, Path target) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (InputStream plain = Files.newInputStream(plainXlsx);
                 OPCPackage opc = OPCPackage.open(plain);
                 OutputStream encryptedStream = encryptor.getDataStream(fs)) {
                opc.save(encryptedStream);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                fs.writeFilesystem(out);
            }
        }
        return target;
    }

    /**
     * A valid workbook whose first sheet XML is padded with megabytes of blanks in a comment: a
     * tiny upload that inflates more than a thousand times, the signature of a zip bomb.
     */
    static Path zipBomb(Path validXlsx, Path target) throws IOException {
        try (ZipFile source = new ZipFile(validXlsx.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            Enumeration<? extends ZipEntry> entries = source.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = source.getInputStream(entry)) {
                    byte[] content = in.readAllBytes();
                    if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                        String xml = new String(content, StandardCharsets.UTF_8);
                        int afterDeclaration = xml.indexOf("?>") + 2;
                        out.write(xml.substring(0, afterDeclaration).getBytes(StandardCharsets.UTF_8));
                        out.write("<!--".getBytes(StandardCharsets.UTF_8));
                        byte[] blanks = new byte[1024 * 1024];
                        java.util.Arrays.fill(blanks, (byte) ' ');
                        for (int i = 0; i < 50; i++) {
                            out.write(blanks);
                        }
                        out.write("-->".getBytes(StandardCharsets.UTF_8));
                        out.write(xml.substring(afterDeclaration).getBytes(StandardCharsets.UTF_8));
                    } else {
                        out.write(content);
                    }
                }
                out.closeEntry();
            }
        }
        return target;
    }

    /** The services and themes of the demo, resolvable by name or code ignoring case. */
    static ServiceAndThemeResolver demoVocabulary() {
        Map<String, String> services = Map.of("ADVOCACY", "Advocacy", "PAYROLL", "Payroll", "INFORMATION_LINE", "Information line");
        Map<String, ServiceAndThemeResolver.ResolvedTheme> themes = new LinkedHashMap<>();
        theme(themes, "BENEFITS", "Benefits", true);
        theme(themes, "ACCESS_TO_WORK", "Access to Work", true);
        theme(themes, "SAFETY", "Safety", true);
        theme(themes, "HATE_CRIME", "Disability hate crime", true);
        theme(themes, "TRANSPORT", "Transport", true);
        theme(themes, "BLUE_BADGE", "Blue Badge", false);
        themes.put("DISABILITY_HATE", themes.get("HATE_CRIME")); // merged into HATE_CRIME: the old code still resolves
        return new ServiceAndThemeResolver() {
            @Override
            public Optional<String> serviceCode(String sheetName) {
                return services.entrySet().stream()
                        .filter(s -> s.getKey().equalsIgnoreCase(sheetName.strip()) || s.getValue().equalsIgnoreCase(sheetName.strip()))
                        .map(Map.Entry::getKey).findFirst();
            }

            @Override
            public Optional<ResolvedTheme> theme(String nameOrCode) {
                return Optional.ofNullable(themes.get(nameOrCode.strip().toUpperCase(Locale.ROOT)));
            }
        };
    }

    private static void theme(Map<String, ServiceAndThemeResolver.ResolvedTheme> themes, String code, String name, boolean live) {
        var theme = new ServiceAndThemeResolver.ResolvedTheme(code, live);
        themes.put(code, theme);
        themes.put(name.toUpperCase(Locale.ROOT), theme);
    }

    private WorkbookFixtures() {
    }
}
