package org.ecdp.housing.enrolment.entity;

import jakarta.persistence.DiscriminatorType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.ecdp.domain.organisation.entity.Organisation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecdp.domain.entity.BaseEntity;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.housing.allocation.entity.Allocation;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.coach.entity.Coach;
import org.ecdp.housing.instrument.entity.Instrument;
import org.ecdp.housing.programme.entity.Programme;

/**
 * A tenant enrolled in a programme, known only by a pseudonymous reference (never a name) and,
 * in anything an evaluator downloads, by a study code unrelated to it. Enrolment needs consent
 * (date, by whom, which information sheet), confirmed eligibility and a baseline score; only
 * once the baseline is saved is the tenant randomised, and the arm is unknown until then. A
 * control participant can never be given a coach; outcomes cannot predate enrolment.
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = Organisation.TENANT_PROPERTY, discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "housing_participant")
@NamedQuery(name = Participant.OF_PROGRAMME, query = "select p from Participant p where p.programme = :programme order by p.id")
@NamedQuery(name = Participant.BY_REF, query = "select p from Participant p where p.programme = :programme and p.ref = :ref")
@NamedQuery(name = Participant.OF_COACH, query = "select p from Participant p where p.coach = :coach order by p.ref")
@NamedQuery(name = Participant.CASELOAD, query = "select count(p) from Participant p where p.coach = :coach and p.withdrawnOn is null")
@NamedQuery(name = Participant.RECENT_WITHDRAWALS, query = "select count(p) from Participant p where p.programme = :programme"
        + " and p.scheme = :scheme and p.withdrawnOn >= :since")
public class Participant extends BaseEntity {

    public static final String OF_PROGRAMME = "Participant.ofProgramme";
    public static final String BY_REF = "Participant.byRef";
    public static final String OF_COACH = "Participant.ofCoach";
    public static final String CASELOAD = "Participant.caseload";
    public static final String RECENT_WITHDRAWALS = "Participant.recentWithdrawals";
    public static final String REF_PATTERN = "[A-Z0-9][A-Z0-9_-]{1,39}";

    @ManyToOne(optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @Column(nullable = false, length = 40)
    private String ref;

    @Column(name = "study_code", nullable = false, length = 20)
    private String studyCode;

    @Column(nullable = false, length = 40)
    private String scheme;

    @Column(name = "consent_on", nullable = false)
    private LocalDate consentOn;

    @Column(name = "consent_by", nullable = false, length = 40)
    private String consentBy;

    @Column(name = "consent_version", nullable = false, length = 40)
    private String consentVersion;

    @Column(name = "eligibility_confirmed", nullable = false)
    private boolean eligibilityConfirmed;

    @Column(name = "enrolled_on", nullable = false)
    private LocalDate enrolledOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Arm arm;

    @ManyToOne
    @JoinColumn(name = "coach_id")
    private Coach coach;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "withdrawal_reason", length = 500)
    private String withdrawalReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "withdrawal_code", length = 30)
    private WithdrawalReason withdrawalCode;

    @Column(name = "possible_reenrolment", nullable = false)
    private boolean possibleReenrolment;

    @Column(name = "baseline_band", length = 10)
    private String baselineBand;

    @OneToMany(mappedBy = "participant", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    private List<Outcome> outcomes = new ArrayList<>();

    protected Participant() {
    }

    /**
     * Enrols a tenant: checks the draft field by field (API names, the baseline's as
     * {@code baseline.instrument} and {@code baseline.score}) and saves the baseline. The
     * caller has checked the reference is not already enrolled, and randomises next.
     */
    public static Participant enrol(Programme programme, EnrolmentDraft draft, Instrument baselineInstrument,
                                    String studyCode, String coordinator, LocalDate today) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        check(problems, programme, draft, baselineInstrument, today);
        problems.throwIfAny();
        Participant p = new Participant();
        p.programme = programme;
        p.ref = normalisedRef(draft.ref());
        p.studyCode = studyCode;
        p.scheme = draft.scheme().strip().toUpperCase();
        p.consentOn = draft.consentOn() == null ? today : draft.consentOn();
        p.consentBy = coordinator;
        p.consentVersion = draft.consentVersion() == null || draft.consentVersion().isBlank() ? "1" : draft.consentVersion().strip();
        p.eligibilityConfirmed = true;
        p.enrolledOn = today;
        p.outcomes.add(new Outcome(p, baselineInstrument, Timepoint.BASELINE, draft.baselineScore(), today, coordinator));
        p.baselineBand = programme.bands().map(b -> b.bandOf(draft.baselineScore())).orElse(null);
        return p;
    }

    public static void check(InvalidInput.Collector problems, Programme programme, EnrolmentDraft draft,
                             Instrument baselineInstrument, LocalDate today) {
        if (!programme.isRecruiting()) {
            problems.reject("programme", "The programme is " + programme.getStatus() + ", not recruiting");
        }
        String ref = normalisedRef(draft.ref());
        if (ref == null || !ref.matches(REF_PATTERN)) {
            problems.reject("ref", "Give a pseudonymous reference of letters, digits and dashes (2-40), never a name");
        }
        String scheme = draft.scheme() == null ? null : draft.scheme().strip().toUpperCase();
        if (scheme == null || scheme.isEmpty()) {
            problems.reject("scheme", "Choose the scheme the tenant lives in");
        } else if (!programme.runsIn(scheme)) {
            problems.reject("scheme", "This programme does not run in scheme " + scheme);
        }
        if (!Boolean.TRUE.equals(draft.consent())) {
            problems.reject("consent", "A tenant is enrolled only with their informed consent");
        }
        if (draft.consentOn() != null && draft.consentOn().isAfter(today)) {
            problems.reject("consentOn", "Consent cannot be dated in the future");
        }
        if (draft.consentVersion() != null && draft.consentVersion().strip().length() > 40) {
            problems.reject("consentVersion", "Keep the information sheet version to 40 characters");
        }
        if (Boolean.FALSE.equals(draft.eligibilityConfirmed())) {
            problems.reject("eligibilityConfirmed", "Only an eligible tenant can be enrolled");
        }
        List<String> criteria = programme.getEligibility();
        if (!criteria.isEmpty()) {
            List<Boolean> confirmed = draft.eligibility();
            if (confirmed == null || confirmed.size() != criteria.size()) {
                problems.reject("eligibility", "Confirm each of the programme's " + criteria.size() + " eligibility criteria, in order");
            } else {
                for (int i = 0; i < criteria.size(); i++) {
                    if (!Boolean.TRUE.equals(confirmed.get(i))) {
                        problems.reject("eligibility[" + i + "]", "Not confirmed: " + criteria.get(i));
                    }
                }
            }
        }
        if (programme.hasReachedTarget()) {
            problems.reject("programme", "The programme has reached its target size of " + programme.getTargetSize()
                    + " randomised tenants: nobody more can be enrolled");
        }
        programme.bands().ifPresent(bands -> {
            if (draft.baselineInstrument() != null && !bands.instrument().equalsIgnoreCase(draft.baselineInstrument().strip())) {
                problems.reject("baseline.instrument", "This programme bands tenants by their " + bands.instrument()
                        + " baseline: record that one");
            }
        });
        if (draft.baselineInstrument() == null || draft.baselineInstrument().isBlank()) {
            problems.reject("baseline.instrument", "Record a baseline: name its instrument");
        } else if (!programme.measures(draft.baselineInstrument().strip()) || baselineInstrument == null) {
            problems.reject("baseline.instrument", "This programme does not measure " + draft.baselineInstrument());
        }
        if (baselineInstrument != null) {
            baselineInstrument.checkScore(problems, "baseline.score", draft.baselineScore());
        } else if (draft.baselineScore() == null) {
            problems.reject("baseline.score", "Record the baseline score");
        }
    }

    static String normalisedRef(String ref) {
        return ref == null ? null : ref.strip().toUpperCase();
    }

    /** Records the allocation made for this tenant: once, and only after the baseline is saved. */
    public void allocate(Allocation allocation) {
        if (arm != null) {
            throw new IllegalStateException("participant " + ref + " is already randomised");
        }
        if (outcomes.stream().noneMatch(o -> o.getTimepoint() == Timepoint.BASELINE)) {
            throw new IllegalStateException("a participant is randomised only after their baseline is saved");
        }
        if (!allocation.participantRef().equals(studyCode)) {
            throw new IllegalStateException("allocation made for " + allocation.participantRef() + ", not " + studyCode);
        }
        arm = allocation.arm();
    }

    /** Checks and records a score; the date may not be before enrolment nor in the future. */
    public Outcome recordOutcome(Instrument instrument, Timepoint timepoint, Double score, LocalDate recordedOn,
                                 String by, LocalDate today) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (instrument == null || !programme.measures(instrument.getCode())) {
            problems.reject("instrument", "This programme does not measure " + (instrument == null ? "that" : instrument.getCode()));
        }
        if (timepoint == null) {
            problems.reject("timepoint", "Choose M3, M6 or M12");
        } else if (timepoint == Timepoint.BASELINE) {
            problems.reject("timepoint", "The baseline is taken at enrolment, before randomisation: record M3, M6 or M12");
        } else if (instrument != null && outcome(instrument.getCode(), timepoint).isPresent()) {
            problems.reject("timepoint", timepoint + " is already recorded for " + instrument.getCode());
        }
        if (instrument != null) {
            instrument.checkScore(problems, "score", score);
        }
        if (recordedOn == null) {
            problems.reject("recordedOn", "Enter the date it was measured");
        } else if (recordedOn.isBefore(enrolledOn)) {
            problems.reject("recordedOn", "A measure cannot be taken before the tenant's enrolment");
        } else if (recordedOn.isAfter(today)) {
            problems.reject("recordedOn", "A measure cannot be dated in the future");
        } else if (withdrawnOn != null && recordedOn.isAfter(withdrawnOn)) {
            problems.reject("recordedOn", "The tenant has withdrawn: nothing measured after their withdrawal is recorded");
        }
        if (arm == null) {
            problems.reject("participant", "The participant is not randomised yet");
        }
        problems.throwIfAny();
        Outcome outcome = new Outcome(this, instrument, timepoint, score, recordedOn, by);
        outcomes.add(outcome);
        return outcome;
    }

    /**
     * Checks and records a yes/no outcome: known on a date not before enrolment nor in the
     * future, once per outcome ({@code alreadyRecorded} are those this participant has), and a
     * tenancy is called sustained for 12 months only from the opening of the 12-month window.
     */
    public BinaryResult recordBinary(String measureCode, Boolean achieved, LocalDate recordedOn, List<BinaryMeasure> alreadyRecorded,
                                     String by, LocalDate today) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        BinaryMeasure measure = BinaryMeasure.parse(measureCode);
        if (measure == null) {
            problems.reject("outcome", "Choose the outcome: " + java.util.Arrays.toString(BinaryMeasure.values()));
        } else if (alreadyRecorded.contains(measure)) {
            problems.reject("outcome", measure + " is already recorded for this participant");
        }
        if (achieved == null) {
            problems.reject("achieved", "Say whether the outcome was achieved (true or false)");
        }
        if (recordedOn == null) {
            problems.reject("recordedOn", "Enter the date it was known");
        } else if (recordedOn.isBefore(enrolledOn)) {
            problems.reject("recordedOn", "An outcome cannot be known before the tenant's enrolment");
        } else if (recordedOn.isAfter(today)) {
            problems.reject("recordedOn", "An outcome cannot be dated in the future");
        } else if (withdrawnOn != null && recordedOn.isAfter(withdrawnOn)) {
            problems.reject("recordedOn", "The tenant has withdrawn: nothing known after their withdrawal is recorded");
        } else if (measure == BinaryMeasure.TENANCY_SUSTAINED_M12 && Boolean.TRUE.equals(achieved)
                && recordedOn.isBefore(windowOpens(Timepoint.M12))) {
            problems.reject("recordedOn", "A tenancy counts as sustained for 12 months only from " + windowOpens(Timepoint.M12));
        }
        if (arm == null) {
            problems.reject("participant", "The participant is not randomised yet");
        }
        problems.throwIfAny();
        return new BinaryResult(this, measure, achieved, recordedOn, by);
    }

    private LocalDate windowOpens(Timepoint timepoint) {
        return timepoint.dueOn(enrolledOn).minusDays(Timepoint.WINDOW_DAYS);
    }

    /**
     * Records the withdrawal: the coded reason (for the evaluator; {@code null} is recorded as
     * {@link WithdrawalReason#NOT_CODED}) and the coordinator's own words (kept for them only).
     */
    public void withdraw(WithdrawalReason code, String reason, LocalDate on, LocalDate today) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String why = reason == null ? "" : reason.strip();
        problems.check(!why.isEmpty(), "reason", "Say why the tenant withdrew (for the CONSORT flow)");
        problems.check(why.length() <= 500, "reason", "Keep the reason to 500 characters");
        if (on == null) {
            problems.reject("on", "Enter the date they withdrew");
        } else if (on.isBefore(enrolledOn)) {
            problems.reject("on", "A withdrawal cannot be before the tenant's enrolment");
        } else if (on.isAfter(today)) {
            problems.reject("on", "A withdrawal cannot be dated in the future");
        }
        if (withdrawnOn != null) {
            problems.reject("on", "Already withdrawn on " + withdrawnOn);
        }
        problems.throwIfAny();
        withdrawnOn = on;
        withdrawalReason = why;
        withdrawalCode = code == null ? WithdrawalReason.NOT_CODED : code;
    }

    /** Marks this enrolment as following soon after a withdrawal in the same scheme (see {@code Enrolments}). */
    public void flagPossibleReenrolment() {
        possibleReenrolment = true;
    }

    public boolean isPossibleReenrolment() {
        return possibleReenrolment;
    }

    /** The coded withdrawal reason, {@code null} while the tenant takes part. */
    public WithdrawalReason getWithdrawalCode() {
        return withdrawalCode;
    }

    /** Gives a coached tenant a coach with room on their caseload. */
    public void assignCoach(Coach newCoach, long coachCaseload) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (arm == Arm.CONTROL) {
            problems.reject("coach", "A participant in the control group is never given a coach");
        } else if (arm == null) {
            problems.reject("coach", "A participant gets a coach only after randomisation to the coached arm");
        } else if (withdrawnOn != null) {
            problems.reject("coach", "The participant has withdrawn");
        } else if (newCoach == null) {
            problems.reject("coach", "Choose a coach");
        } else if (!newCoach.equals(coach) && !newCoach.hasRoomFor(coachCaseload)) {
            problems.reject("coach", newCoach.getUsername() + "'s caseload is full (" + newCoach.getCaseloadLimit() + ")");
        }
        problems.throwIfAny();
        coach = newCoach;
    }

    public Optional<Outcome> outcome(String instrumentCode, Timepoint timepoint) {
        return outcomes.stream()
                .filter(o -> o.getInstrument().getCode().equals(instrumentCode) && o.getTimepoint() == timepoint)
                .findFirst();
    }

    /** Where this participant's {@code timepoint} measure on {@code instrumentCode} stands today. */
    public MeasureStatus measureStatus(String instrumentCode, Timepoint timepoint, LocalDate today) {
        return MeasureStatus.of(timepoint, enrolledOn, outcome(instrumentCode, timepoint).map(Outcome::getRecordedOn).orElse(null),
                withdrawnOn, today);
    }

    public Programme getProgramme() {
        return programme;
    }

    public String getRef() {
        return ref;
    }

    public String getStudyCode() {
        return studyCode;
    }

    public String getScheme() {
        return scheme;
    }

    public LocalDate getConsentOn() {
        return consentOn;
    }

    public String getConsentBy() {
        return consentBy;
    }

    public String getConsentVersion() {
        return consentVersion;
    }

    public boolean isEligibilityConfirmed() {
        return eligibilityConfirmed;
    }

    public LocalDate getEnrolledOn() {
        return enrolledOn;
    }

    /** {@code null} until randomised. */
    public Arm getArm() {
        return arm;
    }

    public Coach getCoach() {
        return coach;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    /** The baseline band (e.g. B2) computed at enrolment, or {@code null} when the programme has no bands. */
    public String getBaselineBand() {
        return baselineBand;
    }

    public boolean isWithdrawn() {
        return withdrawnOn != null;
    }

    public List<Outcome> getOutcomes() {
        return List.copyOf(outcomes);
    }
}
