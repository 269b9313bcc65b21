package org.ecdp.web.housing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.housing.enrolment.boundary.Outcomes;
import org.ecdp.housing.enrolment.entity.BinaryResult;
import org.ecdp.web.housing.RecordingFacesContext.Shown;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The yes/no outcome form shared by the enrolment (coordinator) and caseload (coach) pages. */
class BinaryOutcomeFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 14);

    /** Outcomes that remember what the form sent and refuse it with the problem it is given. */
    private static final class RefusingOutcomes extends Outcomes {
        final List<Object> sent = new ArrayList<>();
        final InvalidInput refusal;

        RefusingOutcomes(InvalidInput refusal) {
            this.refusal = refusal;
        }

        @Override
        public BinaryResult recordBinaryOutcome(long participantId, String outcome, Boolean achieved, LocalDate recordedOn) {
            sent.addAll(Arrays.asList(participantId, outcome, achieved, recordedOn));
            throw refusal;
        }
    }

    private RecordingFacesContext faces;

    @BeforeEach
    void installFaces() {
        faces = RecordingFacesContext.install();
    }

    @AfterEach
    void removeFaces() {
        faces.close();
    }

    @Test
    void theDateItWasKnownStartsAsTodayAndTheRestEmpty() {
        BinaryOutcomeForm form = new BinaryOutcomeForm(TODAY);
        assertThat(form.getOn()).isEqualTo(TODAY);
        assertThat(form.getParticipant()).isNull();
        assertThat(form.getOutcome()).isNull();
        assertThat(form.getAchieved()).isNull();
        assertThat(form.getMeasures()).extracting(m -> m.name()).contains("MOVED_ON", "TENANCY_SUSTAINED_M12");
    }

    @Test
    void withoutATenantNothingIsSentAndTheUserIsToldBesideTheTenantList() {
        RefusingOutcomes outcomes = new RefusingOutcomes(InvalidInput.of("outcome", "never reached"));
        BinaryOutcomeForm form = new BinaryOutcomeForm(TODAY);
        form.setOutcome("MOVED_ON");

        assertThat(form.record(outcomes)).isFalse();

        assertThat(outcomes.sent).isEmpty();
        assertThat(faces.shown).containsExactly(new Shown("binary:binaryParticipant", "Participant: Choose the tenant"),
                new Shown(null, "Participant: Choose the tenant"));
        assertThat(faces.failed).isTrue();
        assertThat(form.getOutcome()).as("what was chosen stays in the form").isEqualTo("MOVED_ON");
    }

    @Test
    void whatWasChosenReachesTheBoundaryAsEntered() {
        RefusingOutcomes outcomes = new RefusingOutcomes(InvalidInput.of("outcome", "Already recorded"));
        BinaryOutcomeForm form = new BinaryOutcomeForm(TODAY);
        form.setParticipant(42L);
        form.setOutcome("TENANCY_SUSTAINED_M12");
        form.setAchieved(false);
        form.setOn(TODAY.minusDays(3));

        form.record(outcomes);

        assertThat(outcomes.sent).containsExactly(42L, "TENANCY_SUSTAINED_M12", false, TODAY.minusDays(3));
    }

    @Test
    void eachOfTheBoundarysProblemsIsShownBesideItsOwnFieldAndInTheSummary() {
        RefusingOutcomes outcomes = new RefusingOutcomes(new InvalidInput(List.of(
                new org.ecdp.domain.validation.FieldError("outcome", "Choose an outcome"),
                new org.ecdp.domain.validation.FieldError("achieved", "Choose yes or no"),
                new org.ecdp.domain.validation.FieldError("recordedOn", "Cannot be before enrolment"))));
        BinaryOutcomeForm form = new BinaryOutcomeForm(TODAY);
        form.setParticipant(7L);

        assertThat(form.record(outcomes)).isFalse();

        assertThat(faces.shown).containsExactly(
                new Shown("binary:binaryOutcome", "Outcome: Choose an outcome"), new Shown(null, "Outcome: Choose an outcome"),
                new Shown("binary:binaryAchieved", "Achieved: Choose yes or no"), new Shown(null, "Achieved: Choose yes or no"),
                new Shown("binary:binaryOn", "Recorded on: Cannot be before enrolment"),
                new Shown(null, "Recorded on: Cannot be before enrolment"));
    }

    @Test
    void everyFieldTheFormNamesIsAnInputOfTheSharedInclude() throws Exception {
        String include = Files.readString(Path.of("src/main/webapp/WEB-INF/includes/binary-outcome-form.xhtml"));
        assertThat(include).contains("<h:form id=\"binary\">");
        for (String clientId : BinaryOutcomeForm.FIELDS.values()) {
            assertThat(clientId).startsWith("binary:");
            assertThat(include).as(clientId).contains("id=\"" + clientId.substring("binary:".length()) + "\"");
        }
        assertThat(BinaryOutcomeForm.FIELDS).containsOnlyKeys("participant", "outcome", "achieved", "recordedOn");
    }

    @Test
    void theFormSurvivesSerialisationWithWhatWasEntered() throws Exception {
        BinaryOutcomeForm form = new BinaryOutcomeForm(TODAY);
        form.setParticipant(5L);
        form.setOutcome("MOVED_ON");
        form.setAchieved(true);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(form);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            BinaryOutcomeForm back = (BinaryOutcomeForm) in.readObject();
            assertThat(back.getParticipant()).isEqualTo(5L);
            assertThat(back.getOutcome()).isEqualTo("MOVED_ON");
            assertThat(back.getAchieved()).isTrue();
            assertThat(back.getOn()).isEqualTo(TODAY);
        }
    }
}
