package org.ecdp.logging.imports.control;

import java.time.LocalDate;
import java.util.List;
import org.ecdp.domain.vocabulary.Channel;
import org.ecdp.domain.vocabulary.Locality;

/**
 * A workbook row that passed every check and would become an entry: service from its sheet,
 * themes resolved to codes, {@code channel} and {@code locality} null when the cell was empty.
 * The {@code fingerprint} identifies the row's content (see {@link ImportFingerprint}); an entry
 * already imported with the same fingerprint is not imported again.
 */
public record CandidateEntry(
        String sheet,
        int row,
        String serviceCode,
        LocalDate occurredOn,
        List<String> themeCodes,
        String summary,
        int peopleCount,
        Channel channel,
        Locality locality,
        String fingerprint) {

    public CandidateEntry {
        themeCodes = List.copyOf(themeCodes);
    }
}
