package org.ecdp.mentoring.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ecdp.domain.validation.InvalidInput;

/**
 * Sets of codes as the mentoring tables keep them (comma-separated, in the enum's order), and
 * the checks that turn what a user sent into codes: an unknown code is reported naming the field
 * and the code, so nothing half-understood is stored.
 */
public final class CodeSets {

    /** A language code such as "en", "pl" or "bsl". */
    public static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private CodeSets() {
    }

    public static <E extends Enum<E>> String join(Collection<E> codes) {
        return codes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public static <E extends Enum<E>> Set<E> split(Class<E> type, String stored) {
        Set<E> out = EnumSet.noneOf(type);
        if (stored != null && !stored.isBlank()) {
            for (String code : stored.split(",")) {
                out.add(Enum.valueOf(type, code));
            }
        }
        return out;
    }

    public static String joinWords(List<String> words) {
        return String.join(",", words);
    }

    public static List<String> splitWords(String stored) {
        return stored == null || stored.isBlank() ? List.of() : List.of(stored.split(","));
    }

    /** The codes sent for {@code field}, or the empty set; each unknown code is rejected. */
    public static <E extends Enum<E>> Set<E> parse(InvalidInput.Collector problems, Class<E> type, String field, Collection<String> sent) {
        Set<E> out = EnumSet.noneOf(type);
        if (sent == null) {
            return out;
        }
        for (String code : sent) {
            E value = parseOne(problems, type, field, code);
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }

    /** One optional code: null when blank, rejected naming the field when unknown. */
    public static <E extends Enum<E>> E parseOne(InvalidInput.Collector problems, Class<E> type, String field, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.reject(field, "Unknown code " + code.strip());
            return null;
        }
    }

    /** Language codes in the order sent (the first is the one preferred), lower-case, without repeats. */
    public static List<String> languages(InvalidInput.Collector problems, String field, Collection<String> sent) {
        Set<String> out = new LinkedHashSet<>();
        if (sent != null) {
            for (String code : sent) {
                String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
                if (LANGUAGE.matcher(c).matches()) {
                    out.add(c);
                } else {
                    problems.reject(field, "Unknown language code " + code + " (use codes such as en, pl, bsl)");
                }
            }
        }
        return new ArrayList<>(out);
    }
}
