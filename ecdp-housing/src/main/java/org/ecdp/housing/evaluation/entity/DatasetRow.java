package org.ecdp.housing.evaluation.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.ecdp.housing.enrolment.entity.Participant;

/**
 * One row of the pseudonymised dataset for external evaluators: a participant (by study code,
 * never the reference the coordinator knows), instrument and timepoint, with the score and its
 * date empty when the measure is missing. {@link #HEADER} is fixed by the public API.
 */
public record DatasetRow(String participant, String scheme, String arm, String instrument, String timepoint,
                         Double score, LocalDate recordedOn, boolean withdrawn, Long daysFromEnrolment) implements Serializable {

    /** The public API's columns, then {@code daysFromEnrolment}, added beside them. */
    public static final String HEADER = "participant,scheme,arm,instrument,timepoint,score,recordedOn,withdrawn,daysFromEnrolment";

    /** The data dictionary: one row per column of the dataset (variable, type, description). */
    public static final List<String[]> DICTIONARY = List.of(
            new String[] {"participant", "text", "Study code of the participant: a pseudonym unrelated to any reference used by staff"},
            new String[] {"scheme", "code", "Supported housing scheme (site) the participant lived in at enrolment; the stratification factor"},
            new String[] {"arm", "COACHED|CONTROL", "Arm allocated at randomisation (intention to treat: never changed by what happened later)"},
            new String[] {"instrument", "code", "Outcome instrument, e.g. HOME_WELLBEING (10 items scored 1-5, total 10-50, higher is better),"
                    + " or a yes/no outcome: TENANCY_SUSTAINED_M12 (tenancy sustained at 12 months), MOVED_ON (moved on to independent living by 12 months)"},
            new String[] {"timepoint", "BASELINE|M3|M6|M12", "When the measure was due: at enrolment, or 3, 6 or 12 months after (window +/- 4 weeks); yes/no outcomes are M12"},
            new String[] {"score", "number", "Total score on the instrument; for a yes/no outcome 1 = yes and 0 = no; empty when the measure is missing"},
            new String[] {"recordedOn", "date (YYYY-MM-DD)", "Date the measure was taken (for a yes/no outcome: the date it was known); empty when missing"},
            new String[] {"withdrawn", "true|false", "Whether the participant has withdrawn from the programme"},
            new String[] {"daysFromEnrolment", "whole number", "Days from the participant's enrolment to recordedOn (0 for the baseline);"
                    + " empty when missing. Prefer it to recordedOn in anything shared: a date can identify a tenant"});

    /** A row for {@code participant}, randomised, with the days from their enrolment to {@code recordedOn}. */
    public static DatasetRow of(Participant participant, String instrument, String timepoint, Double score, LocalDate recordedOn) {
        return new DatasetRow(participant.getStudyCode(), participant.getScheme(), participant.getArm().name(), instrument, timepoint,
                score, recordedOn, participant.isWithdrawn(),
                recordedOn == null ? null : java.time.temporal.ChronoUnit.DAYS.between(participant.getEnrolledOn(), recordedOn));
    }

    public String toCsv() {
        return String.join(",", participant, scheme, arm, instrument, timepoint,
                score == null ? "" : (score == Math.rint(score) ? Long.toString(score.longValue()) : score.toString()),
                recordedOn == null ? "" : recordedOn.toString(), Boolean.toString(withdrawn),
                daysFromEnrolment == null ? "" : daysFromEnrolment.toString());
    }
}
