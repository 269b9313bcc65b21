package org.ecdp.housing.evaluation.entity;

import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;
import org.ecdp.housing.allocation.entity.Arm;

/** Writes the evaluation's fixed JSON shapes; a statistic that cannot be estimated (NaN) is {@code null}. */
final class JsonObject {

    private final StringJoiner fields = new StringJoiner(",", "{", "}");

    JsonObject number(String name, double value) {
        return raw(name, number(value));
    }

    JsonObject count(String name, long value) {
        return raw(name, Long.toString(value));
    }

    /** A count, or "<10" when {@code published} hides the cell at {@code path}. */
    JsonObject count(String name, long value, String path, Published published) {
        return published.hides(path) ? raw(name, "\"<10\"") : count(name, value);
    }

    /** A number that would give a hidden count away (a share of a hidden count): null when hidden. */
    JsonObject number(String name, double value, boolean hidden) {
        return hidden ? raw(name, "null") : number(name, value);
    }

    static String counts(Map<Arm, Integer> values, String path, Published published) {
        JsonObject arms = new JsonObject();
        for (Arm arm : Arm.values()) {
            Integer value = values.get(arm);
            if (value == null) {
                arms.raw(arm.name(), "null");
            } else {
                arms.count(arm.name(), value, path + "." + arm.name(), published);
            }
        }
        return arms.toString();
    }

    JsonObject interval(String name, ConfidenceInterval ci) {
        return raw(name, "[" + number(ci.lower()) + "," + number(ci.upper()) + "]");
    }

    /** An interval computed from a group too small to publish: null when hidden. */
    JsonObject interval(String name, ConfidenceInterval ci, boolean hidden) {
        return hidden ? raw(name, "null") : interval(name, ci);
    }

    JsonObject raw(String name, String json) {
        fields.add("\"" + name + "\":" + json);
        return this;
    }

    static <T> String perArm(Map<Arm, T> values, Function<T, String> json) {
        JsonObject arms = new JsonObject();
        for (Arm arm : Arm.values()) {
            T value = values.get(arm);
            arms.raw(arm.name(), value == null ? "null" : json.apply(value));
        }
        return arms.toString();
    }

    static String counts(Map<Arm, Integer> values) {
        return perArm(values, n -> Integer.toString(n));
    }

    static String string(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String number(double value) {
        return Double.isFinite(value) ? Double.toString(value) : "null";
    }

    @Override
    public String toString() {
        return fields.toString();
    }
}
