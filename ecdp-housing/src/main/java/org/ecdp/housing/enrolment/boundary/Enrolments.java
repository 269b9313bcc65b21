package org.ecdp.housing.enrolment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.ecdp.domain.audit.boundary.ReadAudit;
import org.ecdp.domain.audit.boundary.Audit;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.validation.NotFound;
import org.ecdp.housing.access.HousingRoles;
import org.ecdp.housing.allocation.control.Randomiser;
import org.ecdp.housing.allocation.control.SeedVault;
import org.ecdp.housing.allocation.entity.Allocation;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.allocation.entity.Stratum;
import org.ecdp.housing.enrolment.control.Caseloads;
import org.ecdp.housing.enrolment.control.ParticipantAccess;
import org.ecdp.housing.instrument.boundary.Instruments;
import org.ecdp.housing.instrument.entity.Instrument;
import org.ecdp.housing.allocation.entity.AllocationRecord;
import org.ecdp.housing.enrolment.entity.EnrolmentDraft;
import org.ecdp.housing.enrolment.entity.Participant;
import org.ecdp.housing.programme.entity.Programme;
import org.ecdp.housing.enrolment.entity.WithdrawalReason;

/**
 * The coordinator's part: enrolling a consenting tenant with their baseline, randomising them
 * (the programme row locked, so two enrolments never take the same place in a stratum's
 * sequence), listing the programme's tenants (never their arms: that would let the enroller
 * guess the next allocation) and recording withdrawals with a coded reason.
 */
@ApplicationScoped
@Transactional
public class Enrolments {

    /** A withdrawal in the same scheme this recently flags a new enrolment as a possible re-enrolment. */
    public static final int REENROLMENT_WATCH_DAYS = 90;

    private static final SecureRandom STUDY_CODES = new SecureRandom();

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    ReadAudit reads;

    @Inject
    Clock clock;

    @Inject
    Instruments instruments;

    @Inject
    Caseloads caseloads;

    @Inject
    ParticipantAccess access;

    @Inject
    SeedVault seeds;

    public Participant enrol(long programmeId, EnrolmentDraft draft) {
        HousingRoles.require(caller, "Only a coordinator enrols tenants", Role.COORDINATOR);
        return enrol(programmeId, draft, caller.username(), LocalDate.now(clock));
    }

    /**
     * As {@link #enrol(long, EnrolmentDraft)} by {@code coordinator} on {@code today}, for the
     * demo's history. The programme row is locked first, so the reference check, the stratum
     * count and the chain head are all read and moved on by one enrolment at a time.
     */
    public Participant enrol(long programmeId, EnrolmentDraft draft, String coordinator, LocalDate today) {
        Programme programme = em.find(Programme.class, programmeId, LockModeType.PESSIMISTIC_WRITE);
        if (programme == null) {
            throw new NotFound("No programme " + programmeId);
        }
        Instrument instrument = instruments.find(draft.baselineInstrument()).orElse(null);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        Participant.check(problems, programme, draft, instrument, today);
        if (draft.ref() != null && !em.createNamedQuery(Participant.BY_REF, Participant.class)
                .setParameter("programme", programme).setParameter("ref", draft.ref().strip().toUpperCase())
                .getResultList().isEmpty()) {
            problems.reject("ref", "A tenant with this reference is already enrolled in the programme");
        }
        problems.throwIfAny();
        Participant participant = Participant.enrol(programme, draft, instrument, newStudyCode(), coordinator, today);
        if (recentWithdrawals(programme, participant.getScheme(), today) > 0) {
            participant.flagPossibleReenrolment();
        }
        em.persist(participant);
        em.flush();
        // the band comes from the baseline just saved, before the arm is drawn
        Stratum stratum = programme.stratumFor(participant.getScheme(), participant.getBaselineBand());
        long inStratum = em.createNamedQuery(AllocationRecord.COUNT_IN_STRATUM, Long.class)
                .setParameter("programme", programme.getId()).setParameter("stratum", stratum.key()).getSingleResult();
        // the chain holds the study code, never the reference: it must still verify after the person is erased
        Allocation allocation = new Randomiser(programme.randomisationScheme(), programme.seedToRandomise(seeds)).randomise(programme.chainHead(), stratum, (int) inStratum,
                participant.getStudyCode(), Instant.now(clock));
        // the chain's clock is real time even when the demo back-dates an enrolment
        em.persist(new AllocationRecord(programme.getId(), allocation));
        programme.recordAllocation(allocation);
        participant.allocate(allocation);
        if (allocation.arm() == Arm.COACHED) {
            caseloads.coachWithMostRoom().ifPresent(coach -> participant.assignCoach(coach, caseloads.caseload(coach)));
        }
        audit.record("housing.participant.enrol", "programme:" + programmeId,
                participant.getStudyCode() + " allocation " + allocation.sequenceNumber()
                        + (participant.isPossibleReenrolment() ? " after a recent withdrawal in the scheme" : ""));
        return participant;
    }

    private long recentWithdrawals(Programme programme, String scheme, LocalDate today) {
        return em.createNamedQuery(Participant.RECENT_WITHDRAWALS, Long.class).setParameter("programme", programme)
                .setParameter("scheme", scheme).setParameter("since", today.minusDays(REENROLMENT_WATCH_DAYS)).getSingleResult();
    }

    private static String newStudyCode() {
        byte[] bytes = new byte[5];
        STUDY_CODES.nextBytes(bytes);
        return "P-" + HexFormat.of().withUpperCase().formatHex(bytes);
    }

    /** The programme's tenants as the coordinator knows them (the door shows no arm). */
    public List<Participant> participants(long programmeId) {
        HousingRoles.require(caller, "Only a coordinator lists a programme's tenants", Role.COORDINATOR);
        Programme programme = em.find(Programme.class, programmeId);
        if (programme == null) {
            throw new NotFound("No programme " + programmeId);
        }
        List<Participant> tenants = em.createNamedQuery(Participant.OF_PROGRAMME, Participant.class).setParameter("programme", programme)
                .getResultList();
        reads.read("housing.participants.read", "programme " + programmeId, tenants.size());
        return tenants;
    }

    /** A participant the coordinator may manage. */
    public Participant participant(long participantId) {
        HousingRoles.require(caller, "Only a coordinator manages enrolments", Role.COORDINATOR);
        return access.find(participantId);
    }

    public Participant withdraw(long participantId, WithdrawalReason code, String reason, LocalDate on) {
        Participant participant = participant(participantId);
        participant.withdraw(code, reason, on, LocalDate.now(clock));
        audit.record("housing.participant.withdraw", "participant:" + participantId,
                participant.getStudyCode() + " " + participant.getWithdrawalCode());
        return participant;
    }
}
