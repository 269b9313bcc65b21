package org.ecdp.web.api.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubjectAccessDocumentTest {

    @Test
    void fieldNamesReadAsWords() {
        assertThat(SubjectAccessDocument.words("occurredOn")).isEqualTo("Occurred on");
        assertThat(SubjectAccessDocument.words("personalDataReason")).isEqualTo("Personal data reason");
        assertThat(SubjectAccessDocument.words("ref")).isEqualTo("Ref");
    }

    @Test
    void everyCapabilityAndNestedRecordMakesAPdf() {
        Map<String, Object> entry = new java.util.LinkedHashMap<>();
        entry.put("occurredOn", "2026-12-01");
        entry.put("summary", "Bus ramp refused");
        entry.put("themes", List.of("Transport", "Access"));
        entry.put("revisions", List.of(Map.of("change", "EDITED")));
        entry.put("channel", null);
        byte[] pdf = SubjectAccessDocument.pdf("What we hold about DP-1", Map.of("log", List.of(entry), "housing", List.of()),
                LocalDate.of(2026, 12, 4));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(800);
    }
}
