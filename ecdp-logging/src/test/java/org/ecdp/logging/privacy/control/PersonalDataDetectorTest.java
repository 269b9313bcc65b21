package org.ecdp.logging.privacy.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecdp.logging.privacy.entity.PersonalDataKind.DATE_OF_BIRTH;
import static org.ecdp.logging.privacy.entity.PersonalDataKind.EMAIL;
import static org.ecdp.logging.privacy.entity.PersonalDataKind.NAME;
import static org.ecdp.logging.privacy.entity.PersonalDataKind.NATIONAL_INSURANCE_NUMBER;
import static org.ecdp.logging.privacy.entity.PersonalDataKind.PHONE;
import static org.ecdp.logging.privacy.entity.PersonalDataKind.POSTCODE;

import java.util.List;
import org.ecdp.logging.privacy.entity.PersonalDataFinding;
import org.ecdp.logging.privacy.entity.PersonalDataKind;
import org.junit.jupiter.api.Test;

class PersonalDataDetectorTest {

    final PersonalDataDetector detector = new PersonalDataDetector(PersonalDataCorpusTest.CORPUS_DAY);

    @Test
    void findingSpansCoverExactlyThePersonalDataSoThePageCanHighlightIt() {
        String summary = "Mrs Smith rang from 07700 900123 about her PIP";
        List<PersonalDataFinding> findings = detector.findIn(summary);

        assertThat(findings).extracting(PersonalDataFinding::kind).containsExactly(NAME, PHONE);
        assertThat(findings.get(0).matchedIn(summary)).isEqualTo("Mrs Smith");
        assertThat(findings.get(1).matchedIn(summary)).isEqualTo("07700 900123");
        assertThat(findings.get(1).start()).isEqualTo(summary.indexOf("07700"));
    }

    @Test
    void redactedPreviewDoesNotRepeatThePersonalData() {
        PersonalDataFinding email = detector.findIn("write to jane.doe@gmail.com").get(0);

        assertThat(email.redactedPreview()).isEqualTo("j•••.d••@g••••.c••").doesNotContain("jane", "gmail");
    }

    @Test
    void redactedSummaryNamesWhatWasRemoved() {
        assertThat(detector.redact("Sarah lives at CM1 1AA, NI AB123456C"))
                .isEqualTo("[name] lives at [postcode], NI [National Insurance number]");
        assertThat(detector.redact("Bus ramp broken again")).isEqualTo("Bus ramp broken again");
    }

    @Test
    void ordinaryWordFirstNamesCountOnlyWithASurname() {
        assertThat(detector.findIn("Will Access to Work pay for taxis?")).isEmpty();
        assertThat(detector.findIn("In May Universal Credit stopped")).isEmpty();
        assertThat(detector.findIn("Grace period ended")).isEmpty();
        assertThat(detector.findIn("Bill arrived late")).isEmpty();
        assertThat(kinds("Will Turner rang")).containsExactly(NAME);
        assertThat(detector.findIn("May Okafor rang").get(0).matchedIn("May Okafor rang")).isEqualTo("May Okafor");
    }

    @Test
    void placesAndInstitutionsNamedAfterPeopleAreNotPeople() {
        assertThat(detector.findIn("King George Hospital closed the clinic")).isEmpty();
        assertThat(detector.findIn("Florence Nightingale ward")).isEmpty();
        assertThat(detector.findIn("St John Ambulance helped")).isEmpty();
        assertThat(kinds("John rang about the ward")).containsExactly(NAME);
    }

    @Test
    void titleNeedsACapitalisedNameAfterIt() {
        assertThat(detector.findIn("Dr appointment moved again")).isEmpty();
        assertThat(detector.findIn("Miss the bus and you wait an hour")).isEmpty();
        assertThat(kinds("Dr Hughes refused")).containsExactly(NAME);
    }

    @Test
    void organisationHelplinesAreNotPersonalButMobilesAndLandlinesAre() {
        assertThat(detector.findIn("DWP on 0800 169 0190 and council on 0345 603 7630")).isEmpty();
        assertThat(kinds("ring +44 (0)7700 900321")).containsExactly(PHONE);
        assertThat(kinds("ring (01206) 555 019")).containsExactly(PHONE);
        assertThat(kinds("ring 020 7946 0958")).containsExactly(PHONE);
    }

    @Test
    void phoneNumberDoesNotSwallowANumberThatFollows() {
        String summary = "ring 01245 123456 2 times";
        assertThat(detector.findIn(summary).get(0).matchedIn(summary)).isEqualTo("01245 123456");
    }

    @Test
    void nationalInsuranceNumbersFollowHmrcPrefixRules() {
        assertThat(kinds("NI AB 12 34 56 C")).containsExactly(NATIONAL_INSURANCE_NUMBER);
        assertThat(detector.findIn("ref QQ123456C")).as("Q is never a first letter").isEmpty();
        assertThat(detector.findIn("ref GB123456A")).as("GB is not allocated").isEmpty();
        assertThat(detector.findIn("ref PA123456")).as("no suffix and no NI cue").isEmpty();
        assertThat(kinds("NINO PA123456")).containsExactly(NATIONAL_INSURANCE_NUMBER);
    }

    @Test
    void onlyAFullPostcodeIsPersonal() {
        assertThat(detector.findIn("lives in the CM1 area")).isEmpty();
        assertThat(detector.findIn("M25 2nd junction")).isEmpty();
        assertThat(kinds("lives at CM1 1AA")).containsExactly(POSTCODE);
    }

    @Test
    void datesAreBirthDatesWhenCuedOrOldEnough() {
        assertThat(detector.findIn("Assessment on 12 March 2026 was short")).isEmpty();
        assertThat(detector.findIn("hearing on 15th January")).isEmpty();
        assertThat(kinds("Birthday is 3 May")).containsExactly(DATE_OF_BIRTH);
        assertThat(kinds("form wanted 07/09/1981 again")).containsExactly(DATE_OF_BIRTH);
        assertThat(kinds("born 12.08.2015")).containsExactly(DATE_OF_BIRTH);
    }

    @Test
    void emailAddressWinsOverTheNameOrDateInsideIt() {
        assertThat(kinds("mail Sarah.Jones1970@example.org")).containsExactly(EMAIL);
    }

    @Test
    void emptySummaryHasNothing() {
        assertThat(detector.findIn("")).isEmpty();
        assertThat(detector.findIn(null)).isEmpty();
    }

    @Test
    void aTwoDigitYearIsInThisCenturyUnlessThatWouldBeLaterThanThisYear() {
        // the corpus day is 26 November 2026: "81" is 1981, old enough to be a birth date on its own;
        // "25" and "26" are 2025 and 2026, recent events
        assertThat(kinds("form wanted 07/09/81 again")).containsExactly(DATE_OF_BIRTH);
        assertThat(detector.findIn("seen on 07/09/25 by the OT")).isEmpty();
        assertThat(detector.findIn("seen on 20.11.26 by the OT")).isEmpty();
        assertThat(kinds("born 20.11.26")).containsExactly(DATE_OF_BIRTH);
        assertThat(kinds("form wanted 01/12/10 again")).as("1 December 2010: not yet 16 years ago")
                .isEmpty();
        assertThat(kinds("form wanted 01/11/10 again")).as("1 November 2010: 16 years ago").containsExactly(DATE_OF_BIRTH);
    }

    @Test
    void theFirstAndLastDaysOfAMonthAreDatesAndDayThirtyTwoIsNot() {
        assertThat(kinds("Birthday is 1 May")).containsExactly(DATE_OF_BIRTH);
        assertThat(kinds("Birthday is 31 May")).containsExactly(DATE_OF_BIRTH);
        assertThat(kinds("Birthday is May 1st")).containsExactly(DATE_OF_BIRTH);
        assertThat(detector.findIn("Birthday is 32 May")).isEmpty();
        assertThat(detector.findIn("Birthday is 0 May")).isEmpty();
    }

    @Test
    void ofTwoOverlappingReadingsOfADateTheLongerIsShown() {
        String summary = "born 4 Jan 12";
        List<PersonalDataFinding> findings = detector.findIn(summary);
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).matchedIn(summary)).isEqualTo("Jan 12");
    }

    @Test
    void aNameIsAFirstNameAndAtMostTwoMoreCapitalisedWords() {
        String summary = "met Sarah Anne Smith Jones today";
        List<PersonalDataFinding> findings = detector.findIn(summary);
        assertThat(findings).extracting(PersonalDataFinding::kind).containsExactly(NAME);
        assertThat(findings.get(0).matchedIn(summary)).isEqualTo("Sarah Anne Smith");
    }

    @Test
    void nationalInsurancePrefixesStartingOrEndingWithDAreNeverIssued() {
        assertThat(detector.findIn("ref DA123456C")).as("D is never a first letter").isEmpty();
        assertThat(detector.findIn("ref AD123456C")).as("D is never a second letter").isEmpty();
        assertThat(kinds("ref AE123456C")).containsExactly(NATIONAL_INSURANCE_NUMBER);
    }

    @Test
    void aPostcodeNeedsAnAllowedAreaLetterAndInwardLetters() {
        assertThat(detector.findIn("lives at Q1 1AA")).as("Q never starts a postcode").isEmpty();
        assertThat(detector.findIn("lives at CM1 1CA")).as("C is never an inward letter").isEmpty();
        assertThat(kinds("lives at M1 1AE")).containsExactly(POSTCODE);
    }

    @Test
    void theCommittedNameListsHoldNamesOnlyNotTheirCommentsOrBlankLines() {
        java.util.Set<String> common = PersonalDataDetector.loadNames("common-uk-first-names.txt");
        java.util.Set<String> ordinary = PersonalDataDetector.loadNames("ordinary-word-first-names.txt");
        assertThat(common).contains("Sarah", "John", "Aaliyah").hasSizeGreaterThan(300);
        assertThat(ordinary).contains("Will", "May", "Grace");
        for (String name : common) {
            assertThat(name).as("a name").matches("[A-Z][A-Za-z'-]+");
        }
        for (String name : ordinary) {
            assertThat(name).as("a name").matches("[A-Z][A-Za-z'-]+");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PersonalDataDetector.loadNames("no-such-list.txt"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-list.txt");
    }

    private List<PersonalDataKind> kinds(String summary) {
        return detector.findIn(summary).stream().map(PersonalDataFinding::kind).toList();
    }
}
