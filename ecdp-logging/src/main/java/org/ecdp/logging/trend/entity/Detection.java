package org.ecdp.logging.trend.entity;

/**
 * What a detector says about one period of a count series (the period is its index):
 * what was observed, what was expected, the threshold above which the count is a spike,
 * and whether it raised an alarm.
 */
public record Detection(int period, long observed, double expected, double upperBound, boolean alarm) {
}
