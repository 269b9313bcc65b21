package org.ecdp.housing.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.ecdp.domain.event.DemoDataRequested;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.coach.entity.Coach;
import org.ecdp.housing.coaching.entity.CoachedTenant;
import org.ecdp.housing.coaching.entity.CoachingSession;
import org.ecdp.housing.coaching.entity.CoachingTopic;
import org.ecdp.housing.instrument.entity.Instrument;
import org.ecdp.housing.enrolment.boundary.Enrolments;
import org.ecdp.housing.instrument.boundary.Instruments;
import org.ecdp.housing.programme.boundary.Programmes;
import org.ecdp.housing.enrolment.entity.BinaryMeasure;
import org.ecdp.housing.enrolment.entity.EnrolmentDraft;
import org.ecdp.housing.enrolment.entity.Participant;
import org.ecdp.housing.programme.entity.Programme;
import org.ecdp.housing.programme.entity.ProgrammeDraft;
import org.ecdp.housing.enrolment.entity.Timepoint;

/**
 * The demo's supported housing data: the {@code HOME_WELLBEING} instrument (written for this
 * project, not a licensed one), the demo user {@code coach} as a peer life coach, and a pilot
 * programme in three schemes with sixteen tenants enrolled seven months ago through the real
 * randomiser, their 3-month scores, some 6-month scores, coaching sessions and one withdrawal.
 * Seeded once: a second start finds the programme and adds nothing.
 */
@ApplicationScoped
@Transactional
public class HousingDemoData {

    public static final String INSTRUMENT = "HOME_WELLBEING";
    public static final String PROGRAMME = "Peer life coaching pilot";

    static final List<String> HOME_WELLBEING_ITEMS = List.of(
            "I feel settled in my home",
            "I can keep on top of my rent and bills",
            "I know who to contact when something in my home needs fixing",
            "I get on with the people I live near",
            "I can look after myself day to day in the way I choose",
            "I feel safe where I live",
            "I have people I can turn to",
            "I do things I enjoy outside my home",
            "I feel in control of decisions about my support",
            "I feel hopeful about where I will be living next year");

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    @Inject
    Programmes programmes;

    @Inject
    Instruments instruments;

    @Inject
    Enrolments enrolments;

    void seed(@Observes DemoDataRequested demo) {
        Instrument instrument = instruments.find(INSTRUMENT).orElseGet(() -> {
            Instrument created = Instrument.summed(INSTRUMENT, "Home and wellbeing (ecdp)", HOME_WELLBEING_ITEMS, 1, 5, 4, true);
            em.persist(created);
            return created;
        });
        Coach coach = em.createNamedQuery(Coach.BY_USERNAME, Coach.class).setParameter("username", "coach")
                .getResultStream().findFirst().orElseGet(() -> {
                    Coach created = new Coach("coach", 12);
                    em.persist(created);
                    return created;
                });
        if (em.createNamedQuery(Programme.ALL, Programme.class).getResultStream().anyMatch(p -> p.getName().equals(PROGRAMME))) {
            return;
        }
        em.flush();
        Programme programme = programmes.create(new ProgrammeDraft(PROGRAMME,
                List.of("HARLOW_COURT", "COLCHESTER_MEWS", "BASILDON_HOUSE"), List.of(INSTRUMENT), List.of("scheme"),
                List.of(2, 4), List.of(1, 1), 60, "RECRUITING"), "evaluator");
        LocalDate today = demo.today();
        LocalDate enrolled = today.minusMonths(7);
        Random random = new Random(20261126L);
        for (int i = 1; i <= 16; i++) {
            String scheme = programme.getSchemes().get(i % 3);
            double baseline = 18 + random.nextInt(17);
            Participant p = enrolments.enrol(programme.getId(), new EnrolmentDraft("HS-" + (100 + i), scheme, true,
                    enrolled.minusDays(2), "2.1", true, INSTRUMENT, baseline), "coordinator", enrolled.plusDays(i));
            boolean coached = p.getArm() == Arm.COACHED;
            if (i == 5) {
                p.withdraw(org.ecdp.housing.enrolment.entity.WithdrawalReason.MOVED_AWAY, "Moved out of the scheme", p.getEnrolledOn().plusMonths(2), today);
                continue;
            }
            if (i % 7 != 0) {
                double m3 = clamp(baseline + (coached ? 4 : 1) + random.nextInt(7) - 3);
                em.persist(p.recordOutcome(instrument, Timepoint.M3, m3, Timepoint.M3.dueOn(p.getEnrolledOn()).plusDays(random.nextInt(10)),
                        "coach", today));
                if (i % 2 == 0) {
                    double m6 = clamp(m3 + (coached ? 2 : 0) + random.nextInt(5) - 2);
                    em.persist(p.recordOutcome(instrument, Timepoint.M6, m6, Timepoint.M6.dueOn(p.getEnrolledOn()).plusDays(random.nextInt(10)),
                            "coach", today));
                }
            }
            if (i % 4 == 0 || i == 3) {
                // a few yes/no outcomes already known: some moved on, one tenancy ended early
                BinaryMeasure measure = i == 3 ? BinaryMeasure.TENANCY_SUSTAINED_M12 : BinaryMeasure.MOVED_ON;
                em.persist(p.recordBinary(measure.name(), i != 3 && (coached || i == 8), p.getEnrolledOn().plusMonths(5), List.of(),
                        "coordinator", today));
            }
            if (coached && coach.equals(p.getCoach())) {
                for (int s = 0; s < 3; s++) {
                    em.persist(new CoachingSession(CoachedTenant.of(p), coach, p.getEnrolledOn().plusWeeks(2 + 3L * s), 45 + 15 * random.nextInt(3),
                            EnumSet.of(CoachingTopic.values()[random.nextInt(CoachingTopic.values().length)], CoachingTopic.TENANCY), today));
                }
            }
        }
    }

    private static double clamp(double score) {
        return Math.max(10, Math.min(50, score));
    }
}
