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
import java.util.EnumMap;
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
import org.ecdp.housing.evaluation.control.BinaryOutcomeComparison;
import org.ecdp.housing.evaluation.control.BaselineTables;
import org.ecdp.housing.evaluation.control.ContinuousOutcomeComparison;
import org.ecdp.housing.evaluation.control.PublicationSuppression;
import org.ecdp.housing.evaluation.control.MeansOverTime;
import org.ecdp.housing.evaluation.entity.BinaryComparison;
import org.ecdp.housing.evaluation.entity.BinaryOutcome;
import org.ecdp.housing.evaluation.entity.BaselineTable;
import org.ecdp.housing.evaluation.entity.Evaluation;
import org.ecdp.housing.evaluation.entity.MeasureWindows;
import org.ecdp.housing.evaluation.entity.Published;
import org.ecdp.housing.evaluation.entity.MinimalImportantChangeComparison;
import org.ecdp.housing.evaluation.entity.ScoreMean;
import org.ecdp.housing.evaluation.entity.ParticipantOutcome;
import org.ecdp.housing.instrument.entity.Instrument;
import org.ecdp.housing.programme.entity.AllocationRecord;
import org.ecdp.housing.programme.entity.BinaryMeasure;
import org.ecdp.housing.programme.entity.BinaryResult;
import org.ecdp.housing.programme.entity.DatasetRow;
import org.ecdp.housing.programme.entity.EnrolmentDraft;
import org.ecdp.housing.programme.entity.MeasureStatus;
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

    public List<Instrument> instruments() {
        return em.createQuery("select i from Instrument i order by i.code", Instrument.class).getResultList();
    }

    /** An administrator's own summed instrument; licensed instruments must not be entered. */
    public Instrument defineInstrument(String code, String name, List<String> items, Integer itemMin, Integer itemMax,
                                      Double minimalImportantChange, Boolean higherIsBetter) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        problems.check(itemMin != null, "itemMin", "Give the lowest score of an item");
        problems.check(itemMax != null, "itemMax", "Give the highest score of an item");
        problems.check(minimalImportantChange != null, "minimalImportantChange", "Give the minimal important change in points");
        if (code != null && findInstrument(code).isPresent()) {
            problems.reject("code", "An instrument with code " + code.strip().toUpperCase() + " already exists");
        }
        problems.throwIfAny();
        Instrument instrument = Instrument.summed(code == null ? null : code.strip().toUpperCase(), name, items, itemMin, itemMax,
                minimalImportantChange, higherIsBetter == null || higherIsBetter);
        em.persist(instrument);
        audit.record("housing.instrument.define", instrument.getCode(), instrument.getScoringRule());
        return instrument;
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
        // the band comes from the baseline just saved, before the arm is drawn
        Stratum stratum = programme.stratumFor(participant.getScheme(), participant.getBaselineBand());
        long inStratum = em.createNamedQuery(AllocationRecord.COUNT_IN_STRATUM, Long.class)
                .setParameter("programme", programme).setParameter("stratum", stratum.key()).getSingleResult();
        // the chain holds the study code, never the reference: it must still verify after the person is erased
        Allocation allocation = programme.randomiser().randomise(programme.chainHead(), stratum, (int) inStratum,
                participant.getStudyCode(), Instant.now(clock));
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

    /** Records a yes/no outcome (tenancy sustained at 12 months, moved on) for a randomised participant. */
    public BinaryResult recordBinaryOutcome(long participantId, String outcome, Boolean achieved, LocalDate recordedOn) {
        Participant participant = participant(participantId);
        List<BinaryMeasure> recorded = binaryResults(participant).stream().map(BinaryResult::getMeasure).toList();
        BinaryResult result = participant.recordBinary(outcome, achieved, recordedOn, recorded, caller.username(), LocalDate.now(clock));
        em.persist(result);
        audit.record("housing.binary.record", "participant:" + participantId, result.getMeasure().name());
        return result;
    }

    public List<BinaryResult> binaryResults(Participant participant) {
        return em.createNamedQuery(BinaryResult.OF_PARTICIPANT, BinaryResult.class).setParameter("participant", participant)
                .getResultList();
    }

    /** Intention to treat for a yes/no outcome: every randomised participant, analysed where the outcome is known. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BinaryComparison compareBinary(long programmeId, String outcomeCode) {
        Programme programme = get(programmeId);
        BinaryMeasure measure = BinaryMeasure.parse(outcomeCode);
        if (measure == null) {
            throw InvalidInput.of("outcome", "Choose the outcome: " + java.util.Arrays.toString(BinaryMeasure.values()));
        }
        return BinaryOutcomeComparison.compare(binaryOutcomes(programme, measure));
    }

    /**
     * Every randomised participant with their yes/no outcome on {@code measure} or {@code null}:
     * two queries (participants, then the measure's results) joined here.
     */
    public List<BinaryOutcome> binaryOutcomes(Programme programme, BinaryMeasure measure) {
        Map<Long, Boolean> achieved = new java.util.HashMap<>();
        em.createQuery("select b.participant.id, b.achieved from BinaryResult b where b.participant.programme = :programme"
                        + " and b.measure = :measure", Object[].class)
                .setParameter("programme", programme).setParameter("measure", measure).getResultList()
                .forEach(row -> achieved.put((Long) row[0], (Boolean) row[1]));
        return em.createQuery("select p.id, p.arm, p.withdrawnOn from Participant p"
                        + " where p.programme = :programme and p.arm is not null order by p.id", Object[].class)
                .setParameter("programme", programme).getResultList().stream()
                .map(row -> new BinaryOutcome((Arm) row[1], achieved.get((Long) row[0]), row[2] != null)).toList();
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

    /**
     * The evaluation as the API returns it, with the baseline table and the measure windows; for
     * publication, small cells hidden ({@link PublicationSuppression}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String evaluationJson(long programmeId, String instrumentCode, String timepointCode, boolean publication) {
        Evaluation evaluation = evaluate(programmeId, instrumentCode, timepointCode);
        BaselineTable baseline = baselineTable(programmeId);
        MeasureWindows windows = measureWindows(programmeId, instrumentCode.strip().toUpperCase(), Timepoint.parse(timepointCode));
        Published published = publication ? PublicationSuppression.forPublication(evaluation, baseline, windows) : Published.ALL;
        return evaluation.toJson(published, baseline, windows);
    }

    /** A yes/no comparison as the API returns it; for publication, small cells hidden. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String binaryComparisonJson(long programmeId, String outcomeCode, boolean publication) {
        BinaryComparison comparison = compareBinary(programmeId, outcomeCode);
        return comparison.toJson(publication ? PublicationSuppression.forPublication(comparison) : Published.ALL);
    }

    /** Every randomised participant's baseline by arm: per instrument n, mean, SD; counts by scheme and band. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BaselineTable baselineTable(long programmeId) {
        Programme programme = get(programmeId);
        Map<Long, BaselineTables.Row> rows = new LinkedHashMap<>();
        for (Object[] r : em.createQuery("select p.id, p.arm, p.scheme, p.baselineBand from Participant p"
                + " where p.programme = :programme and p.arm is not null order by p.id", Object[].class)
                .setParameter("programme", programme).getResultList()) {
            rows.put((Long) r[0], new BaselineTables.Row((Arm) r[1], (String) r[2], (String) r[3], new java.util.HashMap<>()));
        }
        for (Object[] r : em.createQuery("select p.id, o.instrument.code, o.score from Outcome o join o.participant p"
                + " where p.programme = :programme and p.arm is not null and o.timepoint = :baseline", Object[].class)
                .setParameter("programme", programme).setParameter("baseline", Timepoint.BASELINE).getResultList()) {
            BaselineTables.Row row = rows.get((Long) r[0]);
            if (row != null) {
                row.baselines().put((String) r[1], (Double) r[2]);
            }
        }
        Map<String, String> bandLabels = new LinkedHashMap<>();
        programme.bands().ifPresent(b -> b.codes().forEach(code -> bandLabels.put(code, b.label(code))));
        return BaselineTables.of(List.copyOf(rows.values()), programme.getInstruments(), programme.getSchemes(), bandLabels);
    }

    /** Per arm, how many randomised participants are in each measure status for the instrument and follow-up, today. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MeasureWindows measureWindows(long programmeId, String instrument, Timepoint timepoint) {
        Programme programme = get(programmeId);
        LocalDate today = LocalDate.now(clock);
        Map<String, Map<Arm, Integer>> counts = new LinkedHashMap<>();
        for (MeasureStatus status : MeasureStatus.values()) {
            counts.put(status.name(), new EnumMap<>(Map.of(Arm.COACHED, 0, Arm.CONTROL, 0)));
        }
        Map<Long, LocalDate> recorded = new java.util.HashMap<>();
        em.createQuery("select o.participant.id, o.recordedOn from Outcome o where o.participant.programme = :programme"
                        + " and o.timepoint = :timepoint and o.instrument.code = :instrument", Object[].class)
                .setParameter("programme", programme).setParameter("timepoint", timepoint).setParameter("instrument", instrument)
                .getResultList().forEach(r -> recorded.put((Long) r[0], (LocalDate) r[1]));
        for (Object[] r : em.createQuery("select p.id, p.arm, p.enrolledOn, p.withdrawnOn from Participant p"
                + " where p.programme = :programme and p.arm is not null", Object[].class)
                .setParameter("programme", programme).getResultList()) {
            MeasureStatus status = MeasureStatus.of(timepoint, (LocalDate) r[2], recorded.get((Long) r[0]), (LocalDate) r[3], today);
            counts.get(status.name()).merge((Arm) r[1], 1, Integer::sum);
        }
        return new MeasureWindows(counts);
    }

    /** Who reached the instrument's minimal important change at the timepoint, per arm, and the risk difference. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MinimalImportantChangeComparison minimalImportantChange(long programmeId, String instrumentCode, String timepointCode) {
        evaluate(programmeId, instrumentCode, timepointCode);
        Instrument instrument = findInstrument(instrumentCode).orElseThrow();
        return ContinuousOutcomeComparison.reachingMinimalImportantChange(
                outcomes(get(programmeId), instrument.getCode(), Timepoint.parse(timepointCode)),
                instrument.getMinimalImportantChange(), instrument.isHigherIsBetter());
    }

    /** The points of the chart of means over time: baseline, then each follow-up, per arm with 95% CIs. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Timepoint, Map<Arm, ScoreMean>> meansOverTime(long programmeId, String instrumentCode) {
        Programme programme = get(programmeId);
        Map<Timepoint, Map<Arm, ScoreMean>> means = new EnumMap<>(Timepoint.class);
        means.put(Timepoint.BASELINE, MeansOverTime.atBaseline(outcomes(programme, instrumentCode, Timepoint.M3)));
        for (Timepoint t : List.of(Timepoint.M3, Timepoint.M6, Timepoint.M12)) {
            means.put(t, MeansOverTime.atFollowUp(outcomes(programme, instrumentCode, t)));
        }
        return means;
    }

    /**
     * Every randomised participant with a baseline on {@code instrument}, and their follow-up if
     * any: one query over the scores, so a programme of thousands is analysed in one round trip.
     */
    public List<ParticipantOutcome> outcomes(Programme programme, String instrument, Timepoint timepoint) {
        Map<Long, Object[]> byParticipant = new LinkedHashMap<>();
        List<Object[]> scores = em.createQuery("select p.id, p.arm, p.withdrawnOn, o.timepoint, o.score from Outcome o join o.participant p"
                        + " where p.programme = :programme and p.arm is not null and o.instrument.code = :instrument"
                        + " and o.timepoint in :timepoints order by p.id", Object[].class)
                .setParameter("programme", programme).setParameter("instrument", instrument)
                .setParameter("timepoints", List.of(Timepoint.BASELINE, timepoint)).getResultList();
        for (Object[] row : scores) {
            Object[] participant = byParticipant.computeIfAbsent((Long) row[0], id -> new Object[] {row[1], row[2], null, null});
            participant[row[3] == Timepoint.BASELINE ? 2 : 3] = row[4];
        }
        List<ParticipantOutcome> outcomes = new ArrayList<>(byParticipant.size());
        for (Object[] p : byParticipant.values()) {
            if (p[2] != null) {
                outcomes.add(new ParticipantOutcome((Arm) p[0], (Double) p[2], (Double) p[3], p[1] != null));
            }
        }
        return outcomes;
    }

    /** The pseudonymised dataset, one row per participant x instrument x timepoint; audited. */
    public List<DatasetRow> downloadDataset(long programmeId) {
        Programme programme = get(programmeId);
        List<DatasetRow> rows = new ArrayList<>();
        Map<Long, List<BinaryResult>> binary = new java.util.HashMap<>();
        em.createNamedQuery(BinaryResult.OF_PROGRAMME, BinaryResult.class).setParameter("programme", programme).getResultList()
                .forEach(b -> binary.computeIfAbsent(b.getParticipant().getId(), id -> new ArrayList<>()).add(b));
        for (Participant p : em.createQuery("select distinct p from Participant p left join fetch p.outcomes"
                + " where p.programme = :programme order by p.id", Participant.class).setParameter("programme", programme).getResultList()) {
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
            List<BinaryResult> known = binary.getOrDefault(p.getId(), List.of());
            for (BinaryMeasure measure : BinaryMeasure.values()) {
                Optional<BinaryResult> b = known.stream().filter(r -> r.getMeasure() == measure).findFirst();
                rows.add(new DatasetRow(p.getStudyCode(), p.getScheme(), p.getArm().name(), measure.name(), Timepoint.M12.name(),
                        b.map(r -> r.isAchieved() ? 1.0 : 0.0).orElse(null), b.map(BinaryResult::getRecordedOn).orElse(null),
                        p.isWithdrawn()));
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
