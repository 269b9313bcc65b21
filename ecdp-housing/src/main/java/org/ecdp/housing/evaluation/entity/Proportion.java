package org.ecdp.housing.evaluation.entity;

import java.io.Serializable;

/** In one arm: how many of those analysed reached the outcome, and that share (NaN if none analysed). */
public record Proportion(int events, int analysed, double share) implements Serializable {

    public static Proportion of(int events, int analysed) {
        return new Proportion(events, analysed, analysed == 0 ? Double.NaN : (double) events / analysed);
    }
}
