package org.ecdp.logging.alert.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ecdp.logging.alert.control.AlertRules;
import org.ecdp.logging.alert.entity.ScanRun;
import org.ecdp.logging.theme.boundary.Themes;
import org.ecdp.logging.theme.entity.Theme;
import org.ecdp.logging.trend.boundary.Trends;
import org.ecdp.logging.trend.entity.DetectionSettings;
import org.ecdp.logging.trend.entity.PeriodDetection;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One theme's scan, in a transaction of its own, so a failure for one theme (or a race with
 * another instance over the same alert) costs that theme's scan only. The rules of what is
 * judged when are {@link AlertRules}'.
 */
@ApplicationScoped
public class AlertScans {

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    @Inject
    Trends trends;

    @Inject
    Themes themes;

    @Inject
    Alerts alerts;

    @Inject
    Clock clock;

    /** Themes whose weeks are judged per volume (see {@link AlertRules#weeksFor}); none unless configured. */
    @Inject
    @ConfigProperty(name = "ecdp.alerts.volume-adjusted-themes")
    Optional<String> volumeAdjustedThemes;

    /** Judges one working day with C2 for the themes an entry touched; returns how many new alerts were raised. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int scanAfterEntry(Set<String> themeCodes, LocalDate day) {
        Set<Theme> logged = new LinkedHashSet<>();
        for (String code : themeCodes) {
            themes.findByCode(code).map(Theme::resolved).ifPresent(logged::add);
        }
        int raised = 0;
        for (Theme theme : AlertRules.touchedBy(logged)) {
            raised += scan(theme, AlertRules.WORKING_DAYS, day, day, false);
        }
        return raised;
    }

    /** Judges a theme's working days in [from, to] with C2; returns how many new alerts were raised. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int scanWorkingDays(String themeCode, LocalDate from, LocalDate to) {
        return scan(themeCode, AlertRules.WORKING_DAYS, from, to, false);
    }

    /**
     * Judges a theme's ISO weeks in [from, to] with Farrington, if it has two years of history:
     * on its count, or per volume where the theme is configured so.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int scanWeeks(String themeCode, LocalDate from, LocalDate to) {
        Theme theme = themes.resolve(themeCode);
        return scan(theme, AlertRules.weeksFor(theme.getCode(), volumeAdjustedThemes.orElse(null)), from, to, true);
    }

    /**
     * Claims a scan for a day: true for the one instance whose insert of the day's key
     * succeeds. Its own transaction, so a lost race leaves nothing behind.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String kind, LocalDate day, String instance) {
        if (em.find(ScanRun.class, ScanRun.keyOf(kind, day)) != null) {
            return false;
        }
        em.persist(new ScanRun(kind, day, Instant.now(clock), instance));
        em.flush();
        return true;
    }

    /** Codes of the themes a nightly scan covers: every theme not merged into another. */
    @Transactional
    public List<String> themesToScan() {
        return themes.all().stream().filter(t -> t.getMergedInto() == null).map(Theme::getCode).toList();
    }

    private int scan(String themeCode, DetectionSettings settings, LocalDate from, LocalDate to, boolean needsTwoYears) {
        return scan(themes.resolve(themeCode), settings, from, to, needsTwoYears);
    }

    private int scan(Theme theme, DetectionSettings settings, LocalDate from, LocalDate to, boolean needsTwoYears) {
        Set<Theme> family = themes.withSubThemes(theme);
        if (needsTwoYears && !AlertRules.hasTwoYearsOfHistory(trends.firstEntryDay(family), from)) {
            return 0;
        }
        List<PeriodDetection> alarms = AlertRules.alarms(settings,
                trends.detection(family, Trends.Scope.ALL, from, to, settings), LocalDate.now(clock));
        int raised = 0;
        for (PeriodDetection alarm : alarms) {
            if (alerts.record(theme, settings, alarm)) {
                raised++;
            }
        }
        return raised;
    }
}
