package org.ecdp.logging.imports.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.ecdp.domain.vocabulary.Channel;
import org.ecdp.domain.vocabulary.Locality;

/**
 * Why importing the same workbook twice adds nothing: every imported row carries a SHA-256
 * fingerprint of what it says (service, date, themes in any order, summary with case and
 * spacing ignored, people, channel, locality) and of how many identical rows came before it
 * in the same workbook. So a row keeps its fingerprint when rows are added, removed or
 * reordered around it, yet two genuinely identical rows (two callers, same day, same words)
 * stay two entries: occurrence 1 and occurrence 2. The sheet name and row number are left out
 * on purpose, so that tidying the workbook does not duplicate the log.
 */
public final class ImportFingerprint {

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private ImportFingerprint() {
    }

    /** The SHA-256 of what the row says, before its occurrence in the workbook is added. */
    public static String contentHash(String serviceCode, LocalDate occurredOn, List<String> themeCodes, String summary,
            int peopleCount, Channel channel, Locality locality) {
        return sha256(String.join("\u001f",
                serviceCode,
                occurredOn.toString(),
                String.join(",", new TreeSet<>(themeCodes)),
                normalisedSummary(summary),
                Integer.toString(peopleCount),
                channel == null ? "" : channel.name(),
                locality == null ? "" : locality.name()));
    }

    /** The fingerprint of the {@code occurrence}-th (1-based) row with this content hash in one workbook. */
    public static String of(String contentHash, int occurrence) {
        return sha256(contentHash + "#" + occurrence);
    }

    public static String normalisedSummary(String summary) {
        return WHITESPACE.matcher(Normalizer.normalize(summary, Normalizer.Form.NFC).strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
