package org.ecdp.housing.programme.entity;

import java.time.LocalDate;

/**
 * What the coordinator records when enrolling a tenant, as sent: the pseudonymous reference
 * (never a name), the scheme, consent (given, on which date, which version of the information
 * sheet), eligibility, and the baseline score that must be saved before randomisation.
 * Missing consent date means today; missing eligibility means confirmed by enrolling.
 */
public record EnrolmentDraft(String ref, String scheme, Boolean consent, LocalDate consentOn, String consentVersion,
                             Boolean eligibilityConfirmed, String baselineInstrument, Double baselineScore) {
}
