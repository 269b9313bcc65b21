package org.ecdp.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.ecdp.domain.privacy.boundary.People;
import org.ecdp.domain.privacy.control.AuditScrub;
import org.ecdp.domain.privacy.entity.ProcessingRecord;
import org.ecdp.domain.privacy.entity.RetentionKind;
import org.ecdp.domain.privacy.entity.RetentionRule;
import org.ecdp.domain.validation.InvalidInput;
import org.junit.jupiter.api.Test;

class PrivacyRulesTest {

    @Test
    void aProcessingRecordSaysItsPeriodsFromTheRulesInForceAndNamesAKindWithoutOne() {
        ProcessingRecord record = new ProcessingRecord("log", "entries", "evidence", "public task", null, List.of("OFFICER"),
                List.of("LOG_ENTRY", "LOG_SUMMARY", "UNKNOWN"));
        List<RetentionKind> rules = List.of(new RetentionKind("LOG_SUMMARY", "log", 72, 72, "Log summaries", "", false),
                new RetentionKind("LOG_ENTRY", "log", 24, 36, "Log entries", "", true));
        assertThat(record.periods(rules)).isEqualTo("Log entries: 24 months; Log summaries: 72 months; UNKNOWN");
    }

    @Test
    void anErasedReferenceIsReplacedAsAWholeWordOnlyInAnyCase() {
        Pattern ref = AuditScrub.wholeWord("M-12");
        assertThat(AuditScrub.replace(ref, "request M-12 recorded; m-12 viewed; M-123 and XM-12 untouched"))
                .isEqualTo("request [erased] recorded; [erased] viewed; M-123 and XM-12 untouched");
        assertThat(AuditScrub.replace(ref, null)).isNull();
        assertThat(AuditScrub.replace(AuditScrub.wholeWord("A.B+1"), "a.b+1 and AXB+1")).as("no regex in a reference")
                .isEqualTo("[erased] and AXB+1");
    }

    @Test
    void aRuleKeepsRecordsForWholeMonthsOfAtLeastOne() {
        assertThat(RetentionRule.cutOff(LocalDate.of(2028, 12, 4), 24)).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(RetentionRule.cutOff(LocalDate.of(2026, 3, 31), 1)).isEqualTo(LocalDate.of(2026, 2, 28));
        for (int months : new int[] {0, -1, RetentionRule.MAX_MONTHS + 1}) {
            assertThatThrownBy(() -> RetentionRule.check("LOG_SUMMARY", months)).isInstanceOfSatisfying(InvalidInput.class,
                    e -> assertThat(e.errors()).extracting("field").containsExactly("months"));
        }
        RetentionRule.check("LOG_SUMMARY", 1);
    }

    @Test
    void referencesAreComparedUpperCaseAndNeverAsPatterns() {
        assertThat(People.normalise("  dp-1042 ")).isEqualTo("DP-1042");
        for (String bad : new String[] {"", " ", "%", "DP 1042", "-DP", "X".repeat(People.MAX_REF + 1), null}) {
            assertThatThrownBy(() -> People.normalise(bad)).as(String.valueOf(bad)).isInstanceOfSatisfying(InvalidInput.class,
                    e -> assertThat(e.errors()).extracting("field").containsExactly("ref"));
        }
    }
}
