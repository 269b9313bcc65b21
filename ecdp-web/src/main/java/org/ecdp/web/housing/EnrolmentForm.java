package org.ecdp.web.housing;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.housing.enrolment.boundary.Enrolments;
import org.ecdp.housing.enrolment.entity.EnrolmentDraft;
import org.ecdp.housing.enrolment.entity.Participant;
import org.ecdp.housing.programme.entity.Programme;
import org.ecdp.web.shell.Messages;

/**
 * The enrolment page's "Enrol a tenant" form: reference, scheme, consent, the eligibility
 * checklist (or one confirmation when the programme has none) and the baseline score. The arm
 * is announced once, in the message after randomisation.
 */
public class EnrolmentForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final Map<String, String> FIELDS = Map.of("ref", "enrol:ref", "scheme", "enrol:scheme", "consent", "enrol:consent",
            "consentOn", "enrol:consentOn", "consentVersion", "enrol:consentVersion",
            "eligibilityConfirmed", "enrol:eligibilityConfirmed", "baseline.instrument", "enrol:baselineInstrument",
            "baseline.score", "enrol:baselineScore", "programme", "enrol:ref", "eligibility", "enrol:eligibility");

    /** One item of the eligibility checklist: its position (the value sent) and wording. */
    public record Criterion(String index, String text) implements Serializable {
    }

    private String ref;
    private String scheme;
    private boolean consent;
    private LocalDate consentOn;
    private String consentVersion;
    private boolean eligibilityConfirmed;
    private String baselineInstrument;
    private Double baselineScore;
    private ArrayList<String> eligibility = new ArrayList<>();
    private final ArrayList<Criterion> criteria = new ArrayList<>();

    public EnrolmentForm(LocalDate today) {
        this.consentOn = today;
    }

    /** The programme's checklist, and its first instrument as the baseline's until the coordinator chooses another. */
    void forProgramme(Programme programme) {
        if (baselineInstrument == null) {
            baselineInstrument = programme.getInstruments().get(0);
        }
        List<String> list = programme.getEligibility();
        criteria.clear();
        IntStream.range(0, list.size()).forEach(i -> criteria.add(new Criterion(Integer.toString(i), list.get(i))));
    }

    /** Enrols and randomises the tenant; {@code true} when saved, else the problems are shown at their fields. */
    public boolean enrol(Enrolments enrolments, Programme programme) {
        try {
            List<String> criteria = programme.getEligibility();
            List<Boolean> confirmed = criteria.isEmpty() ? null
                    : IntStream.range(0, criteria.size()).mapToObj(i -> eligibility.contains(Integer.toString(i))).toList();
            Participant p = enrolments.enrol(programme.getId(), new EnrolmentDraft(ref, scheme, consent, consentOn, consentVersion,
                    criteria.isEmpty() ? eligibilityConfirmed : null, baselineInstrument, baselineScore, confirmed));
            Messages.info(p.getRef() + " is enrolled and randomised to " + p.getArm()
                    + (p.getCoach() == null ? "" : ", with coach " + p.getCoach().getUsername()) + ".");
            return true;
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, FIELDS);
            return false;
        }
    }

    /** The checklist as choices, in the programme's order. */
    public List<Criterion> getCriteria() { return criteria; }
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
    public List<String> getEligibility() { return eligibility; }
    public void setEligibility(List<String> eligibility) { this.eligibility = eligibility == null ? null : new ArrayList<>(eligibility); }
}
