package org.ecdp.domain.privacy.entity;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One line of the records of processing (UK GDPR Article 30): what personal data a capability
 * holds, why, on which lawful basis and special category condition, which roles see it, and the
 * retention kinds that limit how long it is kept (their periods come from the rules in force).
 */
public record ProcessingRecord(String capability, String data, String purpose, String lawfulBasis,
                               String specialCategoryCondition, List<String> seenBy, List<String> retentionKinds) implements Serializable {

    /** Its retention periods in words from the rules in force, "Log summaries: 72 months; ...": a kind without a rule by its name. */
    public String periods(List<RetentionKind> rules) {
        return retentionKinds.stream().map(kind -> rules.stream().filter(r -> r.kind().equals(kind)).findFirst()
                .map(r -> r.description() + ": " + r.months() + " months").orElse(kind)).collect(Collectors.joining("; "));
    }
}
