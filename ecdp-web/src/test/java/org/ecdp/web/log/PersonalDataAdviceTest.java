package org.ecdp.web.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ecdp.logging.privacy.entity.PersonalDataFinding;
import org.ecdp.logging.privacy.entity.PersonalDataKind;
import org.junit.jupiter.api.Test;

class PersonalDataAdviceTest {

    @Test
    void oneKindIsNamedInPlainWords() {
        PersonalDataAdvice advice = PersonalDataAdvice.of(List.of(new PersonalDataFinding(PersonalDataKind.PHONE, 10, 23, "0**** ******")));
        assertThat(advice.instruction()).isEqualTo("Remove the phone number, or say why it must stay");
        assertThat(advice.button()).isEqualTo("Remove the phone number");
    }

    @Test
    void severalKindsAreListedAndTheyMustStay() {
        PersonalDataAdvice advice = PersonalDataAdvice.of(List.of(
                new PersonalDataFinding(PersonalDataKind.NAME, 0, 9, "M* O*****"),
                new PersonalDataFinding(PersonalDataKind.EMAIL, 40, 54, "o*@e******.o**")));
        assertThat(advice.instruction()).isEqualTo("Remove the name and the e-mail address, or say why they must stay");
    }

    @Test
    void removingCutsEachPieceOutAndTidiesTheSpaces() {
        String summary = "Ring me on 07700 900123 about the taxi refusal";
        assertThat(PersonalDataAdvice.without(summary, List.<int[]>of(new int[] {11, 23})))
                .isEqualTo("Ring me on about the taxi refusal");
        assertThat(PersonalDataAdvice.without("Mr Okafor was shouted at, email him at ok@example.org.", List.of(new int[] {0, 9}, new int[] {39, 53})))
                .isEqualTo("was shouted at, email him at.");
    }
}
