package org.ecdp.logging.imports.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Turns raw sheet cells into text and dates. A number is a date only when its cell is
 * formatted as a date (Excel stores dates as day counts); text that looks like a date is still
 * text.
 */
final class CellReader {

    enum DateKind { DATE, TEXT, NUMBER, OTHER }

    record DateCell(DateKind kind, LocalDate date) {
    }

    /** 9999-12-31, the last day Excel shows. */
    static final double MAX_DATE_SERIAL = 2_958_465;

    private final SharedStrings strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();

    CellReader(SharedStrings strings, StylesTable styles, boolean date1904) {
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    boolean isBlank(RawCell cell) {
        return !cell.formula() && (cell.value() == null || text(cell).isBlank());
    }

    String text(RawCell cell) {
        if (cell.value() == null) {
            return "";
        }
        String type = cell.type();
        if ("s".equals(type)) {
            return strings.get(cell.value());
        }
        if ("b".equals(type)) {
            return "1".equals(cell.value()) ? "TRUE" : "FALSE";
        }
        if (type == null || "n".equals(type)) {
            return numberText(cell.value());
        }
        return cell.value();
    }

    DateCell date(RawCell cell) {
        String type = cell.type();
        if ("s".equals(type) || "inlineStr".equals(type) || "str".equals(type)) {
            return new DateCell(DateKind.TEXT, null);
        }
        if ("d".equals(type)) {
            try {
                return new DateCell(DateKind.DATE, LocalDate.parse(cell.value().strip().substring(0, 10)));
            } catch (DateTimeParseException | IndexOutOfBoundsException e) {
                return new DateCell(DateKind.OTHER, null);
            }
        }
        if (type == null || "n".equals(type)) {
            if (cell.value() == null) {
                return new DateCell(DateKind.OTHER, null);
            }
            double serial;
            try {
                serial = Double.parseDouble(cell.value().strip());
            } catch (NumberFormatException e) {
                return new DateCell(DateKind.OTHER, null);
            }
            if (!isDateStyle(cell.style())) {
                return new DateCell(DateKind.NUMBER, null);
            }
            if (!Double.isFinite(serial) || serial < 0 || serial > MAX_DATE_SERIAL) {
                // Excel's dates end on 9999-12-31; anything beyond was not written by Excel
                throw new UnreadableWorkbook(UnreadableWorkbook.Reason.DAMAGED, null,
                        "A date cell holds " + shortened(cell.value()) + ", which is no date Excel can show; the workbook is damaged.", null);
            }
            return new DateCell(DateKind.DATE, DateUtil.getLocalDateTime(serial, date1904).toLocalDate());
        }
        return new DateCell(DateKind.OTHER, null);
    }

    /**
     * A number cell as the officer typed it. Excel holds doubles, so anything that is not a
     * finite double (1e999999999, Infinity) was not written by Excel: the workbook is refused
     * instead of building a hundred-million-digit string.
     */
    static String numberText(String raw) {
        if (raw == null) {
            return "";
        }
        String value = raw.strip();
        double d;
        try {
            d = Double.parseDouble(value);
        } catch (NumberFormatException odd) {
            throw new UnreadableWorkbook(UnreadableWorkbook.Reason.DAMAGED, null,
                    "A number cell holds '" + shortened(value) + "', which is not a number; the workbook is damaged.", null);
        }
        if (!Double.isFinite(d) || value.length() > 40) {
            throw new UnreadableWorkbook(UnreadableWorkbook.Reason.DAMAGED, null,
                    "A number cell holds " + shortened(value) + ", beyond what Excel can store; the workbook is damaged.", null);
        }
        BigDecimal exact = new BigDecimal(value).stripTrailingZeros();
        return Math.abs(exact.scale()) > 30 ? Double.toString(d) : exact.toPlainString();
    }

    static String shortened(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    private boolean isDateStyle(int styleIndex) {
        if (styles == null) {
            return false;
        }
        return dateStyles.computeIfAbsent(styleIndex, index -> {
            if (index >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle style = styles.getStyleAt(index);
            return style != null && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
        });
    }
}
