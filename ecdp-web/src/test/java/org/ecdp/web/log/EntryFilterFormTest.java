package org.ecdp.web.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ecdp.domain.validation.FieldError;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.logging.entry.entity.EntryFilter;
import org.junit.jupiter.api.Test;

class EntryFilterFormTest {

    @Test
    void blankFiltersAreLeftOutAndTypedWordsTrimmed() {
        EntryFilterForm form = new EntryFilterForm();
        form.setService("ADVOCACY");
        form.setTheme(" ");
        form.setFrom("2026-01-01");
        form.setLocality("HARLOW");
        form.setQ("  bus ramp ");

        assertThat(form.toFilter()).isEqualTo(new EntryFilter(Set.of("ADVOCACY"), null, LocalDate.of(2026, 1, 1), null, "HARLOW", null,
                "bus ramp"));
        assertThat(new EntryFilterForm().toFilter().services()).as("the All tab").isEmpty();
    }

    @Test
    void theLogOpensToCaptureOnlyWhenNoFilterOrSearchIsGiven() {
        EntryFilterForm form = new EntryFilterForm();
        form.setService("ADVOCACY");
        assertThat(form.isEmpty()).as("a service tab is not a filter").isTrue();
        form.setQ("bus");
        assertThat(form.isEmpty()).isFalse();
    }

    @Test
    void eachUnusableFilterIsSaidBesideItsFieldAndInOneSummary() {
        EntryFilterForm form = new EntryFilterForm();
        assertThat(form.getErrors()).isEmpty();

        form.reject(new InvalidInput(List.of(new FieldError("theme", "No theme BUS"), new FieldError("theme", "Choose a current one"),
                new FieldError("channel", "No channel PIGEON"))));

        assertThat(form.getErrors()).containsEntry("theme", "No theme BUS; Choose a current one")
                .containsEntry("channel", "No channel PIGEON").hasSize(2);
        assertThat(form.getErrorSummary()).contains("No theme BUS; Choose a current one").contains("No channel PIGEON").endsWith(".");
    }

    @Test
    void aDateThatIsNotOneIsNamedAndKeptAsTyped() {
        EntryFilterForm form = new EntryFilterForm();
        form.setFrom("2026-13-40");
        form.setTo(" 2026-02-01 ");

        assertThat(form.checkDates()).isFalse();
        assertThat(form.getErrors()).containsOnlyKeys("from");
        assertThat(form.getErrors().get("from")).contains("\"2026-13-40\" is not a date");
        assertThat(form.getFrom()).as("kept as typed").isEqualTo("2026-13-40");
        assertThat(form.toFilter().to()).isEqualTo(LocalDate.of(2026, 2, 1));

        form.setFrom("2026-01-31");
        assertThat(form.checkDates()).isTrue();
        assertThat(form.getErrors()).isEmpty();
    }
}
