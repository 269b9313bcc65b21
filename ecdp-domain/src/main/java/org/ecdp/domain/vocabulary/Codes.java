package org.ecdp.domain.vocabulary;

import java.util.Locale;
import java.util.regex.Pattern;
import org.ecdp.domain.validation.InvalidInput;

/**
 * The organisation's stable codes (services, themes...): partners use them, so they are
 * upper case, 2 to 40 letters, digits or underscores, starting with a letter, and never change.
 */
public final class Codes {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    private Codes() {
    }

    /** The code in its stable form, or {@link InvalidInput} naming {@code field}. */
    public static String valid(String field, String code) {
        String normalised = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(normalised).matches()) {
            throw InvalidInput.of(field, "Use 2 to 40 capital letters, digits or underscores, starting with a letter");
        }
        return normalised;
    }
}
