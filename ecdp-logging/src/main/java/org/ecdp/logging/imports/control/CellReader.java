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
            return strings.get(Integer.parseInt(cell.value().strip()));
        }
        if ("b".equals(type)) {
            return "1".equals(cell.value()) ? "TRUE" : "FALSE";
        }
        if (type == null || "n".equals(type)) {
            try {
                return new BigDecimal(cell.value().strip()).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException odd) {
                return cell.value();
            }
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
            double serial;
            try {
                serial = Double.parseDouble(cell.value().strip());
            } catch (NumberFormatException e) {
                return new DateCell(DateKind.OTHER, null);
            }
            if (!isDateStyle(cell.style()) || !DateUtil.isValidExcelDate(serial)) {
                return new DateCell(DateKind.NUMBER, null);
            }
            return new DateCell(DateKind.DATE, DateUtil.getLocalDateTime(serial, date1904).toLocalDate());
        }
        return new DateCell(DateKind.OTHER, null);
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
