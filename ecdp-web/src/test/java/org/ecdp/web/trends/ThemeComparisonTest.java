package org.ecdp.web.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ecdp.domain.service.entity.Service;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.validation.NotFound;
import org.ecdp.logging.theme.boundary.Themes;
import org.ecdp.logging.theme.entity.Theme;
import org.ecdp.logging.trend.boundary.Trends;
import org.ecdp.logging.trend.entity.DetectionSettings;
import org.ecdp.logging.trend.entity.PeriodDetection;
import org.junit.jupiter.api.Test;

class ThemeComparisonTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final List<Service> SERVICES = List.of(new Service("ADVOCACY", "Advocacy"), new Service("PAYROLL", "Payroll"));

    /** Themes as the boundary resolves them: a new instance at every call, as each call is its own transaction. */
    private static final Themes THEMES = new Themes() {
        @Override
        public Theme resolve(String code) {
            return switch (code) {
                case "TRANSPORT" -> new Theme("TRANSPORT", "Transport", null);
                case "HOUSING" -> new Theme("HOUSING", "Housing", null);
                case "EDUCATION" -> new Theme("EDUCATION", "Education", null);
                case "HEALTH" -> new Theme("HEALTH", "Health", null);
                case "MONEY" -> new Theme("MONEY", "Money", null);
                default -> throw new NotFound("No theme " + code);
            };
        }
    };

    /** Detection per theme; remembers the scope it was asked for. */
    private static final class Asked extends Trends {
        final List<Scope> scopes = new ArrayList<>();

        @Override
        public List<PeriodDetection> detection(String themeCode, Scope scope, LocalDate from, LocalDate to, DetectionSettings settings) {
            scopes.add(scope);
            return List.of(new PeriodDetection(MONDAY, themeCode.equals("TRANSPORT") ? 9 : 2, 1, 2.5, themeCode.equals("TRANSPORT")));
        }
    }

    private static ThemeComparison detect(List<String> codes, Trends.Scope scope) {
        return ThemeComparison.detect(new Asked(), THEMES, SERVICES, codes, scope, MONDAY, MONDAY.plusDays(4), "ears-c2", "day");
    }

    @Test
    void theCaptionsSayWhichServiceAndAreaAreCountedAndTheLinksListThoseEntries() {
        Asked trends = new Asked();
        ThemeComparison trend = ThemeComparison.detect(trends, THEMES, SERVICES, List.of("TRANSPORT", "HOUSING"),
                new Trends.Scope("ADVOCACY", "HARLOW"), MONDAY, MONDAY.plusDays(4), "ears-c2", "day");
        assertThat(trends.scopes).containsOnly(new Trends.Scope("ADVOCACY", "HARLOW"));
        assertThat(trend.getScopeText()).isEqualTo("Advocacy only, people in Harlow only");
        assertThat(trend.tableCaption(trend.getPrimary()))
                .isEqualTo("Figures of the chart: Transport, entries per working day, Advocacy only, people in Harlow only");
        assertThat(trend.tableCaption(trend.getCompared().get(0)))
                .isEqualTo("Figures of the chart: Housing (compared), entries per working day, Advocacy only, people in Harlow only");
        assertThat(trend.getCaption()).startsWith("Transport compared with Housing, Advocacy only, people in Harlow only: 1 period, "
                + "above the threshold: Transport 1, Housing 0.").contains("Only the first theme, Transport, shows its band");
        assertThat(trend.entriesLink("HOUSING", MONDAY.plusDays(1)))
                .isEqualTo("/log/entries.xhtml?theme=HOUSING&from=2026-11-24&to=2026-11-24&service=ADVOCACY&locality=HARLOW");

        ThemeComparison everywhere = detect(List.of("TRANSPORT"), Trends.Scope.ALL);
        assertThat(everywhere.getScopeText()).isEqualTo("all services, all areas");
        assertThat(everywhere.entriesLink("TRANSPORT", MONDAY)).as("a Monday counts the weekend before it")
                .isEqualTo("/log/entries.xhtml?theme=TRANSPORT&from=2026-11-21&to=2026-11-23");
        assertThat(everywhere.isComparing()).isFalse();
        assertThat(everywhere.getKey()).as("one theme's chart carries its own legend").isNull();
        assertThat(everywhere.getCaption()).isEqualTo("Transport, all services, all areas: 1 period, 1 above the threshold."
                + " The shaded band runs from the expected count to the threshold; red bars are alarms.");
    }

    @Test
    void themesAreComparedInTheOrderChosenOnceEachAndAtMostFour() {
        ThemeComparison trend = detect(List.of("TRANSPORT", "HOUSING", "TRANSPORT", "EDUCATION", "HOUSING"), Trends.Scope.ALL);
        assertThat(trend.getCompared()).extracting(s -> s.theme().getCode()).containsExactly("HOUSING", "EDUCATION");
        assertThat(trend.getCompared()).extracting(ThemeComparison.Shown::number).containsExactly(2, 3);
        assertThat(trend.getTitle()).isEqualTo("Transport compared with Housing and Education");
        assertThat(trend.getChart()).contains("data-theme=\"EDUCATION\" data-series=\"3\"");
        assertThat(trend.getKey()).contains("Transport (first theme)", "Education");

        assertThatThrownBy(() -> detect(List.of("TRANSPORT", "HOUSING", "EDUCATION", "HEALTH", "MONEY"), Trends.Scope.ALL))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("compare"));
        assertThatThrownBy(() -> detect(List.of("TRANSPORT", "NOPE"), Trends.Scope.ALL))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("compare"));
        assertThatThrownBy(() -> detect(List.of("NOPE"), Trends.Scope.ALL))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("theme"));
    }

    @Test
    void aDayAlarmUnderThreeEntriesSaysItRaisedNoAlert() {
        ThemeComparison trend = detect(List.of("TRANSPORT"), Trends.Scope.ALL);
        assertThat(trend.alarmText(new PeriodDetection(MONDAY, 2, 0, 1.5, true))).isEqualTo("Alarm, but under 3 entries: no alert");
        assertThat(trend.alarmText(new PeriodDetection(MONDAY, 9, 1, 2.5, true))).isEqualTo("Alarm");
        assertThat(trend.alarmText(new PeriodDetection(MONDAY, 1, 1, 2.5, false))).isEqualTo("No");
    }
}
