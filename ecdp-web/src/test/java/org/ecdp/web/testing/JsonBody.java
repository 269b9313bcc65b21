package org.ecdp.web.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the portal's JSON answers in the tests with one library, Jakarta JSON Processing
 * (Parsson): as {@link JsonObject}/{@link JsonArray}, or as plain Java maps and lists where a
 * test compares values with {@code equals} (numbers are {@code Long} when whole, else
 * {@code Double}; {@code null} stays {@code null}), and the fields a problem answer names.
 * Import its methods statically: {@code json(response.body()).getInt("total")}.
 */
public final class JsonBody {

    private JsonBody() {
    }

    public static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    public static JsonObject json(HttpResponse<String> response) {
        return json(response.body());
    }

    public static JsonArray jsonArray(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readArray();
        }
    }

    /** The object's {@code "id"}, as a created resource answers it. */
    public static long id(HttpResponse<String> response) {
        return json(response).getJsonNumber("id").longValue();
    }

    /** A JSON object as a map of plain Java values. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> jsonMap(String body) {
        return (Map<String, Object>) plain(json(body));
    }

    /** A JSON array as a list of plain Java values (of maps, for an array of objects). */
    @SuppressWarnings("unchecked")
    public static <T> List<T> jsonList(String body) {
        return (List<T>) plain(jsonArray(body));
    }

    /** The {@code field} of each of a problem answer's {@code errors}; empty when it has none. */
    public static List<String> fields(HttpResponse<String> response) {
        return fields(response.body());
    }

    public static List<String> fields(String body) {
        JsonObject problem = json(body);
        return problem.containsKey("errors") && problem.get("errors").getValueType() == JsonValue.ValueType.ARRAY
                ? problem.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field", null)).toList()
                : List.of();
    }

    /** A JSON value as plain Java: maps, lists, strings, {@code Long} or {@code Double}, booleans, {@code null}. */
    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                value.asJsonObject().forEach((k, v) -> map.put(k, plain(v)));
                yield map;
            }
            case ARRAY -> {
                List<Object> list = new ArrayList<>();
                value.asJsonArray().forEach(v -> list.add(plain(v)));
                yield list;
            }
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> number(((JsonNumber) value).bigDecimalValue());
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }

    private static Number number(BigDecimal n) {
        if (n.signum() == 0 || n.stripTrailingZeros().scale() <= 0) {
            try {
                return n.longValueExact();
            } catch (ArithmeticException tooLarge) {
                return n.doubleValue();
            }
        }
        return n.doubleValue();
    }
}
