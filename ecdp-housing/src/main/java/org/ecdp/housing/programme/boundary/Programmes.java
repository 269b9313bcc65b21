package org.ecdp.housing.programme.boundary;

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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecdp.domain.audit.boundary.Audit;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.validation.NotFound;
import org.ecdp.housing.allocation.control.AllocationChainVerifier;
import org.ecdp.housing.allocation.entity.Allocation;
import org.ecdp.housing.allocation.entity.AllocationSeed;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.allocation.entity.ChainVerification;
import org.ecdp.housing.allocation.entity.RevealedAllocation;
import org.ecdp.housing.allocation.entity.Stratum;
import org.ecdp.housing.coaching.entity.Coach;
import org.ecdp.housing.evaluation.control.ContinuousOutcomeComparison;
import org.ecdp.housing.evaluation.entity.Evaluation;
import org.ecdp.housing.evaluation.entity.ParticipantOutcome;
import org.ecdp.housing.instrument.entity.Instrument;
import org.ecdp.housing.programme.entity.AllocationRecord;
import org.ecdp.housing.programme.entity.DatasetRow;
import org.ecdp.housing.programme.entity.EnrolmentDraft;
import org.ecdp.housing.programme.entity.Outcome;
import org.ecdp.housing.programme.entity.OutcomeDraft;
import org.ecdp.housing.programme.entity.Participant;
import org.ecdp.housing.programme.entity.Programme;
import org.ecdp.housing.programme.entity.ProgrammeDraft;
import org.ecdp.housing.programme.entity.SequenceDisclosure;
import org.ecdp.housing.programme.entity.Timepoint;

/**
 * Setting up programmes, enrolling and randomising tenants, recording outcomes and
 * withdrawals, and what the evaluator gets: the comparison, the pseudonymised dataset (every
 * download audited), the chain check and, after closing, the sequence. Randomisation locks the
 * programme row, so two enrolments never take the same place in a stratum's sequence.
 */
@ApplicationScoped
@Transactional
public class Programmes {

    private static final SecureRandom STUDY_CODES = new SecureRandom();

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    public List<Programme> all() {
        return em.createNamedQuery(Programme.ALL, Programme.class).getResultList();
    }

    public Programme get(long id) {
        return Optional.ofNullable(em.find(Programme.class, id)).orElseThrow(() -> new NotFound("No programme " + id));
    }

    public Optional<Instrument> findInstrument(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Instrument.BY_CODE, Instrument.class).setParameter("code", code.strip().toUpperCase())
                .getResultStream().findFirst();
    }

    public Programme create(ProgrammeDraft draft) {
        return create(draft, caller.username());
    }

    /** As {@link #create(ProgrammeDraft)}, for start-up work where nobody is signed in. */
    public Programme create(ProgrammeDraft draft, String by) {
        Programme programme = Programme.setUp(draft, AllocationSeed.generate(), by, Instant.now(clock));
        InvalidInput.Collector problems = new InvalidInput.Collector();
        programme.getInstruments().stream().filter(code -> findInstrument(code).isEmpty()).findFirst()
                .ifPresent(code -> problems.reject("instruments", "No instrument " + code));
        problems.throwIfAny();
        em.persist(programme);
        em.flush();
        audit.record("housing.programme.create", "programme:" + programme.getId(),
                programme.getName() + "; seed commitment " + programme.getSeedCommitment());
        return programme;
    }

    public Programme startRecruiting(long programmeId) {
        Programme programme = get(programmeId);
        programme.startRecruiting();
        audit.record("housing.programme.recruit", "programme:" + programmeId, null);
        return programme;
    }

    public Programme close(long programmeId) {
        Programme programme = em.find(Programme.class, programmeId, LockModeType.PESSIMISTIC_WRITE);
        if (programme == null) {
            throw new NotFound("No programme " + programmeId);
        }
        programme.close(Instant.now(clock));
        audit.record("housing.programme.close", "programme:" + programmeId,
                "chain head " + programme.chainHead().sequenceNumber() + " " + programme.chainHead().hash());
        return programme;
    }

    /**
     * Enrols and randomises a tenant. The programme row is locked first, so the reference check,
     * the stratum count and the chain head are all read and moved on by one enrolment at a time.
     */
    public Participant enrol(long programmeId, EnrolmentDraft draft) {
        return enrol(programmeId, draft, caller.username(), LocalDate.now(clock));
    }

    /** As {@link #enrol(long, EnrolmentDraft)} by {@code coordinator} on {@code today}: for the demo's history. */
    public Participant enrol(long programmeId, EnrolmentDraft draft, String coordinator, LocalDate today) {
        Programme programme = em.find(Programme.class, programmeId, LockModeType.PESSIMISTIC_WRITE);
        if (programme == null) {
            throw new NotFound("No programme " + programmeId);
        }
        Instrument instrument = findInstrument(draft.baselineInstrument()).orElse(null);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        Participant.check(problems, programme, draft, instrument, today);
        if (draft.ref() != null && !em.createNamedQuery(Participant.BY_REF, Participant.class)
                .setParameter("programme", programme).setParameter("ref", draft.ref().strip().toUpperCase())
                .getResultList().isEmpty()) {
            problems.reject("ref", "A tenant with this reference is already enrolled in the programme");
        }
        problems.throwIfAny();
        Participant participant = Participant.enrol(programme, draft, instrument, newStudyCode(), coordinator, today);
        em.persist(participant);
        em.flush();
        Stratum stratum = programme.stratumFor(participant.getScheme());
        long inStratum = em.createNamedQuery(AllocationRecord.COUNT_IN_STRATUM, Long.class)
                .setParameter("programme", programme).setParameter("stratum", stratum.key()).getSingleResult();
        Allocation allocation = programme.randomiser().randomise(programme.chainHead(), stratum, (int) inStratum,
                participant.getRef(), Instant.now(clock));
        // the chain's clock is real time even when the demo back-dates an enrolment
        em.persist(new AllocationRecord(programme, allocation));
        programme.recordAllocation(allocation);
        participant.allocate(allocation);
        if (allocation.arm() == Arm.COACHED) {
            coachWithMostRoom().ifPresent(coach -> participant.assignCoach(coach, caseload(coach)));
        }
        audit.record("housing.participant.enrol", "programme:" + programmeId,
                participant.getStudyCode() + " allocation " + allocation.sequenceNumber());
        return participant;
    }

    private String newStudyCode() {
        byte[] bytes = new byte[5];
        STUDY_CODES.nextBytes(bytes);
        return "P-" + HexFormat.of().withUpperCase().formatHex(bytes);
    }

    private Optional<Coach> coachWithMostRoom() {
        return em.createNamedQuery(Coach.ACTIVE, Coach.class).getResultList().stream()
                .filter(c -> c.hasRoomFor(caseload(c)))
                .min(Comparator.comparingLong(c -> caseload(c) * 1000L / c.getCaseloadLimit()));
    }

    public long caseload(Coach coach) {
        return em.createNamedQuery(Participant.CASELOAD, Long.class).setParameter("coach", coach).getSingleResult();
    }

    public Participant participant(long participantId) {
        return Optional.ofNullable(em.find(Participant.class, participantId))
                .orElseThrow(() -> new NotFound("No participant " + participantId));
    }

    public List<Participant> participants(long programmeId) {
        return em.createNamedQuery(Participant.OF_PROGRAMME, Participant.class).setParameter("programme", get(programmeId))
                .getResultList();
    }

    public Outcome recordOutcome(long participantId, OutcomeDraft draft) {
        Participant participant = participant(participantId);
        Instrument instrument = findInstrument(draft.instrument()).orElse(null);
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

    public Participant withdraw(long participantId, String reason, LocalDate on) {
        Participant participant = participant(participantId);
        participant.withdraw(reason, on, LocalDate.now(clock));
        audit.record("housing.participant.withdraw", "participant:" + participantId, participant.getStudyCode());
        return participant;
    }

    /** Intention to treat for one instrument at one follow-up timepoint. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Evaluation evaluate(long programmeId, String instrumentCode, String timepointCode) {
        Programme programme = get(programmeId);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String instrument = instrumentCode == null ? null : instrumentCode.strip().toUpperCase();
        if (instrument == null || instrument.isEmpty()) {
            problems.reject("instrument", "Name the instrument, e.g. HOME_WELLBEING");
        } else if (!programme.measures(instrument)) {
            problems.reject("instrument", "This programme does not measure " + instrument);
        }
        Timepoint timepoint = Timepoint.parse(timepointCode);
        if (timepoint == null || !timepoint.isFollowUp()) {
            problems.reject("timepoint", "Choose a follow-up timepoint: M3, M6 or M12");
        }
        problems.throwIfAny();
        return ContinuousOutcomeComparison.evaluate(outcomes(programme, instrument, timepoint));
    }

    /** Every randomised participant with a baseline on {@code instrument}, and their follow-up if any. */
    public List<ParticipantOutcome> outcomes(Programme programme, String instrument, Timepoint timepoint) {
        List<ParticipantOutcome> outcomes = new ArrayList<>();
        for (Participant p : em.createNamedQuery(Participant.OF_PROGRAMME, Participant.class)
                .setParameter("programme", programme).getResultList()) {
            if (p.getArm() == null) {
                continue;
            }
            p.outcome(instrument, Timepoint.BASELINE).ifPresent(baseline -> outcomes.add(new ParticipantOutcome(p.getArm(),
                    baseline.getScore(), p.outcome(instrument, timepoint).map(Outcome::getScore).orElse(null), p.isWithdrawn())));
        }
        return outcomes;
    }

    /** The pseudonymised dataset, one row per participant x instrument x timepoint; audited. */
    public List<DatasetRow> downloadDataset(long programmeId) {
        Programme programme = get(programmeId);
        List<DatasetRow> rows = new ArrayList<>();
        for (Participant p : participants(programmeId)) {
            if (p.getArm() == null) {
                continue;
            }
            for (String instrument : programme.getInstruments()) {
                for (Timepoint t : Timepoint.values()) {
                    Optional<Outcome> o = p.outcome(instrument, t);
                    rows.add(new DatasetRow(p.getStudyCode(), p.getScheme(), p.getArm().name(), instrument, t.name(),
                            o.map(Outcome::getScore).orElse(null), o.map(Outcome::getRecordedOn).orElse(null), p.isWithdrawn()));
                }
            }
        }
        audit.record("housing.dataset.download", "programme:" + programmeId, rows.size() + " rows");
        return rows;
    }

    public void recordDictionaryDownload(long programmeId) {
        get(programmeId);
        audit.record("housing.dataset.dictionary", "programme:" + programmeId, null);
    }

    /**
     * Checks the stored chain: hashes and links, against the head recorded on the programme
     * row, and (on the server, where the seed is) every arm against the concealed sequence.
     */
    public ChainVerification verifyChain(long programmeId) {
        Programme programme = get(programmeId);
        List<Allocation> chain = allocations(programme);
        ChainVerification links = AllocationChainVerifier.verify(chain, programme.chainHead());
        if (!links.isIntact()) {
            return links;
        }
        audit.record("housing.chain.verify", "programme:" + programmeId, chain.size() + " allocations");
        return AllocationChainVerifier.verify(chain, programme.sequenceForVerification());
    }

    public List<Allocation> allocations(Programme programme) {
        return em.createNamedQuery(AllocationRecord.OF_PROGRAMME, AllocationRecord.class).setParameter("programme", programme)
                .getResultList().stream().map(AllocationRecord::toAllocation).toList();
    }

    /** The seed and the sequence as used, per stratum: only for a closed programme; audited. */
    public SequenceDisclosure revealSequence(long programmeId) {
        Programme programme = get(programmeId);
        if (!programme.isClosed()) {
            throw InvalidInput.of("status", "The allocation sequence is disclosed only once the programme is closed");
        }
        Map<Stratum, Integer> used = new LinkedHashMap<>();
        allocations(programme).forEach(a -> used.merge(a.stratum(), 1, Integer::sum));
        List<RevealedAllocation> revealed = new ArrayList<>();
        used.forEach((stratum, count) -> revealed.addAll(programme.disclosedSequence().reveal(stratum, count)));
        audit.record("housing.sequence.reveal", "programme:" + programmeId, revealed.size() + " allocations");
        return new SequenceDisclosure(programme.disclosedSeed().toBase64(), programme.getSeedCommitment(), revealed);
    }
}
