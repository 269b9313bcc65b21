package org.ecdp.housing.programme.entity;

import java.util.List;

/**
 * What an evaluator or administrator asks for when setting up a programme, as sent. Beyond the
 * design: the eligibility checklist (each criterion must be confirmed at enrolment) and an
 * optional baseline band, cut points on one instrument's baseline score (e.g. [20, 30] gives
 * bands below 20, 20 to under 30, 30 and above); with {@code "baselineBand"} among the strata
 * tenants are randomised within scheme x band.
 */
public record ProgrammeDraft(String name, List<String> schemes, List<String> instruments, List<String> strata,
                             List<Integer> blockSizes, List<Integer> ratio, Integer targetSize, String status,
                             List<String> eligibility, String bandInstrument, List<Double> bandCuts) {

    public ProgrammeDraft(String name, List<String> schemes, List<String> instruments, List<String> strata,
                          List<Integer> blockSizes, List<Integer> ratio, Integer targetSize, String status) {
        this(name, schemes, instruments, strata, blockSizes, ratio, targetSize, status, null, null, null);
    }
}
