package org.ecdp.web.housing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.coaching.boundary.Coaching;
import org.ecdp.housing.coach.entity.Coach;
import org.ecdp.housing.programme.boundary.Programmes;
import org.ecdp.housing.enrolment.boundary.Enrolments;
import org.ecdp.housing.enrolment.boundary.Outcomes;
import org.ecdp.housing.enrolment.entity.EnrolmentDraft;
import org.ecdp.housing.enrolment.entity.Participant;
import org.ecdp.housing.programme.entity.Programme;
import org.ecdp.housing.enrolment.entity.WithdrawalReason;
import org.ecdp.web.shell.Messages;

/**
 * /housing/enrolment.xhtml: the coordinator enrols a consenting, eligible tenant with their
 * baseline score; the arm is shown once, after randomisation, and never in the list of the
 * programme's participants (an enroller who saw earlier arms could foretell the next). Below,
 * the shared yes/no outcome form and a form to record a withdrawal with its coded reason.
 */
@Named
@ViewScoped
public class EnrolmentBacking implements Serializable {

    static final Map<String, String> FIELDS = Map.of("ref", "enrol:ref", "scheme", "enrol:scheme", "consent", "enrol:consent",
            "consentOn", "enrol:consentOn", "consentVersion", "enrol:consentVersion",
            "eligibilityConfirmed", "enrol:eligibilityConfirmed", "baseline.instrument", "enrol:baselineInstrument",
            "baseline.score", "enrol:baselineScore", "programme", "enrol:ref", "eligibility", "enrol:eligibility");
    static final Map<String, String> WITHDRAWAL_FIELDS = Map.of("participant", "withdraw:participant", "reason", "withdraw:reason",
            "on", "withdraw:withdrawnOn", "reasonCode", "withdraw:reasonCode");

    @Inject
    transient Programmes programmes;

    @Inject
    transient Enrolments enrolments;

    @Inject
    transient Outcomes outcomes;

    @Inject
    transient Coaching coaching;

    @Inject
    transient Clock clock;

    private Long programmeId;
    private Programme programme;
    private List<Programme> recruiting;
    private List<Participant> participants;

    private String ref;
    private String scheme;
    private boolean consent;
    private LocalDate consentOn;
    private String consentVersion;
    private boolean eligibilityConfirmed;
    private String baselineInstrument;
    private Double baselineScore;

    private List<String> eligibility = new ArrayList<>();

    private BinaryOutcomeForm binary;

    private Long coachParticipant;
    private String coachUsername;
    private List<String> coaches;

    private Long withdrawParticipant;
    private String withdrawalReason;
    private WithdrawalReason withdrawalCode;
    private LocalDate withdrawnOn;

    @PostConstruct
    void init() {
        recruiting = programmes.all().stream().filter(Programme::isRecruiting).toList();
        consentOn = LocalDate.now(clock);
        withdrawnOn = consentOn;
        binary = new BinaryOutcomeForm(consentOn);
        coaches = coaching.coaches().stream().map(Coach::getUsername).toList();
    }

    /** f:viewAction: the chosen programme, or the first recruiting one. */
    public void load() {
        programme = recruiting.stream().filter(p -> p.getId().equals(programmeId)).findFirst()
                .orElse(recruiting.isEmpty() ? null : recruiting.get(0));
        if (programme != null) {
            programmeId = programme.getId();
            participants = enrolments.participants(programmeId);
            if (baselineInstrument == null) {
                baselineInstrument = programme.getInstruments().get(0);
            }
        }
    }

    public String enrol() {
        try {
            List<String> criteria = programme.getEligibility();
            List<Boolean> confirmed = criteria.isEmpty() ? null
                    : java.util.stream.IntStream.range(0, criteria.size()).mapToObj(i -> eligibility.contains(Integer.toString(i))).toList();
            Participant p = enrolments.enrol(programmeId, new EnrolmentDraft(ref, scheme, consent, consentOn, consentVersion,
                    criteria.isEmpty() ? eligibilityConfirmed : null, baselineInstrument, baselineScore, confirmed));
            Messages.info(p.getRef() + " is enrolled and randomised to " + p.getArm()
                    + (p.getCoach() == null ? "" : ", with coach " + p.getCoach().getUsername()) + ".");
            return "/housing/enrolment?faces-redirect=true&programme=" + programmeId;
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, FIELDS);
            return null;
        }
    }

    public String recordBinary() {
        return binary.record(outcomes) ? "/housing/enrolment?faces-redirect=true&programme=" + programmeId : null;
    }

    /** One item of the eligibility checklist: its position (the value sent) and wording. */
    public record Criterion(String index, String text) implements Serializable {
    }

    /** The checklist as choices, in the programme's order. */
    public List<Criterion> getCriteria() {
        List<String> list = programme == null ? List.of() : programme.getEligibility();
        List<Criterion> criteria = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            criteria.add(new Criterion(Integer.toString(i), list.get(i)));
        }
        return criteria;
    }

    public List<Participant> getRandomised() {
        return participants == null ? List.of() : participants.stream().filter(p -> p.getArm() != null).toList();
    }

    public BinaryOutcomeForm getBinary() { return binary; }
    public List<String> getEligibility() { return eligibility; }
    public void setEligibility(List<String> eligibility) { this.eligibility = eligibility; }

    public String withdraw() {
        try {
            if (withdrawParticipant == null) {
                throw InvalidInput.of("participant", "Choose who withdrew");
            }
            if (withdrawalCode == null) {
                throw InvalidInput.of("reasonCode", "Choose the kind of reason");
            }
            Participant p = enrolments.withdraw(withdrawParticipant, withdrawalCode, withdrawalReason, withdrawnOn);
            Messages.info(p.getRef() + "'s withdrawal is recorded.");
            return "/housing/enrolment?faces-redirect=true&programme=" + programmeId;
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, WITHDRAWAL_FIELDS);
            return null;
        }
    }

    public String assignCoach() {
        try {
            if (coachParticipant == null) {
                throw InvalidInput.of("participant", "Choose a coached tenant");
            }
            Participant p = coaching.assignCoach(coachParticipant, coachUsername);
            Messages.info(p.getRef() + " is now coached by " + p.getCoach().getUsername() + ".");
            return "/housing/enrolment?faces-redirect=true&programme=" + programmeId;
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, Map.of("participant", "assign:coachParticipant", "coach", "assign:coach"));
            return null;
        }
    }

    /** Coached tenants still without a coach (every coach was full when they were randomised). */
    public List<Participant> getAwaitingCoach() {
        return participants == null ? List.of() : participants.stream()
                .filter(p -> p.getArm() == Arm.COACHED && p.getCoach() == null && !p.isWithdrawn()).toList();
    }

    public List<String> getCoaches() { return coaches; }
    public Long getCoachParticipant() { return coachParticipant; }
    public void setCoachParticipant(Long coachParticipant) { this.coachParticipant = coachParticipant; }
    public String getCoachUsername() { return coachUsername; }
    public void setCoachUsername(String coachUsername) { this.coachUsername = coachUsername; }

    public List<Participant> getActiveParticipants() {
        return participants == null ? List.of() : participants.stream().filter(p -> !p.isWithdrawn()).toList();
    }

    public List<Programme> getRecruiting() { return recruiting; }
    public Programme getProgramme() { return programme; }
    public List<Participant> getParticipants() { return participants; }
    public Long getProgrammeId() { return programmeId; }
    public void setProgrammeId(Long programmeId) { this.programmeId = programmeId; }
    public String getRef() { return ref; }
    public void setRef(String ref) { this.ref = ref; }
    public String getScheme() { return scheme; }
    public void setScheme(String scheme) { this.scheme = scheme; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
    public LocalDate getConsentOn() { return consentOn; }
    public void setConsentOn(LocalDate consentOn) { this.consentOn = consentOn; }
    public String getConsentVersion() { return consentVersion; }
    public void setConsentVersion(String consentVersion) { this.consentVersion = consentVersion; }
    public boolean isEligibilityConfirmed() { return eligibilityConfirmed; }
    public void setEligibilityConfirmed(boolean eligibilityConfirmed) { this.eligibilityConfirmed = eligibilityConfirmed; }
    public String getBaselineInstrument() { return baselineInstrument; }
    public void setBaselineInstrument(String baselineInstrument) { this.baselineInstrument = baselineInstrument; }
    public Double getBaselineScore() { return baselineScore; }
    public void setBaselineScore(Double baselineScore) { this.baselineScore = baselineScore; }
    public Long getWithdrawParticipant() { return withdrawParticipant; }
    public void setWithdrawParticipant(Long withdrawParticipant) { this.withdrawParticipant = withdrawParticipant; }
    public String getWithdrawalReason() { return withdrawalReason; }
    public void setWithdrawalReason(String withdrawalReason) { this.withdrawalReason = withdrawalReason; }
    public LocalDate getWithdrawnOn() { return withdrawnOn; }
    public WithdrawalReason getWithdrawalCode() { return withdrawalCode; }
    public void setWithdrawalCode(WithdrawalReason withdrawalCode) { this.withdrawalCode = withdrawalCode; }
    public List<WithdrawalReason> getWithdrawalCodes() { return List.of(WithdrawalReason.values()).subList(0, WithdrawalReason.values().length - 1); }
    public void setWithdrawnOn(LocalDate withdrawnOn) { this.withdrawnOn = withdrawnOn; }
}
