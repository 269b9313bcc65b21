package org.ecdp.logging.imports.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImportResultTest {

    @Test
    void anImportSaysWhatItAddedAndWhatWasAlreadyInTheLog() {
        assertThat(new ImportResult(false, 12, 12, 0, List.of()).told("march.xlsx")).isEqualTo("12 entries imported from march.xlsx.");
        assertThat(new ImportResult(false, 10, 12, 2, List.of()).told("march.xlsx"))
                .isEqualTo("10 entries imported from march.xlsx; 2 rows were already in the log and were skipped.");
        assertThat(new ImportResult(false, 0, 5, 5, List.of()).told("march.xlsx"))
                .isEqualTo("Nothing was imported from march.xlsx: all 5 of its rows were already in the log.");
    }
}
