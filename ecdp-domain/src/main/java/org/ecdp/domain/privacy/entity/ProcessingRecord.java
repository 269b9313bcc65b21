package org.ecdp.domain.privacy.entity;

import java.io.Serializable;
import java.util.List;

/**
 * One line of the records of processing (UK GDPR Article 30): what personal data a capability
 * holds, why, on which lawful basis and special category condition, which roles see it, and the
 * retention kinds that limit how long it is kept (their periods come from the rules in force).
 */
public record ProcessingRecord(String capability, String data, String purpose, String lawfulBasis,
                               String specialCategoryCondition, List<String> seenBy, List<String> retentionKinds) implements Serializable {
}
