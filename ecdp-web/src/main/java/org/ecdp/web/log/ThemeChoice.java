package org.ecdp.web.log;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecdp.logging.theme.entity.Theme;

/**
 * The theme picker shared by capture and edit: an autocomplete over live themes and the
 * chosen themes shown as removable chips. A theme matches when every typed word appears in
 * its label, or when the typed text begins one of its aliases ("bus" finds Transport).
 * Best matches come first: an alias typed in full, then a name that starts with the text,
 * then an alias that starts with it, then a word of the name, then the rest. Labels of
 * retired themes are kept so an old entry's themes still read properly when edited.
 */
final class ThemeChoice implements Serializable {

    private static final int SHOWN = 15;

    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, List<String>> aliases;
    private final Set<String> live;
    private List<String> chosen = new ArrayList<>();
    private String toAdd;

    ThemeChoice(List<Theme> themes, Map<String, List<String>> aliases) {
        themes.forEach(t -> {
            labels.put(t.getCode(), t.getLabel());
            names.put(t.getCode(), t.getName());
        });
        live = themes.stream().filter(Theme::isLive).map(Theme::getCode).collect(Collectors.toSet());
        this.aliases = new LinkedHashMap<>();
        aliases.forEach((code, words) -> this.aliases.put(code, words.stream().map(ThemeChoice::lower).toList()));
    }

    List<String> complete(String query) {
        String typed = query == null ? "" : lower(query).trim().replaceAll("\\s+", " ");
        if (typed.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> ranks = new LinkedHashMap<>();
        for (String code : labels.keySet()) {
            if (live.contains(code) && !chosen.contains(code)) {
                int rank = rank(code, typed);
                if (rank < Integer.MAX_VALUE) {
                    ranks.put(code, rank);
                }
            }
        }
        return ranks.keySet().stream()
                .sorted(Comparator.comparing((String code) -> ranks.get(code)).thenComparing(this::label, String.CASE_INSENSITIVE_ORDER))
                .limit(SHOWN).toList();
    }

    /** Lower is better; {@link Integer#MAX_VALUE} when the theme does not match at all. */
    private int rank(String code, String typed) {
        List<String> words = aliases.getOrDefault(code, List.of());
        String name = lower(names.get(code));
        String label = lower(labels.get(code));
        if (words.contains(typed)) {
            return 0;
        }
        if (name.startsWith(typed) || label.startsWith(typed)) {
            return 1;
        }
        if (words.stream().anyMatch(w -> w.startsWith(typed))) {
            return 2;
        }
        if ((" " + name).contains(" " + typed)) {
            return 3;
        }
        for (String w : typed.split(" ")) {
            if (!label.contains(w)) {
                return Integer.MAX_VALUE;
            }
        }
        return 4;
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }

    /** Adds the theme picked in the autocomplete, once, and empties the box for the next. */
    void addPicked() {
        if (toAdd != null && !chosen.contains(toAdd)) {
            chosen.add(toAdd);
        }
        toAdd = null;
    }

    void remove(String code) {
        chosen.remove(code);
    }

    String label(String code) {
        return labels.getOrDefault(code, code);
    }

    List<String> chosen() {
        return chosen;
    }

    void choose(List<String> codes) {
        chosen = new ArrayList<>(codes);
    }

    /** The chosen codes as the form carries them in a hidden field: comma-separated, in the order chosen. */
    String carried() {
        return String.join(",", chosen);
    }

    /**
     * Takes the choice back from what the form carried (another instance, or a page shown again
     * after its view expired, built this picker afresh): only known themes, each once.
     */
    void carry(String carried) {
        chosen = new ArrayList<>(Arrays.stream(carried.split(",")).map(String::trim)
                .filter(labels::containsKey).distinct().toList());
    }

    String toAdd() {
        return toAdd;
    }

    void toAdd(String code) {
        toAdd = code;
    }
}
