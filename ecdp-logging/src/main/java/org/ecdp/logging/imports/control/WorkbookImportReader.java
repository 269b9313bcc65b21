package org.ecdp.logging.imports.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import org.ecdp.logging.privacy.control.PersonalDataDetector;
import org.ecdp.logging.privacy.entity.PersonalDataFinding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.ecdp.domain.validation.PlausibleDates;
import org.ecdp.domain.vocabulary.Channel;
import org.ecdp.domain.vocabulary.Locality;
import org.ecdp.logging.entry.entity.Entry;
import org.ecdp.logging.imports.control.ServiceAndThemeResolver.ResolvedTheme;
import org.ecdp.logging.imports.control.UnreadableWorkbook.Reason;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the old lived experience workbook (.xlsx, one sheet per service) row by row with POI's
 * streaming SAX reader, never holding the workbook in memory, and decides for every row
 * whether it would become an entry or why not.
 * <p>
 * Rules. Each sheet's name is a service's name or code. The first non-empty row of a sheet is
 * its header; columns Date, Theme(s) (also Theme, Themes), Summary, People, Channel and
 * Locality are found by name ignoring case and surrounding spaces, in any order, other columns
 * ignored; Date, Theme(s) and Summary are required, the first column of a name wins. A sheet
 * with no rows at all is skipped; rows with every known column empty are skipped.
 * Per row: Date is required, must be a real date cell (a date typed as text, or a plain number,
 * is refused so that 03/04 is never guessed as March or April), and not after today; Theme(s)
 * is split on commas, semicolons and line breaks, every name must be a known theme and at least
 * one must be live; Summary has 1 to 2,000 characters; People is a whole number of at least 1
 * (empty means 1); Channel and Locality are empty or a code or label of the shared vocabulary
 * (case, spaces and hyphens ignored). A cell with a formula is refused in any known column: the
 * log keeps what was typed, not what a formula shows today. Every problem is one rejection
 * naming sheet, Excel row number and column.
 * <p>
 * Whole files are refused with {@link UnreadableWorkbook}: not an .xlsx (a CSV, a PDF, a
 * renamed old .xls), password protected, a zip bomb (an entry inflating more than 100 times
 * its compressed size or beyond 256 MB), damaged, a sheet that is no service, a sheet without
 * a required column. When that happens mid-stream, rows already passed to a sink must be
 * discarded.
 */
public final class WorkbookImportReader {

    public static final int MAX_SUMMARY_LENGTH = 2000;
    private static final java.util.regex.Pattern THEME_SEPARATORS = java.util.regex.Pattern.compile("[,;\\r\\n]+");
    private static final java.util.regex.Pattern CODE_SEPARATORS = java.util.regex.Pattern.compile("[\\s-]+");
    static final double MIN_INFLATE_RATIO = 0.01;
    static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;
    /** Excel's own sheet limits. */
    static final int MAX_ROW = 1_048_576;
    static final int MAX_COLUMN = 16_384;
    /** Rows in the whole workbook: every row's fingerprint is held while reading. */
    static final int MAX_ROWS = 1_100_000;

    static {
        // POI's zip-bomb guard is process-wide; only ever tighten it
        ZipSecureFile.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(), MIN_INFLATE_RATIO));
        ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), MAX_ENTRY_BYTES));
    }

    /** The columns the importer understands, by the name shown to the officer in rejections. */
    enum Column {
        DATE("Date", true, "date"),
        THEMES("Theme(s)", true, "theme(s)", "themes", "theme"),
        SUMMARY("Summary", true, "summary"),
        PEOPLE("People", false, "people"),
        CHANNEL("Channel", false, "channel"),
        LOCALITY("Locality", false, "locality");

        final String field;
        final boolean required;
        final Set<String> headers;

        Column(String field, boolean required, String... headers) {
            this.field = field;
            this.required = required;
            this.headers = Set.of(headers);
        }

        static Optional<Column> forHeader(String header) {
            String normalised = header.strip().toLowerCase(Locale.ROOT);
            for (Column column : values()) {
                if (column.headers.contains(normalised)) {
                    return Optional.of(column);
                }
            }
            return Optional.empty();
        }
    }

    private final ServiceAndThemeResolver resolver;
    private final Clock clock;
    private final PersonalDataDetector personalData;

    public WorkbookImportReader(ServiceAndThemeResolver resolver, Clock clock) {
        this.resolver = resolver;
        this.clock = clock;
        this.personalData = new PersonalDataDetector(clock);
    }

    /** Reads the whole workbook into candidates and rejections. */
    public WorkbookReading read(Path workbook) {
        List<CandidateEntry> candidates = new ArrayList<>();
        List<RowRejection> rejections = new ArrayList<>();
        read(workbook, new ImportRowSink() {
            @Override
            public void candidate(CandidateEntry entry) {
                candidates.add(entry);
            }

            @Override
            public void rejected(RowRejection rejection) {
                rejections.add(rejection);
            }
        });
        return new WorkbookReading(candidates, rejections);
    }

    /** Reads an upload: it is spooled to a temporary file first, as the streaming reader needs random access. */
    public WorkbookReading read(InputStream upload) {
        Path spooled = null;
        try {
            spooled = Files.createTempFile("ecdp-import-", ".xlsx");
            Files.copy(upload, spooled, StandardCopyOption.REPLACE_EXISTING);
            return read(spooled);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (spooled != null) {
                try {
                    Files.deleteIfExists(spooled);
                } catch (IOException ignored) {
                    // a temp file left behind is cleaned by the OS
                }
            }
        }
    }

    /** Streams the workbook, handing each row to {@code sink} as soon as it is read. */
    public void read(Path workbook, ImportRowSink sink) {
        refuseWhatIsNotAnXlsx(workbook);
        try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
            XSSFReader xssf = new XSSFReader(pkg);
            WorkbookFacts facts = workbookFacts(xssf);
            Map<String, String> serviceBySheet = servicesOf(facts.sheetNames());
            SharedStrings strings = SharedStrings.of(pkg);
            StylesTable styles = xssf.getStylesTable();
            Map<String, Integer> occurrences = new HashMap<>();
            int[] rowsRead = {0};
            XSSFReader.SheetIterator sheets = xssf.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream sheetXml = sheets.next()) {
                    String sheet = sheets.getSheetName();
                    SheetRows rows = new SheetRows(sheet, serviceBySheet.get(sheet), facts.date1904(), strings, styles,
                            occurrences, sink, rowsRead);
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(rows);
                    parser.parse(new InputSource(sheetXml));
                }
            }
        } catch (UnreadableWorkbook e) {
            throw e;
        } catch (SAXException e) {
            if (e.getException() instanceof UnreadableWorkbook refused) {
                throw refused;
            }
            throw refusal(e);
        } catch (IOException | OpenXML4JException | POIXMLException | OpenXML4JRuntimeException
                 | UnsupportedFileFormatException | javax.xml.parsers.ParserConfigurationException e) {
            throw refusal(e);
        } catch (IllegalArgumentException | IndexOutOfBoundsException | IllegalStateException | NullPointerException
                 | ClassCastException | ArithmeticException | java.time.DateTimeException | UnsupportedOperationException e) {
            // POI's own parts (styles, relationships, the workbook part) fail this way on damaged XML
            throw refusal(e);
        }
    }

    private static UnreadableWorkbook refusal(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return new UnreadableWorkbook(Reason.ZIP_BOMB, null,
                        "The file unpacks to far more data than a workbook of its size can hold (a possible zip bomb), so it was not opened.", e);
            }
        }
        if (e instanceof InvalidFormatException || e instanceof UnsupportedFileFormatException) {
            return new UnreadableWorkbook(Reason.NOT_XLSX, null,
                    "The file is not an Excel workbook (.xlsx). Open it in Excel and save it as an .xlsx workbook.", e);
        }
        return new UnreadableWorkbook(Reason.DAMAGED, null,
                "The workbook could not be read; it may be damaged. Open it in Excel and save it again as .xlsx.", e);
    }

    private static void refuseWhatIsNotAnXlsx(Path workbook) {
        FileMagic magic;
        try {
            if (Files.size(workbook) == 0) {
                throw new EmptyFileException();
            }
            magic = FileMagic.valueOf(workbook.toFile());
        } catch (EmptyFileException empty) {
            throw new UnreadableWorkbook(Reason.NOT_XLSX, "The file is empty. Upload the .xlsx workbook.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (magic == FileMagic.OOXML) {
            return;
        }
        if (magic == FileMagic.OLE2) {
            try (POIFSFileSystem ole = new POIFSFileSystem(workbook.toFile(), true)) {
                if (ole.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY)) {
                    throw new UnreadableWorkbook(Reason.PASSWORD_PROTECTED,
                            "The workbook is protected with a password. Remove the password in Excel (File, Info, Protect Workbook) and upload it again.");
                }
            } catch (IOException damaged) {
                throw new UnreadableWorkbook(Reason.DAMAGED, null, "The file could not be read; it may be damaged.", damaged);
            }
            throw new UnreadableWorkbook(Reason.OLD_XLS_FORMAT,
                    "The file is an old Excel 97-2003 workbook (.xls). Open it in Excel and save it as an .xlsx workbook.");
        }
        throw new UnreadableWorkbook(Reason.NOT_XLSX,
                "The file is not an Excel workbook (.xlsx)" + (magic == FileMagic.UNKNOWN ? "; it looks like plain text such as a CSV" : "")
                        + ". Open it in Excel and save it as an .xlsx workbook.");
    }

    private Map<String, String> servicesOf(List<String> sheetNames) {
        Map<String, String> serviceBySheet = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String sheet : sheetNames) {
            resolver.serviceCode(sheet).ifPresentOrElse(code -> serviceBySheet.put(sheet, code), () -> unknown.add(sheet));
        }
        if (!unknown.isEmpty()) {
            throw new UnreadableWorkbook(Reason.UNKNOWN_SERVICE_SHEET, unknown.get(0),
                    "No service is called " + String.join(", ", unknown.stream().map(s -> "'" + s + "'").toList())
                            + ". Name each sheet after a service's name or code, or delete sheets that are not a service's log.",
                    null);
        }
        return serviceBySheet;
    }

    private record WorkbookFacts(List<String> sheetNames, boolean date1904) {
    }

    private static WorkbookFacts workbookFacts(XSSFReader xssf) throws IOException, OpenXML4JException, SAXException {
        List<String> names = new ArrayList<>();
        boolean[] date1904 = {false};
        try (InputStream workbookXml = xssf.getWorkbookData()) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if ("sheet".equals(localName)) {
                        names.add(attributes.getValue("name"));
                    } else if ("workbookPr".equals(localName)) {
                        String flag = attributes.getValue("date1904");
                        date1904[0] = "1".equals(flag) || "true".equalsIgnoreCase(flag);
                    }
                }
            });
            parser.parse(new InputSource(workbookXml));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        return new WorkbookFacts(names, date1904[0]);
    }

    /** One sheet's SAX events turned into candidate entries and rejections. */
    private final class SheetRows extends DefaultHandler {

        private final String sheet;
        private final String serviceCode;
        private final CellReader cells;
        private final Map<String, Integer> occurrences;
        private final ImportRowSink sink;

        private final int[] rowsRead;
        private Map<Column, Integer> columns;
        private final Map<Integer, RawCell> rowCells = new HashMap<>();
        private int rowNumber;
        private int columnNumber;

        private String cellType;
        private int cellStyle;
        private boolean cellHasFormula;
        private final StringBuilder text = new StringBuilder();
        private boolean collecting;
        private String cellValue;

        SheetRows(String sheet, String serviceCode, boolean date1904, SharedStrings strings, StylesTable styles,
                Map<String, Integer> occurrences, ImportRowSink sink, int[] rowsRead) {
            this.rowsRead = rowsRead;
            this.sheet = sheet;
            this.serviceCode = serviceCode;
            this.cells = new CellReader(strings, styles, date1904);
            this.occurrences = occurrences;
            this.sink = sink;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : boundedNumber(r, MAX_ROW, "row number");
                    if (++rowsRead[0] > MAX_ROWS) {
                        throw new UnreadableWorkbook(Reason.TOO_LARGE, sheet, "The workbook has more than " + MAX_ROWS
                                + " rows; split it into smaller workbooks.", null);
                    }
                    columnNumber = -1;
                    rowCells.clear();
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    columnNumber = ref == null ? columnNumber + 1 : columnIndex(ref);
                    if (columnNumber < 0 || columnNumber >= MAX_COLUMN) {
                        throw damaged("a cell reference " + CellReader.shortened(String.valueOf(ref)) + " outside Excel's columns");
                    }
                    cellType = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    cellStyle = s == null ? 0 : boundedNumber(s, Integer.MAX_VALUE - 1, "cell style");
                    cellHasFormula = false;
                    cellValue = null;
                }
                case "f" -> cellHasFormula = true;
                case "v" -> startCollecting();
                case "is" -> startCollecting();
                default -> {
                    // other elements (rich text runs, phonetic hints) carry nothing the importer needs
                }
            }
        }

        private void startCollecting() {
            text.setLength(0);
            collecting = true;
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                if (text.length() + length > SharedStrings.MAX_CELL_CHARACTERS) {
                    throw damaged("a cell longer than the " + SharedStrings.MAX_CELL_CHARACTERS + " characters Excel allows");
                }
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v" -> {
                    cellValue = text.toString();
                    collecting = false;
                }
                case "is" -> {
                    cellValue = text.toString();
                    collecting = false;
                }
                case "c" -> {
                    if (columns == null || columns.containsValue(columnNumber)) {
                        rowCells.put(columnNumber, new RawCell(cellType, cellStyle, cellHasFormula, cellValue));
                    }
                }
                case "row" -> endRow();
                default -> {
                }
            }
        }

        private void endRow() {
            if (columns == null) {
                if (rowCells.values().stream().anyMatch(c -> !cells.isBlank(c))) {
                    columns = headerOf(rowCells);
                }
                return;
            }
            new RowCheck(this).run();
        }

        private Map<Column, Integer> headerOf(Map<Integer, RawCell> header) {
            Map<Column, Integer> found = new EnumMap<>(Column.class);
            header.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(cell ->
                    Column.forHeader(cells.text(cell.getValue())).ifPresent(column -> found.putIfAbsent(column, cell.getKey())));
            List<String> missing = new ArrayList<>();
            for (Column column : Column.values()) {
                if (column.required && !found.containsKey(column)) {
                    missing.add(column.field);
                }
            }
            if (!missing.isEmpty()) {
                throw new UnreadableWorkbook(Reason.MISSING_COLUMN, sheet,
                        "Sheet '" + sheet + "' has no " + String.join(", ", missing) + " column in its header row (row " + rowNumber
                                + "). The header row needs Date, Theme(s) and Summary; People, Channel and Locality are optional.",
                        null);
            }
            return found;
        }

        RawCell cell(Column column) {
            Integer index = columns.get(column);
            return index == null ? null : rowCells.get(index);
        }
    }

    /** The checks on one data row, collecting every problem before deciding. */
    private final class RowCheck {

        private final SheetRows rows;
        private final List<RowRejection> problems = new ArrayList<>();

        RowCheck(SheetRows rows) {
            this.rows = rows;
        }

        void run() {
            CellReader cells = rows.cells;
            boolean allBlank = true;
            for (Column column : Column.values()) {
                RawCell cell = rows.cell(column);
                if (cell != null && !cells.isBlank(cell)) {
                    allBlank = false;
                }
            }
            if (allBlank) {
                return;
            }
            for (Column column : Column.values()) {
                RawCell cell = rows.cell(column);
                if (cell != null && cell.formula()) {
                    reject(column, "The cell has a formula; the log keeps what was typed. Replace it with its value (copy, paste values).");
                } else if (cell != null && "e".equals(cell.type())) {
                    reject(column, "The cell shows an error (" + cell.value() + ").");
                }
            }
            LocalDate occurredOn = usable(Column.DATE) ? occurredOn() : null;
            List<String> themes = usable(Column.THEMES) ? themes() : List.of();
            String summary = usable(Column.SUMMARY) ? summary() : null;
            int people = usable(Column.PEOPLE) ? people() : 1;
            Channel channel = usable(Column.CHANNEL) ? vocabulary(Column.CHANNEL, Channel.values(), Channel::label, Channel::name) : null;
            Locality locality = usable(Column.LOCALITY) ? vocabulary(Column.LOCALITY, Locality.values(), Locality::label, Locality::name) : null;
            if (!problems.isEmpty()) {
                problems.forEach(rows.sink::rejected);
                return;
            }
            String content = ImportFingerprint.contentHash(rows.serviceCode, occurredOn, themes, summary, people, channel, locality);
            int occurrence = rows.occurrences.merge(content, 1, Integer::sum);
            rows.sink.candidate(new CandidateEntry(rows.sheet, rows.rowNumber, rows.serviceCode, occurredOn, themes, summary,
                    people, channel, locality, ImportFingerprint.of(content, occurrence)));
        }

        private boolean usable(Column column) {
            RawCell cell = rows.cell(column);
            return cell == null || !(cell.formula() || "e".equals(cell.type()));
        }

        private String textOf(Column column) {
            RawCell cell = rows.cell(column);
            return cell == null ? "" : rows.cells.text(cell).strip();
        }

        private LocalDate occurredOn() {
            RawCell cell = rows.cell(Column.DATE);
            if (cell == null || rows.cells.isBlank(cell)) {
                reject(Column.DATE, "The date it happened is required.");
                return null;
            }
            CellReader.DateCell date = rows.cells.date(cell);
            switch (date.kind()) {
                case TEXT -> reject(Column.DATE, "The date is typed as text ('" + CellReader.shortened(rows.cells.text(cell).strip())
                        + "'). Enter it as a date, so that day and month cannot be mixed up.");
                case NUMBER -> reject(Column.DATE, "The cell holds a number, not a date. Format the cell as a date.");
                case OTHER -> reject(Column.DATE, "The cell does not hold a date.");
                case DATE -> {
                    LocalDate today = LocalDate.now(clock);
                    if (date.date().isAfter(today)) {
                        reject(Column.DATE, "The date " + date.date() + " is in the future.");
                        return null;
                    }
                    if (!PlausibleDates.contains(date.date())) {
                        reject(Column.DATE, "The date " + date.date() + " is before " + PlausibleDates.EARLIEST + "; correct it in the workbook.");
                        return null;
                    }
                    return date.date();
                }
            }
            return null;
        }

        private List<String> themes() {
            String written = textOf(Column.THEMES);
            Set<String> codes = new LinkedHashSet<>();
            List<String> unknown = new ArrayList<>();
            boolean anyLive = false;
            for (String name : THEME_SEPARATORS.split(written)) {
                String theme = name.strip();
                if (theme.isEmpty()) {
                    continue;
                }
                Optional<ResolvedTheme> resolved = resolver.theme(theme);
                if (resolved.isEmpty()) {
                    unknown.add(theme);
                } else {
                    codes.add(resolved.get().code());
                    anyLive |= resolved.get().live();
                }
            }
            if (!unknown.isEmpty()) {
                reject(Column.THEMES, "Unknown theme " + CellReader.shortened(String.join(", ", unknown.stream().map(t -> "'" + t + "'").toList())) + ".");
            } else if (codes.isEmpty()) {
                reject(Column.THEMES, "At least one theme is required.");
            } else if (!anyLive) {
                reject(Column.THEMES, "Every theme named is retired; at least one live theme is required.");
            }
            return List.copyOf(codes);
        }

        private String summary() {
            String summary = textOf(Column.SUMMARY);
            if (summary.isEmpty()) {
                reject(Column.SUMMARY, "The summary is required.");
            } else if (summary.length() > MAX_SUMMARY_LENGTH) {
                reject(Column.SUMMARY, "The summary has " + summary.length() + " characters; at most 2,000 are allowed.");
            } else {
                List<PersonalDataFinding> found = personalData.findIn(summary);
                if (!found.isEmpty()) {
                    // a workbook row cannot give the reason a person logging one entry would, so it is refused
                    reject(Column.SUMMARY, "The summary contains personal data ("
                            + found.stream().map(f -> f.kind().label() + " " + f.redactedPreview()).distinct()
                                    .collect(java.util.stream.Collectors.joining(", "))
                            + "); remove it from the workbook: the log keeps no names or contact details.");
                }
            }
            return summary;
        }

        private int people() {
            RawCell cell = rows.cell(Column.PEOPLE);
            String written = textOf(Column.PEOPLE);
            if (written.isEmpty()) {
                return 1;
            }
            try {
                double number = cell.type() == null || "n".equals(cell.type()) ? Double.parseDouble(written) : Integer.parseInt(written);
                if (number >= 1 && number == Math.rint(number) && number <= Entry.MAX_PEOPLE) {
                    return (int) number;
                }
            } catch (NumberFormatException notANumber) {
                // reported below
            }
            reject(Column.PEOPLE, "People must be a whole number from 1 to " + Entry.MAX_PEOPLE + " ('" + CellReader.shortened(written) + "').");
            return 1;
        }

        private <V extends Enum<V>> V vocabulary(Column column, V[] values, Function<V, String> label, Function<V, String> code) {
            String written = textOf(column);
            if (written.isEmpty()) {
                return null;
            }
            String asCode = CODE_SEPARATORS.matcher(written.toUpperCase(Locale.ROOT)).replaceAll("_");
            for (V value : values) {
                if (code.apply(value).equals(asCode) || label.apply(value).equalsIgnoreCase(written)) {
                    return value;
                }
            }
            reject(column, "Unknown " + column.field.toLowerCase(Locale.ROOT) + " '" + CellReader.shortened(written) + "'. Use one of "
                    + String.join(", ", java.util.Arrays.stream(values).map(label).toList()) + ".");
            return null;
        }

        private void reject(Column column, String message) {
            problems.add(new RowRejection(rows.sheet, rows.rowNumber, column.field, message));
        }
    }

    static int columnIndex(String cellReference) {
        int index = 0;
        for (int i = 0; i < cellReference.length() && i < 4; i++) {
            char c = cellReference.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            index = index * 26 + (c - 'A' + 1);
        }
        return index - 1;
    }

    /** A row number or style index from the sheet XML; anything else is a damaged workbook. */
    static int boundedNumber(String written, int max, String what) {
        try {
            int n = Integer.parseInt(written.strip());
            if (n >= 0 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw damaged("a " + what + " of '" + CellReader.shortened(written) + "'");
    }

    static UnreadableWorkbook damaged(String what) {
        return new UnreadableWorkbook(Reason.DAMAGED, null, "The workbook holds " + what
                + ", which Excel never writes; it may be damaged. Open it in Excel and save it again as .xlsx.", null);
    }
}
