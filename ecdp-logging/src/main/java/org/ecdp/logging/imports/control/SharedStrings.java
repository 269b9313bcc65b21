package org.ecdp.logging.imports.control;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The workbook's shared strings as plain text, read once with SAX like POI's
 * ReadOnlySharedStringsTable but without building a rich-text object for every lookup (which
 * dominated the import's time): the text of each {@code <si>} item, phonetic guides left out,
 * Excel's {@code _xHHHH_} escapes decoded.
 */
final class SharedStrings extends DefaultHandler {

    private static final Pattern ESCAPED_CHARACTER = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    /** Excel's own limit for a cell. */
    static final int MAX_CELL_CHARACTERS = 32_767;
    /**
     * The budget for the whole table, which is held in memory: well above the old workbook's
     * 200,000 rows of short summaries, far below what would exhaust the heap.
     */
    static final int MAX_ITEMS = 2_000_000;
    static final long MAX_CHARACTERS = 64_000_000;

    private final List<String> items = new ArrayList<>();
    private long characters;
    private final StringBuilder item = new StringBuilder();
    private boolean inText;
    private boolean inPhonetic;

    static SharedStrings of(OPCPackage pkg) throws IOException, SAXException, ParserConfigurationException {
        SharedStrings strings = new SharedStrings();
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (!parts.isEmpty()) {
            try (InputStream xml = parts.get(0).getInputStream()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(strings);
                parser.parse(new InputSource(xml));
            }
        }
        return strings;
    }

    /** The item a cell of type {@code s} points to; an index that is not one of them means a damaged workbook. */
    String get(String index) {
        int i;
        try {
            i = Integer.parseInt(index.strip());
        } catch (NumberFormatException e) {
            i = -1;
        }
        if (i < 0 || i >= items.size()) {
            throw new UnreadableWorkbook(UnreadableWorkbook.Reason.DAMAGED, null, "A text cell points to shared text "
                    + CellReader.shortened(index.strip()) + ", which the workbook does not have; the workbook is damaged.", null);
        }
        return items.get(i);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "si" -> item.setLength(0);
            case "rPh" -> inPhonetic = true;
            case "t" -> inText = !inPhonetic;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "si" -> {
                characters += item.length();
                if (items.size() >= MAX_ITEMS || characters > MAX_CHARACTERS) {
                    throw new UnreadableWorkbook(UnreadableWorkbook.Reason.TOO_LARGE, null, "The workbook holds more text than an import takes ("
                            + MAX_ITEMS + " different texts or " + MAX_CHARACTERS / 1_000_000 + " million characters); split it into smaller workbooks.", null);
                }
                items.add(decode(item.toString()));
            }
            case "rPh" -> inPhonetic = false;
            case "t" -> inText = false;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText) {
            if (item.length() + length > MAX_CELL_CHARACTERS) {
                throw new UnreadableWorkbook(UnreadableWorkbook.Reason.DAMAGED, null,
                        "A text in the workbook is longer than the " + MAX_CELL_CHARACTERS + " characters Excel allows in a cell; the workbook is damaged.", null);
            }
            item.append(ch, start, length);
        }
    }

    static String decode(String text) {
        if (!text.contains("_x")) {
            return text;
        }
        Matcher escaped = ESCAPED_CHARACTER.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (escaped.find()) {
            escaped.appendReplacement(decoded, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(escaped.group(1), 16))));
        }
        return escaped.appendTail(decoded).toString();
    }
}
