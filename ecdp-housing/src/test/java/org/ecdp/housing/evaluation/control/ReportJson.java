package org.ecdp.housing.evaluation.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import java.util.Map;
import org.ecdp.housing.evaluation.entity.BaselineTable;
import org.ecdp.housing.evaluation.entity.BinaryComparison;
import org.ecdp.housing.evaluation.entity.BinaryReport;
import org.ecdp.housing.evaluation.entity.Evaluation;
import org.ecdp.housing.evaluation.entity.EvaluationReport;
import org.ecdp.housing.evaluation.entity.MeasureWindows;
import org.ecdp.housing.evaluation.entity.Published;
import org.ecdp.housing.evaluation.entity.WithdrawalReasons;

/** The reports as the API writes them: by JSON-B (Yasson, as in Payara Micro), the value as it is. */
final class ReportJson {

    static final BaselineTable NO_BASELINE = BaselineTables.of(List.of(), List.of(), List.of(), Map.of());
    static final MeasureWindows NO_WINDOWS = new MeasureWindows(Map.of());

    private ReportJson() {
    }

    static String json(Object report) {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.toJson(report);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The internal view of an evaluation with no baseline table, windows or withdrawals. */
    static String json(Evaluation evaluation) {
        return json(evaluation, NO_BASELINE, Published.ALL);
    }

    static String json(Evaluation evaluation, BaselineTable baseline, Published published) {
        return json(EvaluationReport.of(evaluation, baseline, NO_WINDOWS, WithdrawalReasons.of(List.of()), published, ""));
    }

    /** For publication: suppressed as the boundary does it. */
    static String published(Evaluation evaluation, BaselineTable baseline) {
        return json(evaluation, baseline, PublicationSuppression.forPublication(evaluation, baseline, null));
    }

    static String json(BinaryComparison comparison, Published published) {
        return json(BinaryReport.of(comparison, published));
    }
}
