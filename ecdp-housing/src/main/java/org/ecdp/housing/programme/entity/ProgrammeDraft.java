package org.ecdp.housing.programme.entity;

import java.util.List;

/** What an evaluator or administrator asks for when setting up a programme, as sent. */
public record ProgrammeDraft(String name, List<String> schemes, List<String> instruments, List<String> strata,
                             List<Integer> blockSizes, List<Integer> ratio, Integer targetSize, String status) {
}
