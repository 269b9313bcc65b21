package org.ecdp.housing.evaluation.entity;

import java.io.Serializable;
import java.util.Map;
import org.ecdp.housing.allocation.entity.Arm;

/**
 * The CONSORT flow for one analysis, per arm: allocated (everyone randomised to it),
 * withdrawn (everyone who withdrew, whether or not a follow-up was taken before they left),
 * missing (no follow-up and not withdrawn: lost to follow-up) and analysed (a follow-up exists).
 */
public record ConsortCounts(int randomised, Map<Arm, Integer> allocated, Map<Arm, Integer> withdrawn,
                            Map<Arm, Integer> missing, Map<Arm, Integer> analysed) implements Serializable {

    public ConsortCounts {
        allocated = Map.copyOf(allocated);
        withdrawn = Map.copyOf(withdrawn);
        missing = Map.copyOf(missing);
        analysed = Map.copyOf(analysed);
    }
}
