package org.ecdp.mentoring.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ecdp.domain.event.DemoDataRequested;
import org.ecdp.domain.vocabulary.AvailabilitySlot;
import org.ecdp.domain.vocabulary.ImpairmentGroup;
import org.ecdp.domain.vocabulary.Locality;
import org.ecdp.mentoring.match.entity.GoalProgress;
import org.ecdp.mentoring.match.entity.Match;
import org.ecdp.mentoring.match.entity.MentoringSession;
import org.ecdp.mentoring.matching.entity.Goal;
import org.ecdp.mentoring.matching.entity.VolunteerStatus;
import org.ecdp.mentoring.request.entity.MentoringRequest;
import org.ecdp.mentoring.request.entity.RequestDraft;
import org.ecdp.mentoring.volunteer.entity.Volunteer;
import org.ecdp.mentoring.volunteer.entity.VolunteerDraft;

/**
 * The demo's peer mentoring: fifteen volunteers (most active and trained; one still applying,
 * one paused, one whose old certificate has no Update Service, and only some cleared for the
 * adults' barred list) and twenty people waiting between a week and seven months, some wanting
 * help with money or health appointments, so a run shows safeguarding at work. Seeded once.
 */
@ApplicationScoped
@Transactional
public class MentoringDemoData {

    static final String SEEDED_BY = "demo";

    private static final String[] NAMES = {"Aisha Khan", "Ben Carter", "Chloe Evans", "Dev Patel", "Ella Brooks",
        "Femi Adeyemi", "Grace Hall", "Harry Moss", "Isla Reid", "Jamal Ortiz", "Kate Lowe", "Liam Shaw",
        "Maya Singh", "Noah Price", "Olivia Ward"};

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    void seed(@Observes DemoDataRequested demo) {
        long already = em.createQuery("select count(v) from Volunteer v where v.createdBy = :d", Long.class)
                .setParameter("d", SEEDED_BY).getSingleResult();
        if (already > 0) {
            return;
        }
        LocalDate today = demo.today();
        Random random = new Random(20261126L);
        Locality[] districts = Locality.values();
        for (int i = 0; i < NAMES.length; i++) {
            boolean barredList = i % 3 == 0;
            String status = i == 13 ? "APPLIED" : i == 14 ? "PAUSED" : "ACTIVE";
            LocalDate dbsIssued = i == 12 ? today.minusYears(4) : today.minusDays(30 + random.nextInt(700));
            if (i == 11) {
                dbsIssued = today.minusYears(3).plusDays(25); // due for renewal in 25 days: on the dashboard
            }
            em.persist(new Volunteer(new VolunteerDraft(NAMES[i],
                    NAMES[i].toLowerCase().replace(' ', '.') + "@example.org", "01245 " + (600000 + i * 1111),
                    districts[i % (districts.length - 1)].name(), i % 4 == 0, 10 + random.nextInt(25), 1 + random.nextInt(3),
                    codes(Goal.values(), random, 3, barredList), pick(List.of("en", "pl", "bsl", "ur", "pa"), i),
                    i % 2 == 0 ? List.of(ImpairmentGroup.values()[i % 7].name()) : List.of(),
                    slots(random, 6), i % 5 == 0 ? List.of("STEP_FREE", "LARGE_PRINT") : List.of("STEP_FREE"),
                    barredList ? "ENHANCED_BARRED_ADULTS" : "ENHANCED", dbsIssued, false,
                    i == 13 ? null : today.minusDays(60 + random.nextInt(300)), status),
                    SEEDED_BY, today.atStartOfDay().toInstant(ZoneOffset.UTC), today));
        }
        for (int i = 0; i < 20; i++) {
            List<String> goals = new ArrayList<>(codes(Goal.values(), random, 2, i % 5 == 0));
            em.persist(new MentoringRequest(new RequestDraft("MR-" + (1001 + i), districts[(i * 3) % (districts.length - 1)].name(),
                    i % 3 == 0, goals, i % 6 == 0 ? List.of("bsl", "en") : i % 7 == 0 ? List.of("pl", "en") : List.of("en"),
                    i % 2 == 0 ? ImpairmentGroup.values()[i % 7].name() : null, slots(random, 5),
                    i % 6 == 0 ? List.of("BSL") : i % 4 == 0 ? List.of("STEP_FREE") : List.of(),
                    today.minusDays(7 + random.nextInt(210)), null),
                    null, "coordinator", today.atStartOfDay().toInstant(ZoneOffset.UTC), today));
        }
        em.flush();
        seedHistory(today);
    }

    /**
     * Four people matched in past months, with sessions and goal progress (one after a declined
     * proposal, one reviewed), so the journey and the dashboard have something to show. Each
     * pair is safe: a trained, cleared volunteer who offers the person's (unregulated) goal.
     */
    private void seedHistory(LocalDate today) {
        List<Volunteer> active = em.createQuery("select v from Volunteer v where v.createdBy = :d and v.status = :s order by v.id", Volunteer.class)
                .setParameter("d", SEEDED_BY).setParameter("s", VolunteerStatus.ACTIVE).getResultList().stream()
                .filter(v -> v.getDbs() != null && v.getDbs().countsOn(today) && v.getTrainingCompletedOn() != null)
                .filter(v -> v.getSkills().stream().anyMatch(g -> !g.isRegulatedActivity())).toList();
        String[] done = {"Looked at college courses and the application form", "Practised the bus route to the college",
            "Talked through the interview and what to wear", "Went over a CV together"};
        String[] places = {"Chelmsford library", "Remote (video call)", "Community cafe"};
        for (int k = 0; k < 4 && k + 1 < active.size(); k++) {
            Volunteer mentor = active.get(k);
            Goal goal = mentor.getSkills().stream().filter(g -> !g.isRegulatedActivity()).findFirst().orElseThrow();
            LocalDate referred = today.minusDays(200 - 30L * k);
            MentoringRequest person = new MentoringRequest(new RequestDraft("MR-09" + (11 + k), mentor.getDistrict().name(), true,
                    List.of(goal.name()), List.of("en"), null, List.of(), List.of(), referred, null),
                    null, "coordinator", referred.atStartOfDay().toInstant(ZoneOffset.UTC), referred);
            em.persist(person);
            LocalDate proposed = referred.plusDays(14 + 9L * k);
            if (k == 0) {
                Match declined = new Match(person, active.get(active.size() - 1), null, 60, referred.plusDays(7), "coordinator");
                declined.propose(referred.plusDays(7), "coordinator");
                declined.decline("Preferred someone who could meet in the evenings", referred.plusDays(10), "coordinator");
                em.persist(declined);
            }
            Match match = new Match(person, mentor, null, 70 + k, proposed, "coordinator");
            match.propose(proposed, "coordinator");
            LocalDate firstMeeting = proposed.plusDays(7);
            match.introduce(firstMeeting, proposed.plusDays(3), "coordinator");
            match.activate(firstMeeting, "coordinator");
            if (k == 0) {
                match.review("Going well; growing in confidence", firstMeeting.plusWeeks(6), "coordinator");
            }
            em.persist(match);
            for (int j = 0; j < 3; j++) {
                LocalDate held = firstMeeting.plusDays(14L * j);
                if (held.isAfter(today)) {
                    break;
                }
                em.persist(new MentoringSession(match, held, 60 + 15 * j, done[(k + j) % done.length], places[(k + j) % places.length],
                        today, "coordinator"));
                em.persist(new GoalProgress(match, goal.name(), 3 + 2 * j, j == 0 ? "Just starting" : null, held, "coordinator"));
            }
        }
    }

    private static List<String> pick(List<String> languages, int i) {
        return i % 3 == 0 ? List.of("en", languages.get(i % languages.size())) : List.of("en");
    }

    /** A few codes; regulated-activity goals only when {@code regulated}. */
    private static List<String> codes(Goal[] goals, Random random, int n, boolean regulated) {
        List<String> out = new ArrayList<>();
        while (out.size() < n) {
            Goal g = goals[random.nextInt(goals.length)];
            if ((regulated || !g.isRegulatedActivity()) && !out.contains(g.name())) {
                out.add(g.name());
            }
        }
        if (regulated && out.stream().noneMatch(c -> Goal.valueOf(c).isRegulatedActivity())) {
            out.set(0, Goal.MONEY_MANAGEMENT.name());
        }
        return out;
    }

    private static List<String> slots(Random random, int n) {
        List<String> out = new ArrayList<>();
        while (out.size() < n) {
            String s = AvailabilitySlot.values()[random.nextInt(AvailabilitySlot.values().length)].name();
            if (!out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }
}
