package org.ecdp.housing.enrolment.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * What the coordinator records when enrolling a tenant, as sent: the pseudonymous reference
 * (never a name), the scheme, consent (given, on which date, which version of the information
 * sheet), eligibility, and the baseline score that must be saved before randomisation.
 * Missing consent date means today; missing eligibility means confirmed by enrolling, unless the
 * programme has an eligibility checklist: then {@code eligibility} confirms each criterion in
 * the programme's order, and every one must be {@code true}.
 */
public record EnrolmentDraft(String ref, String scheme, Boolean consent, LocalDate consentOn, String consentVersion,
                             Boolean eligibilityConfirmed, String baselineInstrument, Double baselineScore,
                             List<Boolean> eligibility) {

    public EnrolmentDraft(String ref, String scheme, Boolean consent, LocalDate consentOn, String consentVersion,
                          Boolean eligibilityConfirmed, String baselineInstrument, Double baselineScore) {
        this(ref, scheme, consent, consentOn, consentVersion, eligibilityConfirmed, baselineInstrument, baselineScore, null);
    }
}
