package org.ecdp.housing.evaluation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecdp.domain.audit.boundary.ReadAudit;
import org.ecdp.domain.audit.boundary.Audit;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.validation.NotFound;
import org.ecdp.housing.access.HousingRoles;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.evaluation.control.BaselineTables;
import org.ecdp.housing.evaluation.control.BinaryOutcomeComparison;
import org.ecdp.housing.evaluation.control.ContinuousOutcomeComparison;
import org.ecdp.housing.evaluation.control.MeansOverTime;
import org.ecdp.housing.evaluation.control.PublicationSuppression;
import org.ecdp.housing.evaluation.control.WhatThisMeans;
import org.ecdp.housing.evaluation.entity.BaselineTable;
import org.ecdp.housing.evaluation.entity.BinaryComparison;
import org.ecdp.housing.evaluation.entity.BinaryOutcome;
import org.ecdp.housing.evaluation.entity.BinaryReport;
import org.ecdp.housing.evaluation.entity.Evaluation;
import org.ecdp.housing.evaluation.entity.EvaluationReport;
import org.ecdp.housing.evaluation.entity.MeasureWindows;
import org.ecdp.housing.evaluation.entity.MinimalImportantChangeComparison;
import org.ecdp.housing.evaluation.entity.ParticipantOutcome;
import org.ecdp.housing.evaluation.entity.Published;
import org.ecdp.housing.evaluation.entity.ScoreMean;
import org.ecdp.housing.evaluation.entity.Withdrawal;
import org.ecdp.housing.evaluation.entity.WithdrawalReasons;
import org.ecdp.housing.instrument.boundary.Instruments;
import org.ecdp.housing.instrument.entity.Instrument;
import org.ecdp.housing.enrolment.entity.BinaryMeasure;
import org.ecdp.housing.enrolment.entity.BinaryResult;
import org.ecdp.housing.evaluation.entity.DatasetRow;
import org.ecdp.housing.enrolment.entity.MeasureStatus;
import org.ecdp.housing.enrolment.entity.Outcome;
import org.ecdp.housing.enrolment.entity.Participant;
import org.ecdp.housing.programme.entity.Programme;
import org.ecdp.housing.enrolment.entity.Timepoint;

/**
 * What the evaluator gets, and only the evaluator: the intention-to-treat comparisons as one
 * value per view (internal, or for publication with small cells hidden), the baseline table, the measure windows, the chart of
 * means, the coded withdrawals and the pseudonymised dataset (rows in study-code order, days from
 * enrolment beside each date; every download audited).
 */
@ApplicationScoped
@Transactional
public class Evaluations {

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

    private Programme get(long programmeId) {
        HousingRoles.require(caller, "Only the evaluator sees the evaluation", Role.EVALUATOR);
        return Optional.ofNullable(em.find(Programme.class, programmeId)).orElseThrow(() -> new NotFound("No programme " + programmeId));
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
    private List<BinaryOutcome> binaryOutcomes(Programme programme, BinaryMeasure measure) {
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
     * The evaluation as its caller may see it, the one value the API and the page both render:
     * with the baseline table, the measure windows, the coded withdrawal reasons and the headline
     * for a commissioner; for publication, small cells hidden ({@link PublicationSuppression}) and
     * what they would give away withheld.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EvaluationReport report(long programmeId, String instrumentCode, String timepointCode, boolean publication) {
        Evaluation evaluation = evaluate(programmeId, instrumentCode, timepointCode);
        Instrument instrument = instruments.find(instrumentCode).orElseThrow();
        Timepoint timepoint = Timepoint.parse(timepointCode);
        BaselineTable baseline = baselineTable(programmeId);
        MeasureWindows windows = measureWindows(programmeId, instrument.getCode(), timepoint);
        WithdrawalReasons reasons = WithdrawalReasons.of(withdrawals(get(programmeId)));
        Published published = publication ? PublicationSuppression.forPublication(evaluation, baseline, windows, reasons) : Published.ALL;
        return EvaluationReport.of(evaluation, baseline, windows, reasons, published,
                WhatThisMeans.of(evaluation, published, instrument.getName(), instrument.isHigherIsBetter(), timepoint));
    }

    /** A yes/no comparison as its caller may see it (the API and the page render it); for publication, small cells hidden. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BinaryReport binaryReport(long programmeId, String outcomeCode, boolean publication) {
        BinaryComparison comparison = compareBinary(programmeId, outcomeCode);
        return BinaryReport.of(comparison, publication ? PublicationSuppression.forPublication(comparison) : Published.ALL);
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
        Instrument instrument = instruments.find(instrumentCode).orElseThrow();
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
    private List<ParticipantOutcome> outcomes(Programme programme, String instrument, Timepoint timepoint) {
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

    /**
     * The pseudonymised dataset, one row per participant x instrument x timepoint, in study-code
     * order (never enrolment order, which scheme staff could line up with who joined when); audited.
     */
    public List<DatasetRow> downloadDataset(long programmeId) {
        Programme programme = get(programmeId);
        List<DatasetRow> rows = new ArrayList<>();
        Map<Long, List<BinaryResult>> binary = new java.util.HashMap<>();
        em.createNamedQuery(BinaryResult.OF_PROGRAMME, BinaryResult.class).setParameter("programme", programme).getResultList()
                .forEach(b -> binary.computeIfAbsent(b.getParticipant().getId(), id -> new ArrayList<>()).add(b));
        for (Participant p : em.createQuery("select distinct p from Participant p left join fetch p.outcomes"
                + " where p.programme = :programme order by p.studyCode", Participant.class).setParameter("programme", programme).getResultList()) {
            if (p.getArm() == null) {
                continue;
            }
            for (String instrument : programme.getInstruments()) {
                for (Timepoint t : Timepoint.values()) {
                    Optional<Outcome> o = p.outcome(instrument, t);
                    rows.add(DatasetRow.of(p, instrument, t.name(), o.map(Outcome::getScore).orElse(null),
                            o.map(Outcome::getRecordedOn).orElse(null)));
                }
            }
            List<BinaryResult> known = binary.getOrDefault(p.getId(), List.of());
            for (BinaryMeasure measure : BinaryMeasure.values()) {
                Optional<BinaryResult> b = known.stream().filter(r -> r.getMeasure() == measure).findFirst();
                rows.add(DatasetRow.of(p, measure.name(), Timepoint.M12.name(), b.map(r -> r.isAchieved() ? 1.0 : 0.0).orElse(null),
                        b.map(BinaryResult::getRecordedOn).orElse(null)));
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
     * The withdrawals as the evaluator sees them: study code, arm and the coded reason (the
     * coordinator's free text stays with the coordinator), and whether each randomised
     * enrolment came soon after a withdrawal in the same scheme (a possible re-enrolment under a
     * new reference), in study-code order.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Withdrawal> withdrawalsAndFlags(long programmeId) {
        List<Withdrawal> withdrawals = withdrawals(get(programmeId));
        reads.read("housing.withdrawals.read", "programme " + programmeId, withdrawals.size());
        return withdrawals;
    }

    private List<Withdrawal> withdrawals(Programme programme) {
        return em.createQuery("select p from Participant p where p.programme = :programme and p.arm is not null"
                        + " and (p.withdrawnOn is not null or p.possibleReenrolment = true) order by p.studyCode", Participant.class)
                .setParameter("programme", programme).getResultList().stream().map(Withdrawal::of).toList();
    }
}
