package org.ecdp.housing.privacy.boundary;

import jakarta.inject.Inject;
import org.ecdp.domain.organisation.boundary.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.privacy.entity.PersonalDataHolder;
import org.ecdp.domain.privacy.entity.ProcessingRecord;
import org.ecdp.domain.privacy.entity.RetentionDefault;
import org.ecdp.domain.time.Clocks;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.housing.coaching.entity.CoachingSession;
import org.ecdp.housing.enrolment.entity.BinaryResult;
import org.ecdp.housing.enrolment.entity.Outcome;
import org.ecdp.housing.enrolment.entity.Participant;

/**
 * The housing evaluation's part of data protection. A tenant is known by their participant
 * {@code ref}. Erasing them replaces the reference with a random one and removes the free-text
 * withdrawal reason; the participant stays in the trial under their random study code with
 * their arm, dates and scores, so CONSORT numbers and the analysis are unchanged, and the
 * allocation chain still verifies because it hashes the study code, not the reference
 * ({@code Allocation}). Without the reference the study code links to nobody.
 */
// reading answers anywhere; changing only inside the caller's transaction (an erasure commits or rolls back as one)
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HousingPersonalData implements PersonalDataHolder {

    public static final String ERASED_REF_PREFIX = "ERASED-";
    public static final String PARTICIPANT = "HOUSING_PARTICIPANT";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Tenancy tenancy;

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    @Override
    public String capability() {
        return "housing";
    }

    @Override
    public List<Map<String, Object>> find(String ref) {
        List<Map<String, Object>> held = new ArrayList<>();
        for (Participant p : participants(ref)) {
            Map<String, Object> participant = new LinkedHashMap<>();
            participant.put("id", p.getId());
            participant.put("programme", p.getProgramme().getName());
            participant.put("ref", p.getRef());
            participant.put("studyCode", p.getStudyCode());
            participant.put("scheme", p.getScheme());
            participant.put("consentOn", p.getConsentOn().toString());
            participant.put("consentBy", p.getConsentBy());
            participant.put("consentVersion", p.getConsentVersion());
            participant.put("eligibilityConfirmed", p.isEligibilityConfirmed());
            participant.put("enrolledOn", p.getEnrolledOn().toString());
            participant.put("arm", p.getArm() == null ? null : p.getArm().name());
            participant.put("baselineBand", p.getBaselineBand());
            participant.put("coach", p.getCoach() == null ? null : p.getCoach().getUsername());
            participant.put("withdrawnOn", p.getWithdrawnOn() == null ? null : p.getWithdrawnOn().toString());
            participant.put("withdrawalReason", p.getWithdrawalReason());
            participant.put("withdrawalCode", p.getWithdrawalCode() == null ? null : p.getWithdrawalCode().name());
            List<Map<String, Object>> outcomes = new ArrayList<>();
            for (Outcome o : p.getOutcomes()) {
                Map<String, Object> outcome = new LinkedHashMap<>();
                outcome.put("instrument", o.getInstrument().getCode());
                outcome.put("timepoint", o.getTimepoint().name());
                outcome.put("score", o.getScore());
                outcome.put("recordedOn", o.getRecordedOn().toString());
                outcome.put("recordedBy", o.getRecordedBy());
                outcomes.add(outcome);
            }
            participant.put("outcomes", outcomes);
            participant.put("binaryOutcomes", em.createNamedQuery(BinaryResult.OF_PARTICIPANT, BinaryResult.class)
                    .setParameter("participant", p).getResultStream().map(b -> {
                        Map<String, Object> outcome = new LinkedHashMap<>();
                        outcome.put("outcome", b.getMeasure().name());
                        outcome.put("achieved", b.isAchieved());
                        outcome.put("recordedOn", b.getRecordedOn().toString());
                        return outcome;
                    }).toList());
            participant.put("coachingSessions", em.createQuery("select s from CoachingSession s where s.participantId = :p order by s.heldOn",
                    CoachingSession.class).setParameter("p", p.getId()).getResultStream().map(s -> {
                        Map<String, Object> session = new LinkedHashMap<>();
                        session.put("heldOn", s.getHeldOn().toString());
                        session.put("minutes", s.getMinutes());
                        session.put("topics", s.getTopicLabels());
                        return session;
                    }).toList());
            held.add(participant);
        }
        return held;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int erase(String ref) {
        int changed = 0;
        for (Participant p : participants(ref)) {
            changed += eraseParticipant(p.getId(), p.getStudyCode(), p.getRef());
        }
        return changed;
    }

    private int eraseParticipant(long id, String studyCode, String ref) {
        em.flush();
        // only a chain that failed to verify before re-chaining (V2026_12_04_72) can still hold a reference
        em.createNativeQuery("UPDATE housing_allocation SET participant_ref = ? WHERE participant_ref = ?"
                        + " AND programme_id = (SELECT programme_id FROM housing_participant WHERE id = ?)")
                .setParameter(1, studyCode).setParameter(2, ref).setParameter(3, id).executeUpdate();
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        int changed = em.createNativeQuery("UPDATE housing_participant SET ref = ?, withdrawal_reason = NULL, version = version + 1 WHERE id = ?")
                .setParameter(1, ERASED_REF_PREFIX + HexFormat.of().withUpperCase().formatHex(random)).setParameter(2, id)
                .executeUpdate();
        Participant managed = em.find(Participant.class, id);
        if (managed != null) {
            em.refresh(managed);
        }
        return changed;
    }

    @Override
    public List<RetentionDefault> retentionDefaults() {
        return List.of(new RetentionDefault(PARTICIPANT, 72,
                "A closed programme's participants lose their reference and withdrawal reason (the pseudonymised trial data stays)",
                "Six years after the trial closes lets the findings be checked and questioned; after that the study codes need link to nobody"));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int applyRetention(String kind, LocalDate cutOff) {
        if (!PARTICIPANT.equals(kind)) {
            throw new IllegalArgumentException("Not a kind of housing: " + kind);
        }
        int changed = 0;
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("SELECT p.id, p.study_code, p.ref FROM housing_participant p"
                        + " JOIN housing_programme g ON g.id = p.programme_id WHERE p." + tenancy.ownRows() + " AND g.closed_at < ? AND p.ref NOT LIKE ?")
                .setParameter(1, Timestamp.from(cutOff.atStartOfDay(Clocks.ORGANISATION_ZONE).toInstant()))
                .setParameter(2, ERASED_REF_PREFIX + "%").getResultList();
        for (Object[] p : due) {
            changed += eraseParticipant(((Number) p[0]).longValue(), (String) p[1], (String) p[2]);
        }
        return changed;
    }

    @Override
    public List<ProcessingRecord> processing() {
        return List.of(new ProcessingRecord("housing",
                "Tenants in the life coaching trial: reference, scheme, consent, eligibility, arm, coach, wellbeing scores, "
                        + "yes/no outcomes, coaching sessions, withdrawal and its reason; evaluators see random study codes only",
                "Evaluating whether peer life coaching helps tenants sustain their tenancy (a randomised trial)",
                "Legitimate interests (UK GDPR Art. 6(1)(f)) in research, with the tenant's recorded consent to take part",
                "Art. 9(2)(j) research with Art. 89 safeguards (pseudonymised study codes): DPA 2018 Sch. 1 para 4",
                List.of(Role.COORDINATOR.name(), Role.COACH.name() + " (own caseload)", Role.EVALUATOR.name() + " (study codes only)",
                        Role.ADMIN.name() + " (subject access)"),
                List.of(PARTICIPANT)));
    }

    private List<Participant> participants(String ref) {
        return em.createQuery("select p from Participant p where p.ref = :ref order by p.id", Participant.class)
                .setParameter("ref", ref).getResultList();
    }
}
