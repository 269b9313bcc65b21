package org.ecdp.web.log;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.ecdp.logging.privacy.entity.PersonalDataFinding;

/**
 * What to tell someone whose summary holds personal data, in their words: "Remove the phone
 * number, or say why it must stay", and the button that removes it ("Remove the phone
 * number"). {@link #without} takes the found pieces out of the summary.
 */
public record PersonalDataAdvice(String things, boolean plural) implements Serializable {

    static PersonalDataAdvice of(List<PersonalDataFinding> findings) {
        List<String> kinds = findings.stream().map(f -> f.kind().label()).distinct().toList();
        String things;
        if (kinds.size() == 1) {
            things = "the " + kinds.get(0);
        } else {
            things = "the " + String.join(", the ", kinds.subList(0, kinds.size() - 1)) + " and the " + kinds.get(kinds.size() - 1);
        }
        return new PersonalDataAdvice(things, findings.size() > 1);
    }

    public String instruction() {
        return "Remove " + things + ", or say why " + (plural ? "they" : "it") + " must stay";
    }

    public String button() {
        return "Remove " + things;
    }

    /** The summary with the found spans cut out and the spaces left behind tidied. */
    static String without(String summary, List<int[]> spans) {
        if (summary == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(summary);
        spans.stream().sorted(Comparator.comparingInt((int[] span) -> span[0]).reversed()).forEach(span -> {
            if (span[0] >= 0 && span[1] <= text.length() && span[0] < span[1]) {
                text.delete(span[0], span[1]);
            }
        });
        return text.toString().replaceAll("[ \\t]{2,}", " ").replaceAll(" +([,.;:])", "$1").strip();
    }
}
