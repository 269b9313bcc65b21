package org.ecdp.web.housing;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ecdp.housing.enrolment.entity.MeasureStatus;
import org.ecdp.housing.enrolment.entity.Participant;
import org.ecdp.housing.enrolment.entity.Timepoint;

/** One line of the caseload's measures table: a tenant, an instrument, and where each follow-up stands. */
public record MeasureLine(String ref, String instrument, List<String> cells, boolean flagged) implements Serializable {

    /** The follow-ups a coach measures, in the table's column order. */
    static final Timepoint[] FOLLOW_UPS = {Timepoint.M3, Timepoint.M6, Timepoint.M12};

    /** A line for each tenant and each instrument of their programme, as things stand today. */
    static List<MeasureLine> of(List<Participant> participants, LocalDate today) {
        List<MeasureLine> lines = new ArrayList<>();
        for (Participant p : participants) {
            for (String instrument : p.getProgramme().getInstruments()) {
                List<String> cells = new ArrayList<>();
                boolean flagged = false;
                for (Timepoint t : FOLLOW_UPS) {
                    MeasureStatus status = p.measureStatus(instrument, t, today);
                    flagged |= status.isFlagged();
                    cells.add(status.label() + switch (status) {
                        case NOT_YET, DUE, LATE -> " (due " + t.dueOn(p.getEnrolledOn()) + ", window closes "
                                + t.dueOn(p.getEnrolledOn()).plusDays(Timepoint.WINDOW_DAYS) + ")";
                        case MISSING -> " (window closed " + t.dueOn(p.getEnrolledOn()).plusDays(Timepoint.WINDOW_DAYS) + ")";
                        case ON_TIME, OUT_OF_WINDOW -> " on " + p.outcome(instrument, t).orElseThrow().getRecordedOn();
                        case WITHDRAWN -> "";
                    });
                }
                lines.add(new MeasureLine(p.getRef(), instrument, cells, flagged));
            }
        }
        return lines;
    }
}
