package org.ecdp.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The corpus of broken workbooks, built here part by part from a small valid workbook (one
 * ADVOCACY sheet, a header and one row), each with one thing broken the way a damaged file, a
 * careless tool or an attacker would break it. Nothing binary is kept in git.
 */
final class BrokenWorkbooks {

    private BrokenWorkbooks() {
    }

    static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
            <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
            <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
            </Types>""";

    static final String ROOT_RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
            </Relationships>""";

    static final String WORKBOOK = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
            <sheets><sheet name="ADVOCACY" sheetId="1" r:id="rId1"/></sheets>
            </workbook>""";

    static final String WORKBOOK_RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
            <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
            </Relationships>""";

    /** Style 1 is a date (built-in format 14). */
    static final String STYLES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
            <fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
            <fills count="1"><fill><patternFill patternType="none"/></fill></fills>
            <borders count="1"><border/></borders>
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
            <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
            </styleSheet>""";

    static String sharedStrings(String word) {
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="6" uniqueCount="6">
                <si><t>Date</t></si><si><t>Theme(s)</t></si><si><t>Summary</t></si><si><t>People</t></si>
                <si><t>Transport</t></si><si><t>The bus ramp was broken again %s</t></si>
                </sst>""".formatted(word);
    }

    /** The data row's cells: a date (2024-03-01 as serial 45352), theme, summary, people. */
    static final String DATE = "<c r=\"A2\" s=\"1\"><v>45352</v></c>";
    static final String THEME = "<c r=\"B2\" t=\"s\"><v>4</v></c>";
    static final String SUMMARY = "<c r=\"C2\" t=\"s\"><v>5</v></c>";
    static final String PEOPLE = "<c r=\"D2\"><v>2</v></c>";

    static String sheet(String row2) {
        return sheetRows("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c>"
                + "<c r=\"D1\" t=\"s\"><v>3</v></c></row>" + row2);
    }

    static String sheetRows(String rows) {
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>"""
                .formatted(rows);
    }

    static String row(String date, String theme, String summary, String people) {
        return "<row r=\"2\">" + date + theme + summary + people + "</row>";
    }

    static Map<String, String> validParts(String word) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", CONTENT_TYPES);
        parts.put("_rels/.rels", ROOT_RELS);
        parts.put("xl/workbook.xml", WORKBOOK);
        parts.put("xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
        parts.put("xl/styles.xml", STYLES);
        parts.put("xl/sharedStrings.xml", sharedStrings(word));
        parts.put("xl/worksheets/sheet1.xml", sheet(row(DATE, THEME, SUMMARY, PEOPLE)));
        return parts;
    }

    static byte[] valid(String word) {
        return zip(validParts(word));
    }

    /** Each broken workbook by a name saying what is broken. */
    static Map<String, byte[]> corpus(String word) {
        Map<String, byte[]> corpus = new LinkedHashMap<>();
        // cells whose value no Excel writes
        cell(corpus, word, "shared string index out of range", DATE, THEME, "<c r=\"C2\" t=\"s\"><v>999</v></c>", PEOPLE);
        cell(corpus, word, "shared string index negative", DATE, THEME, "<c r=\"C2\" t=\"s\"><v>-1</v></c>", PEOPLE);
        cell(corpus, word, "shared string index not a number", DATE, THEME, "<c r=\"C2\" t=\"s\"><v>abc</v></c>", PEOPLE);
        cell(corpus, word, "shared string index beyond an int", DATE, THEME, "<c r=\"C2\" t=\"s\"><v>99999999999</v></c>", PEOPLE);
        cell(corpus, word, "shared string index empty", DATE, THEME, "<c r=\"C2\" t=\"s\"><v></v></c>", PEOPLE);
        cell(corpus, word, "number cell not a number", DATE, THEME, SUMMARY, "<c r=\"D2\"><v>abc</v></c>");
        cell(corpus, word, "number 1e999999999", DATE, THEME, SUMMARY, "<c r=\"D2\"><v>1e999999999</v></c>");
        cell(corpus, word, "number 1e99999999", DATE, THEME, SUMMARY, "<c r=\"D2\"><v>1e99999999</v></c>");
        cell(corpus, word, "number Infinity", DATE, THEME, SUMMARY, "<c r=\"D2\"><v>Infinity</v></c>");
        cell(corpus, word, "number NaN", DATE, THEME, SUMMARY, "<c r=\"D2\"><v>NaN</v></c>");
        cell(corpus, word, "number of 100,000 digits", DATE, THEME, SUMMARY, "<c r=\"D2\"><v>" + "7".repeat(100_000) + "</v></c>");
        cell(corpus, word, "people 2147483647", DATE, THEME, SUMMARY, "<c r=\"D2\"><v>2147483647</v></c>");
        cell(corpus, word, "date serial Infinity", "<c r=\"A2\" s=\"1\"><v>Infinity</v></c>", THEME, SUMMARY, PEOPLE);
        cell(corpus, word, "date serial 1e300", "<c r=\"A2\" s=\"1\"><v>1e300</v></c>", THEME, SUMMARY, PEOPLE);
        cell(corpus, word, "date serial negative", "<c r=\"A2\" s=\"1\"><v>-1</v></c>", THEME, SUMMARY, PEOPLE);
        cell(corpus, word, "date serial NaN", "<c r=\"A2\" s=\"1\"><v>NaN</v></c>", THEME, SUMMARY, PEOPLE);
        cell(corpus, word, "date serial 1e999999999", "<c r=\"A2\" s=\"1\"><v>1e999999999</v></c>", THEME, SUMMARY, PEOPLE);
        cell(corpus, word, "date serial before 1900 (day 0)", "<c r=\"A2\" s=\"1\"><v>0</v></c>", THEME, SUMMARY, PEOPLE);
        cell(corpus, word, "date cell of year 0", "<c r=\"A2\" t=\"d\"><v>0000-01-01</v></c>", THEME, SUMMARY, PEOPLE);
        cell(corpus, word, "date cell Infinity", "<c r=\"A2\" t=\"d\"><v>Infinity</v></c>", THEME, SUMMARY, PEOPLE);
        cell(corpus, word, "date cell of year -999999999", "<c r=\"A2\" t=\"d\"><v>-999999999-01-01</v></c>", THEME, SUMMARY, PEOPLE);
        cell(corpus, word, "date cell of year 1899", "<c r=\"A2\" t=\"d\"><v>1899-12-31T00:00:00</v></c>", THEME, SUMMARY, PEOPLE);
        cell(corpus, word, "date as a formula", "<c r=\"A2\" s=\"1\"><f>TODAY()</f><v>45352</v></c>", THEME, SUMMARY, PEOPLE);
        cell(corpus, word, "date as an error cell", "<c r=\"A2\" t=\"e\"><v>#REF!</v></c>", THEME, SUMMARY, PEOPLE);
        cell(corpus, word, "date as a boolean", "<c r=\"A2\" t=\"b\"><v>1</v></c>", THEME, SUMMARY, PEOPLE);
        cell(corpus, word, "style index not a number", "<c r=\"A2\" s=\"abc\"><v>45352</v></c>", THEME, SUMMARY, PEOPLE);
        cell(corpus, word, "style index beyond an int", "<c r=\"A2\" s=\"99999999999\"><v>45352</v></c>", THEME, SUMMARY, PEOPLE);
        cell(corpus, word, "style index negative", "<c r=\"A2\" s=\"-1\"><v>45352</v></c>", THEME, SUMMARY, PEOPLE);
        cell(corpus, word, "style index of no style", "<c r=\"A2\" s=\"500\"><v>45352</v></c>", THEME, SUMMARY, PEOPLE);
        cell(corpus, word, "cell reference beyond Excel's columns", DATE, THEME, SUMMARY, "<c r=\"ZZZZZZZZ2\"><v>2</v></c>");
        cell(corpus, word, "inline text longer than a cell holds", DATE, THEME,
                "<c r=\"C2\" t=\"inlineStr\"><is><t>" + "w".repeat(40_000) + "</t></is></c>", PEOPLE);
        // rows
        part(corpus, word, "row number beyond an int", "xl/worksheets/sheet1.xml", s -> s.replace("<row r=\"2\">", "<row r=\"99999999999\">"));
        part(corpus, word, "row number not a number", "xl/worksheets/sheet1.xml", s -> s.replace("<row r=\"2\">", "<row r=\"abc\">"));
        part(corpus, word, "row number negative", "xl/worksheets/sheet1.xml", s -> s.replace("<row r=\"2\">", "<row r=\"-5\">"));
        part(corpus, word, "row number beyond Excel's rows", "xl/worksheets/sheet1.xml", s -> s.replace("<row r=\"2\">", "<row r=\"2000000\">"));
        // parts missing or damaged
        without(corpus, word, "no workbook.xml", "xl/workbook.xml");
        without(corpus, word, "no sheet part", "xl/worksheets/sheet1.xml");
        without(corpus, word, "no content types", "[Content_Types].xml");
        without(corpus, word, "no package relationships", "_rels/.rels");
        without(corpus, word, "no shared strings", "xl/sharedStrings.xml");
        part(corpus, word, "workbook.xml not XML", "xl/workbook.xml", s -> "this is not xml <<<");
        part(corpus, word, "workbook.xml cut short", "xl/workbook.xml", s -> s.substring(0, s.length() / 2));
        part(corpus, word, "sheet cut short", "xl/worksheets/sheet1.xml", s -> s.substring(0, s.length() - 30));
        part(corpus, word, "shared strings cut short", "xl/sharedStrings.xml", s -> s.substring(0, s.length() - 20));
        part(corpus, word, "styles not XML", "xl/styles.xml", s -> "{\"styles\":[]}");
        part(corpus, word, "sheet with a DOCTYPE and an external entity", "xl/worksheets/sheet1.xml", s -> s.replace(
                "<worksheet", "<!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><worksheet").replace("<v>2</v>", "<v>&x;</v>"));
        part(corpus, word, "shared strings with a billion laughs", "xl/sharedStrings.xml", s -> s.replace("<sst",
                "<!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><sst")
                .replace("Transport", "&c;"));
        part(corpus, word, "shared string longer than a cell holds", "xl/sharedStrings.xml",
                s -> s.replace("<si><t>Transport</t></si>", "<si><t>" + "t".repeat(40_000) + "</t></si>"));
        part(corpus, word, "sheet relationship pointing outside the package", "xl/_rels/workbook.xml.rels",
                s -> s.replace("Target=\"worksheets/sheet1.xml\"", "Target=\"../../../../etc/passwd\""));
        part(corpus, word, "workbook naming a sheet of no service", "xl/workbook.xml", s -> s.replace("name=\"ADVOCACY\"", "name=\"Holiday photos\""));
        part(corpus, word, "sheet without a header's required columns", "xl/sharedStrings.xml", s -> s.replace("<t>Summary</t>", "<t>Notes</t>"));
        part(corpus, word, "date1904 workbook whose date falls in the future", "xl/workbook.xml",
                s -> s.replace("<sheets>", "<workbookPr date1904=\"1\"/><sheets>"));
        corpus.put("date1904 workbook with a serial beyond 9999", zip(with(validParts(word), "xl/worksheets/sheet1.xml",
                sheet(row("<c r=\"A2\" s=\"1\"><v>2958466</v></c>", THEME, SUMMARY, PEOPLE)))));
        // not even a zip of parts
        corpus.put("empty zip", zip(Map.of()));
        corpus.put("zip of only content types", zip(Map.of("[Content_Types].xml", CONTENT_TYPES)));
        byte[] valid = valid(word);
        corpus.put("zip cut in half", java.util.Arrays.copyOf(valid, valid.length / 2));
        corpus.put("zip with its first bytes overwritten", overwrite(valid));
        corpus.put("csv named .xlsx", ("Date,Theme(s),Summary\n2024-03-01,Transport,The bus " + word + "\n").getBytes(StandardCharsets.UTF_8));
        corpus.put("a highly compressed 200 MB cell (zip bomb)", zip(with(validParts(word), "xl/worksheets/sheet1.xml",
                sheet(row(DATE, THEME, "<c r=\"C2\" t=\"inlineStr\"><is><t>" + "b".repeat(20_000_000) + "</t></is></c>", PEOPLE)))));
        return corpus;
    }

    private static void cell(Map<String, byte[]> corpus, String word, String name, String date, String theme, String summary, String people) {
        corpus.put(name, zip(with(validParts(word), "xl/worksheets/sheet1.xml", sheet(row(date, theme, summary, people)))));
    }

    private static void part(Map<String, byte[]> corpus, String word, String name, String part, UnaryOperator<String> change) {
        Map<String, String> parts = validParts(word);
        corpus.put(name, zip(with(parts, part, change.apply(parts.get(part)))));
    }

    private static void without(Map<String, byte[]> corpus, String word, String name, String part) {
        Map<String, String> parts = validParts(word);
        parts.remove(part);
        corpus.put(name, zip(parts));
    }

    private static Map<String, String> with(Map<String, String> parts, String part, String content) {
        parts.put(part, content);
        return parts;
    }

    private static byte[] overwrite(byte[] valid) {
        byte[] copy = valid.clone();
        for (int i = 4; i < 64 && i < copy.length; i++) {
            copy[i] = (byte) 0xFF;
        }
        return copy;
    }

    static byte[] zip(Map<String, String> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
