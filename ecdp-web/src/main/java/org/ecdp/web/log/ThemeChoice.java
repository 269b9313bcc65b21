package org.ecdp.web.log;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecdp.logging.theme.entity.Theme;

/**
 * The theme picker shared by capture and edit: an autocomplete over live themes (every typed
 * word must appear in the label) and the chosen themes shown as removable chips. Labels of
 * retired themes are kept so an old entry's themes still read properly when edited.
 */
final class ThemeChoice implements Serializable {

    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Set<String> live;
    private List<String> chosen = new ArrayList<>();
    private String toAdd;

    ThemeChoice(List<Theme> themes) {
        themes.forEach(t -> labels.put(t.getCode(), t.getLabel()));
        live = themes.stream().filter(Theme::isLive).map(Theme::getCode).collect(Collectors.toSet());
    }

    List<String> complete(String query) {
        String[] words = query == null ? new String[0] : query.toLowerCase(Locale.ROOT).trim().split("\\s+");
        return labels.entrySet().stream()
                .filter(e -> live.contains(e.getKey()) && !chosen.contains(e.getKey()))
                .filter(e -> {
                    String label = e.getValue().toLowerCase(Locale.ROOT);
                    for (String w : words) {
                        if (!label.contains(w)) {
                            return false;
                        }
                    }
                    return true;
                })
                .map(Map.Entry::getKey).limit(15).toList();
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

    String toAdd() {
        return toAdd;
    }

    void toAdd(String code) {
        toAdd = code;
    }
}
