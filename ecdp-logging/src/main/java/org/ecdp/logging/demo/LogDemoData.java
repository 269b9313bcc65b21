package org.ecdp.logging.demo;

import org.ecdp.logging.theme.boundary.NetworkThemes;
import jakarta.inject.Inject;
import org.ecdp.domain.organisation.boundary.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.ecdp.domain.event.DemoDataRequested;
import org.ecdp.domain.event.PartnerDemoRequested;
import org.ecdp.domain.service.entity.Service;
import org.ecdp.domain.vocabulary.Channel;
import org.ecdp.domain.vocabulary.Locality;
import org.ecdp.logging.entry.control.DayCounts;
import org.ecdp.logging.entry.entity.Entry;
import org.ecdp.logging.entry.entity.EntryDraft;
import org.ecdp.logging.entry.entity.EntryRevision;
import org.ecdp.logging.entry.entity.EntryWord;
import org.ecdp.logging.entry.control.EntryThemeIndex;
import org.ecdp.logging.theme.entity.Theme;

/**
 * The demo's themes (two levels, as the officer would set them up) and about four months
 * of entries across the services, with a week of Access to Work concerns surging near the
 * end, so the log and its trends have something to show. Seeded once: a second start
 * finds the themes and the demo entries and adds nothing.
 */
@ApplicationScoped
@Transactional
public class LogDemoData {

    static final Map<String, String[]> THEMES = new LinkedHashMap<>();

    static {
        THEMES.put("BENEFITS", new String[] {"Benefits", null});
        THEMES.put("ACCESS_TO_WORK", new String[] {"Access to Work", "BENEFITS"});
        THEMES.put("PIP", new String[] {"Personal Independence Payment", "BENEFITS"});
        THEMES.put("UNIVERSAL_CREDIT", new String[] {"Universal Credit", "BENEFITS"});
        THEMES.put("SAFETY", new String[] {"Safety", null});
        THEMES.put("HATE_CRIME", new String[] {"Disability hate crime", "SAFETY"});
        THEMES.put("TRANSPORT", new String[] {"Transport", null});
        THEMES.put("SOCIAL_CARE", new String[] {"Social care", null});
        THEMES.put("DIRECT_PAYMENTS", new String[] {"Direct payments", "SOCIAL_CARE"});
        THEMES.put("HEALTH", new String[] {"Health", null});
        THEMES.put("HOUSING", new String[] {"Housing", null});
        THEMES.put("EMPLOYMENT", new String[] {"Employment", null});
        THEMES.put("EDUCATION", new String[] {"Education", null});
        THEMES.put("ACCESSIBILITY", new String[] {"Accessibility", null});
        THEMES.put("MONEY", new String[] {"Money", null});
    }

    /** Everyday words the demo officer has already taught the theme search. */
    static final Map<String, String> ALIASES = Map.of(
            "ACCESS_TO_WORK", "atw, AtW", "PIP", "PIP", "TRANSPORT", "bus, taxi, train",
            "BENEFITS", "DWP", "UNIVERSAL_CREDIT", "UC", "HATE_CRIME", "abuse",
            "DIRECT_PAYMENTS", "DP", "HEALTH", "GP, NHS");

    private static final String[][] STORIES = {
        {"ACCESS_TO_WORK", "Changes to Access to Work stop me using my PA to drive me to work"},
        {"ACCESS_TO_WORK", "Access to Work claim has been waiting months and I may lose my job"},
        {"PIP", "PIP reassessment letter caused a lot of anxiety; unsure what evidence to send"},
        {"UNIVERSAL_CREDIT", "Universal Credit journal is not accessible with my screen reader"},
        {"HATE_CRIME", "I was abused on the bus because of my wheelchair and the driver did nothing"},
        {"HATE_CRIME", "Neighbours shout names at me when I go out; police did not record it as hate crime"},
        {"TRANSPORT", "Bus ramps often broken on the route to the hospital"},
        {"TRANSPORT", "Taxi refused my assistance dog again"},
        {"DIRECT_PAYMENTS", "Direct payment rate too low to recruit a personal assistant"},
        {"SOCIAL_CARE", "Care assessment delayed and no interim support offered"},
        {"HEALTH", "GP surgery will not book BSL interpreters for appointments"},
        {"HOUSING", "Waiting two years for an adapted home; cannot use the bathroom safely"},
        {"EMPLOYMENT", "Employer will not make reasonable adjustments to my hours"},
        {"EDUCATION", "College course not accessible, no note-taker provided"},
        {"ACCESSIBILITY", "Council website forms do not work with voice control"},
        {"MONEY", "Energy bills rising and my equipment needs charging overnight"},
    };

    private static final Map<String, String> SERVICE_AUTHOR = Map.of(
            "ADVOCACY", "staff", "SUPPORT_PLANNING", "officer", "PAYROLL", "officer",
            "PEER_MENTORING", "coordinator", "SUPPORTED_HOUSING", "coach", "INFORMATION_LINE", "officer");

    @Inject
    NetworkThemes networkThemes;

    @Inject
    Tenancy tenancy;

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;


    void seed(@Observes DemoDataRequested demo) {
        entries(demo.today(), 20261126L, code -> SERVICE_AUTHOR.getOrDefault(code, "officer"));
    }

    /** A partner organisation's months of entries (its share of the Access to Work surge too), by its own staff. */
    void seedPartner(@Observes PartnerDemoRequested demo) {
        entries(demo.today(), demo.seed(), code -> demo.author());
    }

    private void entries(LocalDate today, long seed, java.util.function.UnaryOperator<String> authorOfService) {
        Map<String, Theme> themes = seedThemes();
        Long already = em.createQuery("select count(e) from Entry e where e.fingerprint like 'demo-%'", Long.class).getSingleResult();
        if (already > 0) {
            return;
        }
        List<Service> services = em.createQuery("select s from Service s order by s.code", Service.class).getResultList();
        Random random = new Random(seed);
        LocalDate start = today.minusWeeks(18);
        LocalDate surgeStart = today.minusWeeks(3).with(DayOfWeek.MONDAY);
        int n = 0;
        DayCounts counts = new DayCounts(tenancy.require());
        List<Entry> logged = new ArrayList<>();
        for (LocalDate day = start; !day.isAfter(today); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() >= 6) {
                continue;
            }
            int count = 3 + random.nextInt(4);
            boolean surge = !day.isBefore(surgeStart) && day.isBefore(surgeStart.plusDays(5));
            for (int i = 0; i < count + (surge ? 6 : 0); i++) {
                String[] story = surge && i >= count ? STORIES[random.nextInt(2)] : STORIES[random.nextInt(STORIES.length)];
                Service service = services.get(random.nextInt(services.size()));
                Theme theme = themes.get(story[0]);
                EntryDraft draft = new EntryDraft(service.getCode(), day, List.of(theme.getCode()), story[1],
                        random.nextInt(10) == 0 ? 2 + random.nextInt(3) : 1,
                        Channel.values()[random.nextInt(Channel.values().length)].name(),
                        Locality.values()[random.nextInt(Locality.values().length - 1)].name(), null, null, null);
                Instant at = day.atTime(9 + random.nextInt(8), random.nextInt(60)).toInstant(ZoneOffset.UTC);
                Entry entry = new Entry(service, Set.of(theme), draft, authorOfService.apply(service.getCode()), at, today);
                entry.markImported("demo-" + n++);
                em.persist(entry);
                em.flush();
                for (String word : EntryWord.wordsOf(entry.getSummary())) {
                    em.persist(new EntryWord(word, entry.getId()));
                }
                em.persist(new EntryRevision(entry.getId(), at, entry.getAuthor(), EntryRevision.Kind.CREATED, entry.snapshot()));
                counts.add(entry, +1);
                logged.add(entry);
            }
        }
        try (EntryThemeIndex themeRows = EntryThemeIndex.open(org.ecdp.domain.entity.TransactionConnection.of(em))) {
            for (Entry entry : logged) {
                themeRows.add(tenancy.require(), entry.getId(), entry);
            }
            themeRows.write();
            counts.writeTo(org.ecdp.domain.entity.TransactionConnection.of(em));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not count the demo entries: " + e.getMessage(), e);
        }
    }

    private Map<String, Theme> seedThemes() {
        Map<String, Theme> byCode = new LinkedHashMap<>();
        for (Theme t : em.createQuery("select t from Theme t", Theme.class).getResultList()) {
            byCode.put(t.getCode(), t);
        }
        List<String> created = new ArrayList<>();
        THEMES.forEach((code, def) -> {
            if (!byCode.containsKey(code)) {
                Theme theme = new Theme(code, def[0], def[1] == null ? null : byCode.get(def[1]));
                em.persist(theme);
                networkThemes.adoptIfHost(theme);
                byCode.put(code, theme);
                created.add(code);
            }
        });
        ALIASES.forEach((code, aliases) -> {
            Theme theme = byCode.get(code);
            if (theme != null && theme.getAliases().isEmpty()) {
                theme.nameAliases(aliases);
            }
        });
        return byCode;
    }
}
