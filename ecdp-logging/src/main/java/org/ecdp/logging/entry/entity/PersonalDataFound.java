package org.ecdp.logging.entry.entity;

import java.util.List;
import java.util.stream.Collectors;
import org.ecdp.domain.validation.FieldError;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.logging.privacy.entity.PersonalDataFinding;

/**
 * The summary looks as if it holds personal data. Staff are asked to take it out; saving
 * anyway needs a reason, which is kept with the entry. The API answers 422 naming
 * {@code summary}.
 */
public class PersonalDataFound extends InvalidInput {

    private final List<PersonalDataFinding> findings;

    public PersonalDataFound(List<PersonalDataFinding> findings) {
        super(List.of(new FieldError("summary", describe(findings))));
        this.findings = List.copyOf(findings);
    }

    public List<PersonalDataFinding> findings() {
        return findings;
    }

    static String describe(List<PersonalDataFinding> findings) {
        return "This looks like personal data: "
                + findings.stream().map(f -> f.kind().label() + " (" + f.redactedPreview() + ")").collect(Collectors.joining(", "))
                + ". Remove it, or give a reason in personalDataReason to save it anyway.";
    }
}
