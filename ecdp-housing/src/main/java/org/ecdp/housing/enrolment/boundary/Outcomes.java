package org.ecdp.housing.enrolment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.ecdp.domain.audit.boundary.Audit;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.housing.enrolment.control.ParticipantAccess;
import org.ecdp.housing.instrument.boundary.Instruments;
import org.ecdp.housing.instrument.entity.Instrument;
import org.ecdp.housing.enrolment.entity.BinaryMeasure;
import org.ecdp.housing.enrolment.entity.BinaryResult;
import org.ecdp.housing.enrolment.entity.Outcome;
import org.ecdp.housing.enrolment.entity.OutcomeDraft;
import org.ecdp.housing.enrolment.entity.Participant;
import org.ecdp.housing.enrolment.entity.Timepoint;

/**
 * Recording the trial's outcomes. Scores at a follow-up: a coach for the tenants on their own
 * caseload, the evaluator for anyone. Yes/no outcomes: a coach for their own tenants, the
 * coordinator for anyone. Who the caller is and which tenant they may touch is settled before
 * anything sent is checked, so a refused caller learns nothing about the tenant.
 */
@ApplicationScoped
@Transactional
public class Outcomes {

    private static final String SCORES = "Only a coach or the evaluator records scores";
    private static final String YES_NO = "Only a coach or the coordinator records yes/no outcomes";

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @Inject
    Instruments instruments;

    @Inject
    ParticipantAccess access;

    /** Throws 403/404 unless the caller may record scores for the participant. */
    public Participant scoresOf(long participantId) {
        return access.forCaller(participantId, SCORES, Role.EVALUATOR);
    }

    /** Throws 403/404 unless the caller may record and read yes/no outcomes for the participant. */
    public Participant yesNoOf(long participantId) {
        return access.forCaller(participantId, YES_NO, Role.COORDINATOR);
    }

    public Outcome recordOutcome(long participantId, OutcomeDraft draft) {
        Participant participant = scoresOf(participantId);
        Instrument instrument = instruments.find(draft.instrument()).orElse(null);
        if (instrument == null) {
            throw InvalidInput.of("instrument", "No instrument " + draft.instrument());
        }
        Timepoint timepoint = Timepoint.parse(draft.timepoint());
        Outcome outcome = participant.recordOutcome(instrument, timepoint, draft.score(), draft.recordedOn(),
                caller.username(), LocalDate.now(clock));
        em.persist(outcome);
        audit.record("housing.outcome.record", "participant:" + participantId, instrument.getCode() + " " + timepoint);
        return outcome;
    }

    /** Records a yes/no outcome (tenancy sustained at 12 months, moved on) for a randomised participant. */
    public BinaryResult recordBinaryOutcome(long participantId, String outcome, Boolean achieved, LocalDate recordedOn) {
        Participant participant = yesNoOf(participantId);
        List<BinaryMeasure> recorded = results(participant).stream().map(BinaryResult::getMeasure).toList();
        BinaryResult result = participant.recordBinary(outcome, achieved, recordedOn, recorded, caller.username(), LocalDate.now(clock));
        em.persist(result);
        audit.record("housing.binary.record", "participant:" + participantId, result.getMeasure().name());
        return result;
    }

    public List<BinaryResult> binaryResults(long participantId) {
        return results(yesNoOf(participantId));
    }

    private List<BinaryResult> results(Participant participant) {
        return em.createNamedQuery(BinaryResult.OF_PARTICIPANT, BinaryResult.class).setParameter("participant", participant)
                .getResultList();
    }
}
