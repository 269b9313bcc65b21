package org.ecdp.housing.allocation.entity;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A stratum of a programme: participants who share the stratification factors (the scheme,
 * optionally a baseline band) and are randomised in their own sequence of blocks. The key is
 * canonical, e.g. {@code band=LOW;scheme=HARLOW_COURT}, because it is both hashed into the
 * allocation chain and used to derive the stratum's concealed sequence.
 */
public record Stratum(String key) {

    public Stratum {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a stratum needs a key");
        }
    }

    /** Factors in name order, so the same factors always give the same stratum. */
    public static Stratum of(Map<String, String> factors) {
        if (factors.isEmpty()) {
            return new Stratum("all");
        }
        factors.forEach((name, value) -> {
            if (name.isBlank() || value.isBlank() || (name + value).matches(".*[;=].*")) {
                throw new IllegalArgumentException("stratification factors are codes without ';' or '=': "
                        + name + "=" + value);
            }
        });
        return new Stratum(new TreeMap<>(factors).entrySet().stream()
                .map(f -> f.getKey() + "=" + f.getValue())
                .collect(Collectors.joining(";")));
    }

    public static Stratum ofScheme(String scheme) {
        return of(Map.of("scheme", scheme));
    }

    @Override
    public String toString() {
        return key;
    }
}
