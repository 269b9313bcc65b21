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

    JsonObject interval(String name, ConfidenceInterval ci) {
        return raw(name, "[" + number(ci.lower()) + "," + number(ci.upper()) + "]");
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

    static String number(double value) {
        return Double.isFinite(value) ? Double.toString(value) : "null";
    }

    @Override
    public String toString() {
        return fields.toString();
    }
}
