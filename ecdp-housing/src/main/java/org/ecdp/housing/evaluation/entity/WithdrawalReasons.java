package org.ecdp.housing.evaluation.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.enrolment.entity.WithdrawalReason;

/**
 * How many tenants of each arm withdrew for each coded reason. Published beside the CONSORT flow,
 * so in the publication view the counts are small cells like any other: per arm they add up to at
 * least the flow's "withdrew" (which counts only tenants with a baseline on the instrument).
 */
public record WithdrawalReasons(Map<Arm, Map<WithdrawalReason, Integer>> counts) implements Serializable {

    public WithdrawalReasons {
        Map<Arm, Map<WithdrawalReason, Integer>> copy = new EnumMap<>(Arm.class);
        for (Arm arm : Arm.values()) {
            Map<WithdrawalReason, Integer> perReason = new EnumMap<>(WithdrawalReason.class);
            counts.getOrDefault(arm, Map.of()).forEach((reason, n) -> {
                if (n > 0) {
                    perReason.put(reason, n);
                }
            });
            copy.put(arm, Collections.unmodifiableMap(perReason));
        }
        counts = Collections.unmodifiableMap(copy);
    }

    /** The coded reasons of the withdrawn among {@code withdrawals} (a possible re-enrolment that did not withdraw is not one). */
    public static WithdrawalReasons of(List<Withdrawal> withdrawals) {
        Map<Arm, Map<WithdrawalReason, Integer>> counts = new EnumMap<>(Arm.class);
        for (Withdrawal w : withdrawals) {
            if (w.withdrawn()) {
                WithdrawalReason reason = w.reason() == null ? WithdrawalReason.NOT_CODED : WithdrawalReason.valueOf(w.reason());
                counts.computeIfAbsent(Arm.valueOf(w.arm()), a -> new EnumMap<>(WithdrawalReason.class)).merge(reason, 1, Integer::sum);
            }
        }
        return new WithdrawalReasons(counts);
    }

    public int count(Arm arm, WithdrawalReason reason) {
        return counts.get(arm).getOrDefault(reason, 0);
    }

    /** The reasons someone in either arm gave, in the list's order. */
    public List<WithdrawalReason> given() {
        return java.util.Arrays.stream(WithdrawalReason.values())
                .filter(r -> count(Arm.COACHED, r) + count(Arm.CONTROL, r) > 0).toList();
    }

    public boolean isEmpty() {
        return given().isEmpty();
    }

    /**
     * Every count of a reason given in the arm, by path: {@code withdrawals.COACHED.MOVED_AWAY}. A
     * reason no one in the arm gave is no cell: the publication view shows it as "&lt;10" anyway, and
     * as a hidden zero it would let a lone small count hide behind it (a total minus the visible
     * reasons would still give that count away).
     */
    public Map<String, Integer> cells() {
        Map<String, Integer> cells = new LinkedHashMap<>();
        counts.forEach((arm, perReason) -> perReason.forEach((reason, n) -> cells.put(path(arm, reason), n)));
        return cells;
    }

    /** Per arm, the flow's withdrawn count ({@code withdrawnPath.ARM}) is bounded by the sum of the arm's reasons. */
    public List<CountRelation> relations(String withdrawnPath) {
        List<CountRelation> relations = new ArrayList<>();
        counts.forEach((arm, perReason) -> {
            if (!perReason.isEmpty()) {
                relations.add(new CountRelation(withdrawnPath + "." + arm, perReason.keySet().stream().map(r -> path(arm, r)).toList()));
            }
        });
        return relations;
    }

    public static String path(Arm arm, WithdrawalReason reason) {
        return "withdrawals." + arm + "." + reason;
    }
}
