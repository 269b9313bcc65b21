package org.ecdp.web.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.validation.PlausibleDates;

/**
 * Reads a request body field by field, so a wrong type or a bad date is reported naming
 * that field (a generic "malformed JSON" helps nobody). Problems are collected and thrown
 * together by the caller.
 */
public final class JsonInput {

    private final JsonObject body;
    private final InvalidInput.Collector problems = new InvalidInput.Collector();

    public JsonInput(JsonObject body) {
        if (body == null) {
            throw InvalidInput.of("body", "Send a JSON object");
        }
        this.body = body;
    }

    public InvalidInput.Collector problems() {
        return problems;
    }

    public boolean has(String field) {
        return body.containsKey(field) && body.get(field).getValueType() != JsonValue.ValueType.NULL;
    }

    public String string(String field) {
        if (!has(field)) {
            return null;
        }
        JsonValue v = body.get(field);
        if (v instanceof JsonString s) {
            return s.getString();
        }
        problems.reject(field, "Must be a string");
        return null;
    }

    public Integer integer(String field) {
        if (!has(field)) {
            return null;
        }
        JsonValue v = body.get(field);
        if (v instanceof JsonNumber n && n.isIntegral()) {
            try {
                return n.intValueExact();
            } catch (ArithmeticException tooBig) {
                problems.reject(field, "Number too large");
                return null;
            }
        }
        problems.reject(field, "Must be a whole number");
        return null;
    }

    public Double number(String field) {
        if (!has(field)) {
            return null;
        }
        JsonValue v = body.get(field);
        if (v instanceof JsonNumber n) {
            double d = n.doubleValue();
            if (!Double.isFinite(d)) {
                problems.reject(field, "Must be a number of ordinary size");
                return null;
            }
            return d;
        }
        problems.reject(field, "Must be a number");
        return null;
    }

    public Boolean bool(String field) {
        if (!has(field)) {
            return null;
        }
        JsonValue v = body.get(field);
        if (v == JsonValue.TRUE) {
            return true;
        }
        if (v == JsonValue.FALSE) {
            return false;
        }
        problems.reject(field, "Must be true or false");
        return null;
    }

    public LocalDate date(String field) {
        String s = string(field);
        return s == null ? null : parseDate(field, s, problems);
    }

    public List<String> strings(String field) {
        if (!has(field)) {
            return null;
        }
        JsonValue v = body.get(field);
        if (!(v instanceof JsonArray array)) {
            problems.reject(field, "Must be a list of strings");
            return null;
        }
        List<String> out = new ArrayList<>();
        for (JsonValue item : array) {
            if (item instanceof JsonString s) {
                out.add(s.getString());
            } else {
                problems.reject(field, "Must be a list of strings");
                return null;
            }
        }
        return out;
    }

    public List<Boolean> booleans(String field) {
        if (!has(field)) {
            return null;
        }
        JsonValue v = body.get(field);
        if (v instanceof JsonArray array) {
            List<Boolean> out = new ArrayList<>();
            for (JsonValue item : array) {
                if (item == JsonValue.TRUE || item == JsonValue.FALSE) {
                    out.add(item == JsonValue.TRUE);
                } else {
                    problems.reject(field, "Must be a list of true or false");
                    return null;
                }
            }
            return out;
        }
        problems.reject(field, "Must be a list of true or false");
        return null;
    }

    public List<Double> numbers(String field) {
        if (!has(field)) {
            return null;
        }
        JsonValue v = body.get(field);
        if (v instanceof JsonArray array) {
            List<Double> out = new ArrayList<>();
            for (JsonValue item : array) {
                if (item instanceof JsonNumber n && Double.isFinite(n.doubleValue())) {
                    out.add(n.doubleValue());
                } else {
                    problems.reject(field, "Must be a list of numbers");
                    return null;
                }
            }
            return out;
        }
        problems.reject(field, "Must be a list of numbers");
        return null;
    }

    public List<Long> ids(String field) {
        if (!has(field)) {
            return null;
        }
        JsonValue v = body.get(field);
        if (!(v instanceof JsonArray array)) {
            problems.reject(field, "Must be a list of ids");
            return null;
        }
        List<Long> out = new ArrayList<>();
        for (JsonValue item : array) {
            if (item instanceof JsonNumber n && n.isIntegral() && n.bigDecimalValue().abs().compareTo(java.math.BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
                out.add(n.longValue());
            } else {
                problems.reject(field, "Must be a list of ids");
                return null;
            }
        }
        return out;
    }

    public JsonObject object(String field) {
        if (!has(field)) {
            return null;
        }
        JsonValue v = body.get(field);
        if (v instanceof JsonObject o) {
            return o;
        }
        problems.reject(field, "Must be an object");
        return null;
    }

    public static LocalDate parseDate(String field, String value, InvalidInput.Collector problems) {
        if (value.length() > 40) {
            problems.reject(field, "Use a date as YYYY-MM-DD");
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (!PlausibleDates.contains(date)) {
                PlausibleDates.check(problems, field, date);
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.reject(field, "Use a date as YYYY-MM-DD");
            return null;
        }
    }

    /** A query parameter date: null when absent, 400 naming the parameter when malformed. */
    public static LocalDate queryDate(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        InvalidInput.Collector problems = new InvalidInput.Collector();
        LocalDate date = parseDate(field, value, problems);
        problems.throwIfAny();
        return date;
    }
}
