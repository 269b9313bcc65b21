package org.ecdp.housing.evaluation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.evaluation.entity.BaselineTable;
import org.ecdp.housing.evaluation.entity.EvaluationReport;
import org.ecdp.housing.evaluation.entity.Published;
import org.junit.jupiter.api.Test;

class BaselineTablesTest {

    static BaselineTables.Row row(Arm arm, String scheme, String band, double score) {
        return new BaselineTables.Row(arm, scheme, band, Map.of("HOME_WELLBEING", score));
    }

    @Test
    void nMeanAndSampleSdPerArmAndCountsBySchemeAndBand() {
        BaselineTable table = BaselineTables.of(List.of(
                        row(Arm.COACHED, "HARLOW_COURT", "B1", 20), row(Arm.COACHED, "HARLOW_COURT", "B2", 30),
                        row(Arm.COACHED, "BASILDON_HOUSE", "B2", 40), row(Arm.CONTROL, "BASILDON_HOUSE", "B1", 24)),
                List.of("HOME_WELLBEING"), List.of("HARLOW_COURT", "BASILDON_HOUSE", "EMPTY_SCHEME"),
                Map.of("B1", "B1: below 25", "B2", "B2: 25 and above"));

        assertThat(table.scores().get("HOME_WELLBEING").get(Arm.COACHED).n()).isEqualTo(3);
        assertThat(table.scores().get("HOME_WELLBEING").get(Arm.COACHED).mean()).isCloseTo(30, within(1e-12));
        assertThat(table.scores().get("HOME_WELLBEING").get(Arm.COACHED).sd()).isCloseTo(10, within(1e-12));
        assertThat(table.scores().get("HOME_WELLBEING").get(Arm.CONTROL).sd()).isNaN();
        assertThat(table.schemes()).containsOnlyKeys("HARLOW_COURT", "BASILDON_HOUSE", "EMPTY_SCHEME");
        assertThat(table.schemes().get("BASILDON_HOUSE")).containsEntry(Arm.COACHED, 1).containsEntry(Arm.CONTROL, 1);
        assertThat(table.schemes().get("EMPTY_SCHEME")).containsEntry(Arm.COACHED, 0);
        assertThat(table.bands().get("B2")).containsEntry(Arm.COACHED, 2).containsEntry(Arm.CONTROL, 0);
        assertThat(ReportJson.json(EvaluationReport.Baseline.of(table, Published.ALL)))
                .contains("\"HOME_WELLBEING\":{\"COACHED\":{\"n\":3,\"mean\":30.0,\"sd\":10.0},\"CONTROL\":{\"n\":1,\"mean\":24.0,\"sd\":null}}")
                .contains("\"B2\":{\"COACHED\":2,\"CONTROL\":0}").contains("\"B1\":\"B1: below 25\"");
    }
}
