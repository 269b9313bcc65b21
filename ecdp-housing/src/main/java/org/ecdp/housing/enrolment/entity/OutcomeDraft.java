package org.ecdp.housing.enrolment.entity;

import java.time.LocalDate;

/** A score as sent by a coach or evaluator: instrument and timepoint codes, the total, the date. */
public record OutcomeDraft(String instrument, String timepoint, Double score, LocalDate recordedOn) {
}
