package org.ecdp.logging.privacy.entity;

import java.util.Objects;

/**
 * One piece of personal data found in a summary: what kind it is, where it sits
 * ({@code start} inclusive, {@code end} exclusive, as in {@link String#substring(int, int)})
 * so the page can highlight it, and a redacted preview (first character of each word kept,
 * the rest masked) that can be shown or recorded without repeating the data itself.
 */
public record PersonalDataFinding(PersonalDataKind kind, int start, int end, String redactedPreview) {

    public PersonalDataFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(redactedPreview, "redactedPreview");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative span " + start + ".." + end);
        }
    }

    /** The text this finding covers in the summary it was found in. */
    public String matchedIn(String summary) {
        return summary.substring(start, end);
    }

    public boolean overlaps(PersonalDataFinding other) {
        return start < other.end && other.start < end;
    }

    public static String redact(String matched) {
        StringBuilder preview = new StringBuilder(matched.length());
        boolean firstOfWord = true;
        for (int i = 0; i < matched.length(); i++) {
            char c = matched.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                preview.append(firstOfWord ? c : '•');
                firstOfWord = false;
            } else {
                preview.append(c);
                firstOfWord = true;
            }
        }
        return preview.toString();
    }
}
