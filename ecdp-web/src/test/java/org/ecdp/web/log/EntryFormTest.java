package org.ecdp.web.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecdp.domain.service.entity.Service;
import org.ecdp.logging.entry.entity.Entry;
import org.ecdp.logging.entry.entity.EntryDraft;
import org.ecdp.logging.theme.entity.Theme;
import org.junit.jupiter.api.Test;

class EntryFormTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 4);
    final Service advocacy = new Service("ADVOCACY", "Advocacy");
    final Theme benefits = new Theme("BENEFITS", "Benefits", null);
    final Theme accessToWork = new Theme("ACCESS_TO_WORK", "Access to Work", benefits);
    final Theme transport = new Theme("TRANSPORT", "Transport", null);

    EntryForm form() {
        return new EntryForm(new ThemeChoice(List.of(benefits, accessToWork, transport), Map.of()));
    }

    @Test
    void anEntryOpenedForEditingSavesBackEveryFieldAsItWas() {
        EntryDraft typed = new EntryDraft("ADVOCACY", TODAY.minusDays(2), List.of("ACCESS_TO_WORK", "TRANSPORT"),
                "No taxi would take my wheelchair to the assessment", 3, "FACE_TO_FACE", "CHELMSFORD", "SENSORY_SIGHT",
                "M-1234", "the member asked for the address to stay");
        Entry entry = new Entry(advocacy, Set.of(accessToWork, transport), typed, "staff", Instant.parse("2026-03-04T10:00:00Z"), TODAY);

        EntryForm form = form();
        form.fill(entry);

        assertThat(form.toDraft("ADVOCACY")).isEqualTo(typed);
        assertThat(form.getThemeCodes()).as("chips in the order of their labels").containsExactly("ACCESS_TO_WORK", "TRANSPORT");
        assertThat(form.hasDetails()).as("three people, a channel and more: 'More details' opens").isTrue();
    }

    @Test
    void anEntryWithOnlyTheRequiredFieldsOpensWithTheOptionalOnesEmpty() {
        EntryDraft typed = new EntryDraft(null, TODAY, List.of("TRANSPORT"), "Bus ramp broken again", 1, null, null, null, null, null);
        EntryForm form = form();
        form.fill(new Entry(advocacy, Set.of(transport), typed, "staff", Instant.parse("2026-03-04T10:00:00Z"), TODAY));

        assertThat(form.toDraft(null)).isEqualTo(typed);
        assertThat(form.hasDetails()).isFalse();
    }

    @Test
    void aNewFormCountsOnePersonAndTheChosenThemesGoIntoTheDraft() {
        EntryForm form = form();
        form.setThemeToAdd("BENEFITS");
        form.addTheme();
        form.setSummary("PIP letter");

        EntryDraft draft = form.toDraft("ADVOCACY");

        assertThat(draft.peopleCount()).isEqualTo(1);
        assertThat(draft.themes()).containsExactly("BENEFITS");
        assertThat(draft.service()).isEqualTo("ADVOCACY");
        assertThat(form.hasDetails()).isFalse();
    }

    @Test
    void removingWhatWasFoundTakesItOutOfTheSummaryAndNeedsNoReason() {
        EntryForm form = form();
        form.setSummary("Call me on 07700 900123 about the bus");
        form.setPersonalDataReason("they asked");

        form.removeFromSummary(List.of(new int[] {11, 24}));

        assertThat(form.getSummary()).isEqualTo("Call me on about the bus");
        assertThat(form.getPersonalDataReason()).isNull();
    }

    @Test
    void eachFieldIsNamedByItsClientIdInTheGivenForm() {
        assertThat(EntryForm.clientIds("edit")).containsEntry("summary", "edit:summary").containsEntry("themes", "edit:themes")
                .doesNotContainKey("service").hasSize(9);
        assertThat(EntryForm.clientIds("capture", "service")).containsEntry("service", "capture:service").hasSize(10);
    }

    @Test
    void aFilledFormSurvivesSerialisationWithEveryField() throws Exception {
        EntryForm form = form();
        form.setThemeToAdd("TRANSPORT");
        form.addTheme();
        form.setOccurredOn(TODAY);
        form.setSummary("Station lift out of order");
        form.setPeopleCount(2);
        form.setChannel("PHONE");
        form.setLocality("HARLOW");
        form.setImpairmentGroup("PHYSICAL");
        form.setPersonRef("M-99");
        form.setPersonalDataReason("none");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(form);
        }
        EntryForm back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (EntryForm) in.readObject();
        }

        assertThat(back.toDraft("X")).isEqualTo(form.toDraft("X"));
    }
}
