package org.ecdp.web.network;

import java.time.LocalDate;
import org.ecdp.housing.evaluation.entity.ShownCount;
import org.ecdp.logging.trend.entity.PeriodDetection;

/**
 * A row of the observatory: a week (or, among the alerts, a working day) with its pooled entries
 * as they may be shown, how many organisations logged any, and what the check said of it: null
 * when the check had too little history to judge it, or when what it said is {@code withheld}
 * because it is computed from a count shown as "&lt;10" (the week's own or one the check reads).
 */
public record PooledWeek(LocalDate period, ShownCount entries, int organisations, PeriodDetection check, boolean withheld) {

    public boolean isAlarm() {
        return check != null && check.alarm();
    }

    /** The bar's height on the chart: the count, or none for a count shown as "&lt;10". */
    long drawn() {
        return entries.isHidden() ? 0 : entries.value();
    }
}
