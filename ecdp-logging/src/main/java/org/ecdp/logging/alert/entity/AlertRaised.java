package org.ecdp.logging.alert.entity;

import java.time.LocalDate;

/**
 * A new alert, told once its scan's transaction has committed: the figures the officer needs
 * to judge it, and nothing about the people behind the entries.
 */
public record AlertRaised(long alertId, String themeCode, String themeLabel, String method, String interval, LocalDate period,
                          LocalDate firstDay, LocalDate lastDay, long observed, double expected, double upperBound) {

    public static AlertRaised of(Alert alert) {
        return new AlertRaised(alert.getId(), alert.getTheme().getCode(), alert.getTheme().getLabel(), alert.getMethod().code(),
                alert.getInterval().code(), alert.getPeriod(), alert.getFirstDay(), alert.getLastDay(), alert.getObserved(),
                alert.getExpected(), alert.getUpperBound());
    }
}
