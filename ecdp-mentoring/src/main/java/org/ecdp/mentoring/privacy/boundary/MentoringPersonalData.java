package org.ecdp.mentoring.privacy.boundary;

import jakarta.inject.Inject;
import org.ecdp.domain.organisation.boundary.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ecdp.domain.privacy.control.AuditScrub;
import org.ecdp.domain.privacy.entity.PersonalDataHolder;
import org.ecdp.domain.privacy.entity.ProcessingRecord;
import org.ecdp.domain.privacy.entity.RetentionDefault;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.mentoring.match.entity.GoalProgress;
import org.ecdp.mentoring.match.entity.Match;
import org.ecdp.mentoring.match.entity.MentoringSession;
import org.ecdp.mentoring.request.entity.MentoringRequest;
import org.ecdp.mentoring.volunteer.entity.Volunteer;

/**
 * Mentoring's part of data protection. A person is known by their request's {@code ref}; a
 * volunteer by their id. Erasing a person keeps their requests and matches as counts (district,
 * goals, dates, stages: the dashboard's figures stay true) and removes the reference (replaced by
 * a random one that links to nobody), what was said about them (review notes, reasons, outcome,
 * what a session did and where, goal notes) and every quotation of the reference in a stored
 * match run.
 */
// reading answers anywhere; changing only inside the caller's transaction (an erasure commits or rolls back as one)
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MentoringPersonalData implements PersonalDataHolder {

    public static final String ERASED = "[erased]";
    public static final String ERASED_REF_PREFIX = "ERASED-";
    public static final String CLOSED = "MENTORING_CLOSED";
    public static final String VOLUNTEER_LEFT = "VOLUNTEER_LEFT";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Tenancy tenancy;

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    @Override
    public String capability() {
        return "mentoring";
    }

    @Override
    public List<Map<String, Object>> find(String ref) {
        List<Map<String, Object>> held = new ArrayList<>();
        for (MentoringRequest r : requests(ref)) {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("id", r.getId());
            request.put("ref", r.getRef());
            request.put("district", r.getDistrict().name());
            request.put("remoteOk", r.isRemoteOk());
            request.put("goals", names(r.getGoals()));
            request.put("languages", r.getLanguages());
            request.put("sharedExperience", r.getSharedExperience() == null ? null : r.getSharedExperience().name());
            request.put("availability", names(r.getAvailability()));
            request.put("accessNeeds", names(r.getAccessNeeds()));
            request.put("referredOn", r.getReferredOn().toString());
            request.put("referredBy", r.getReferredBy());
            request.put("referringService", r.getReferringService() == null ? null : r.getReferringService().getName());
            request.put("withdrawn", r.isWithdrawn());
            List<Map<String, Object>> matches = new ArrayList<>();
            for (Match m : matches(r.getId())) {
                Map<String, Object> match = new LinkedHashMap<>();
                match.put("id", m.getId());
                match.put("volunteer", m.getVolunteer().getId());
                match.put("stage", m.getStage().name());
                match.put("suggestedOn", text(m.getSuggestedOn()));
                match.put("introducedOn", text(m.getIntroducedOn()));
                match.put("activeFrom", text(m.getActiveFrom()));
                match.put("reviewsDone", m.getReviewsDone());
                match.put("reviewNotes", m.getReviewNotes());
                match.put("declinedOn", text(m.getDeclinedOn()));
                match.put("declinedReason", m.getDeclinedReason());
                match.put("closedOn", text(m.getClosedOn()));
                match.put("closingReason", m.getClosingReason() == null ? null : m.getClosingReason().name());
                match.put("outcome", m.getOutcome());
                match.put("sessions", em.createQuery("select s from MentoringSession s where s.match = :m order by s.heldOn, s.id",
                        MentoringSession.class).setParameter("m", m).getResultStream().map(s -> {
                            Map<String, Object> session = new LinkedHashMap<>();
                            session.put("heldOn", s.getHeldOn().toString());
                            session.put("minutes", s.getMinutes());
                            session.put("whatWasDone", s.getWhatWasDone());
                            session.put("place", s.getPlace());
                            session.put("recordedBy", s.getRecordedBy());
                            return session;
                        }).toList());
                match.put("goalProgress", em.createQuery("select g from GoalProgress g where g.match = :m order by g.recordedOn, g.id",
                        GoalProgress.class).setParameter("m", m).getResultStream().map(g -> {
                            Map<String, Object> progress = new LinkedHashMap<>();
                            progress.put("goal", g.getGoal().name());
                            progress.put("score", g.getScore());
                            progress.put("notes", g.getNotes());
                            progress.put("recordedOn", g.getRecordedOn().toString());
                            return progress;
                        }).toList());
                matches.add(match);
            }
            request.put("matches", matches);
            held.add(request);
        }
        return held;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int erase(String ref) {
        int changed = 0;
        for (MentoringRequest r : requests(ref)) {
            changed += eraseRequest(r.getId(), r.getRef());
        }
        return changed;
    }

    private int eraseRequest(long requestId, String ref) {
        String matchesOf = "SELECT id FROM mentoring_match WHERE request_id = ?";
        int sessions = em.createNativeQuery("UPDATE mentoring_session SET what_was_done = ?, place = ?, version = version + 1"
                        + " WHERE match_id IN (" + matchesOf + ")")
                .setParameter(1, ERASED).setParameter(2, ERASED).setParameter(3, requestId).executeUpdate();
        int progress = em.createNativeQuery("UPDATE mentoring_goal_progress SET notes = NULL, version = version + 1"
                        + " WHERE match_id IN (" + matchesOf + ")")
                .setParameter(1, requestId).executeUpdate();
        int matches = em.createNativeQuery("UPDATE mentoring_match SET review_notes = NULL, declined_reason = NULL,"
                        + " outcome = NULL, version = version + 1 WHERE request_id = ?")
                .setParameter(1, requestId).executeUpdate();
        em.createNativeQuery("UPDATE mentoring_pair_rule SET reason = NULL, version = version + 1 WHERE request_id = ?")
                .setParameter(1, requestId).executeUpdate();
        int requests = em.createNativeQuery("UPDATE mentoring_request SET ref = ?, version = version + 1 WHERE id = ?")
                .setParameter(1, ERASED_REF_PREFIX + HexFormat.of().withUpperCase().formatHex(randomBytes()))
                .setParameter(2, requestId).executeUpdate();
        scrubRuns(ref);
        return requests + matches + sessions + progress;
    }

    /** A stored match run quotes the references it matched (in its answer and its reasons). */
    private void scrubRuns(String ref) {
        Pattern whole = AuditScrub.wholeWord(ref);
        @SuppressWarnings("unchecked")
        List<Object[]> runs = em.createNativeQuery("SELECT id, result_json, scores_json FROM mentoring_match_run"
                        + " WHERE " + tenancy.ownRows() + " AND (result_json LIKE ? OR scores_json LIKE ?)")
                .setParameter(1, "%" + ref + "%").setParameter(2, "%" + ref + "%").getResultList();
        for (Object[] run : runs) {
            em.createNativeQuery("UPDATE mentoring_match_run SET result_json = ?, scores_json = ?, version = version + 1 WHERE id = ?")
                    .setParameter(1, AuditScrub.replace(whole, (String) run[1]))
                    .setParameter(2, AuditScrub.replace(whole, (String) run[2]))
                    .setParameter(3, ((Number) run[0]).longValue()).executeUpdate();
        }
    }

    /** Everything held about a volunteer. */
    public Map<String, Object> findVolunteer(long id) {
        Volunteer v = em.find(Volunteer.class, id);
        if (v == null) {
            return null;
        }
        Map<String, Object> held = new LinkedHashMap<>();
        held.put("id", v.getId());
        held.put("name", v.getName());
        held.put("email", v.getEmail());
        held.put("phone", v.getPhone());
        held.put("district", v.getDistrict().name());
        held.put("travelKm", v.getTravelKm());
        held.put("capacity", v.getCapacity());
        held.put("skills", names(v.getSkills()));
        held.put("languages", v.getLanguages());
        held.put("livedExperience", names(v.getLivedExperience()));
        held.put("availability", names(v.getAvailability()));
        held.put("accessSupport", names(v.getAccessSupport()));
        held.put("dbs", v.getDbs() == null ? null : v.getDbs().toString());
        held.put("trainingCompletedOn", text(v.getTrainingCompletedOn()));
        held.put("status", v.getStatus().name());
        held.put("registeredAt", v.getCreatedAt().toString());
        held.put("matches", em.createQuery("select m from MentoringMatch m where m.volunteer = :v order by m.id", Match.class)
                .setParameter("v", v).getResultStream().map(m -> Map.of("id", m.getId(), "stage", m.getStage().name())).toList());
        return held;
    }

    /**
     * Erases a volunteer's name, contact details and lived experience; their matches stay as
     * counts. Returns 1, or 0 when there is no such volunteer.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int eraseVolunteer(long id) {
        Volunteer v = em.find(Volunteer.class, id);
        if (v == null) {
            return 0;
        }
        String name = v.getName();
        em.flush();
        int changed = em.createNativeQuery("UPDATE mentoring_volunteer SET name = ?, email = NULL, phone = NULL,"
                        + " lived_experience = '', version = version + 1 WHERE id = ?")
                .setParameter(1, ERASED).setParameter(2, id).executeUpdate();
        if (name != null && !name.isBlank() && !ERASED.equals(name)) {
            scrubRuns(name);
        }
        em.refresh(v);
        return changed;
    }

    @Override
    public List<RetentionDefault> retentionDefaults() {
        return List.of(
                new RetentionDefault(CLOSED, 72, "A closed or withdrawn mentoring request loses its reference and what was said in its matches and sessions",
                        "Six years after the mentoring ended answers a claim about it (Limitation Act 1980) and a funder's audit"),
                new RetentionDefault(VOLUNTEER_LEFT, 12, "A volunteer who left loses their name, contact details and lived experience",
                        "A year after leaving covers a reference request and the DBS renewal records; the organisation has no other need of them"));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int applyRetention(String kind, LocalDate cutOff) {
        return switch (kind) {
            case CLOSED -> {
                @SuppressWarnings("unchecked")
                List<Object[]> ended = em.createNativeQuery("SELECT r.id, r.ref FROM mentoring_request r WHERE r." + tenancy.ownRows() + " AND r.ref NOT LIKE '"
                                + ERASED_REF_PREFIX + "%' AND ((r.withdrawn = TRUE AND r.referred_on < ?)"
                                + " OR (EXISTS (SELECT 1 FROM mentoring_match m WHERE m.request_id = r.id AND m.closed_on < ?)"
                                + " AND NOT EXISTS (SELECT 1 FROM mentoring_match m WHERE m.request_id = r.id"
                                + " AND (m.closed_on IS NULL OR m.closed_on >= ?) AND m.declined_on IS NULL)))")
                        .setParameter(1, cutOff).setParameter(2, cutOff).setParameter(3, cutOff).getResultList();
                int changed = 0;
                for (Object[] request : ended) {
                    changed += eraseRequest(((Number) request[0]).longValue(), (String) request[1]);
                }
                yield changed;
            }
            case VOLUNTEER_LEFT -> {
                Instant before = cutOff.atStartOfDay(org.ecdp.domain.time.Clocks.ORGANISATION_ZONE).toInstant();
                int changed = 0;
                for (Volunteer v : em.createQuery("select v from Volunteer v where v.status = org.ecdp.mentoring.matching.entity.VolunteerStatus.LEFT"
                        + " and v.name <> :erased", Volunteer.class).setParameter("erased", ERASED).getResultList()) {
                    // the day they left is the audit trail's record of the status change
                    Instant left = em.createQuery("select a.at from AuditRecord a where a.action = 'mentoring.volunteer.status'"
                                    + " and a.target = :target and a.detail = 'LEFT' order by a.at desc", Instant.class)
                            .setParameter("target", "volunteer " + v.getId()).setMaxResults(1).getResultStream().findFirst().orElse(null);
                    if ((left == null ? v.getCreatedAt() : left).isBefore(before)) {
                        changed += eraseVolunteer(v.getId());
                    }
                }
                yield changed;
            }
            default -> throw new IllegalArgumentException("Not a kind of mentoring: " + kind);
        };
    }

    @Override
    public List<ProcessingRecord> processing() {
        return List.of(
                new ProcessingRecord("mentoring", "A person's request for a mentor: reference, district, goals, languages, "
                        + "availability, access needs, shared impairment experience wanted; matches, sessions (what was done, where), "
                        + "goal progress and notes",
                        "Matching disabled people with peer mentors and following their progress",
                        "Legitimate interests (UK GDPR Art. 6(1)(f)): a peer support service the person asked for",
                        "Art. 9(2)(d): a not-for-profit body's processing about people in regular contact with it, with safeguards",
                        List.of(Role.COORDINATOR.name(), Role.STAFF.name() + " (own referrals, never the volunteer)",
                                Role.ADMIN.name() + " (subject access)"),
                        List.of(CLOSED)),
                new ProcessingRecord("mentoring", "Volunteers: name, e-mail, phone, district, skills, languages, lived experience, "
                        + "availability, DBS certificate, training date",
                        "Recruiting, checking and matching volunteer mentors",
                        "Legitimate interests (Art. 6(1)(f)); DBS checks: legal obligation (Art. 6(1)(c)) for regulated activity",
                        "Art. 9(2)(d) for lived experience; criminal records: DPA 2018 Sch. 1 para 6 and 10 (safeguarding)",
                        List.of(Role.COORDINATOR.name(), Role.ADMIN.name() + " (subject access)"),
                        List.of(VOLUNTEER_LEFT)));
    }

    private List<MentoringRequest> requests(String ref) {
        return em.createQuery("select r from MentoringRequest r where upper(r.ref) = :ref order by r.id", MentoringRequest.class)
                .setParameter("ref", ref).getResultList();
    }

    private List<Match> matches(long requestId) {
        return em.createQuery("select m from MentoringMatch m where m.request.id = :id order by m.id", Match.class)
                .setParameter("id", requestId).getResultList();
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static List<String> names(java.util.Collection<? extends Enum<?>> codes) {
        return codes.stream().map(Enum::name).sorted().collect(Collectors.toList());
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
