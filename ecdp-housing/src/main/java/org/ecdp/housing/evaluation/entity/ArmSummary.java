package org.ecdp.housing.evaluation.entity;

import java.io.Serializable;

/**
 * An arm at one timepoint: how many were randomised to it, how many have a follow-up score
 * (analysed), and for the analysed participants the mean baseline, mean follow-up, mean change
 * and the change's sample SD (n − 1). The means are over the same people, so
 * followupMean − baselineMean = changeMean.
 */
public record ArmSummary(int randomised, int analysed, double baselineMean, double followupMean,
                         double changeMean, double changeSd) implements Serializable {
}
