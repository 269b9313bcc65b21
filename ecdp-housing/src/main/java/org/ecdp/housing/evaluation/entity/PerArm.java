package org.ecdp.housing.evaluation.entity;

import java.io.Serializable;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.function.Function;
import org.ecdp.housing.allocation.entity.Arm;

/** One value for each arm, coached first; written {@code {"COACHED":..,"CONTROL":..}}, an arm without a value as null. */
@JsonbNillable
@JsonbPropertyOrder({"coached", "control"})
public record PerArm<T extends Serializable>(@JsonbProperty("COACHED") @JsonbNillable T coached, @JsonbProperty("CONTROL") @JsonbNillable T control) implements Serializable {

    public static <T extends Serializable> PerArm<T> of(Function<Arm, T> value) {
        return new PerArm<>(value.apply(Arm.COACHED), value.apply(Arm.CONTROL));
    }

    public T get(Arm arm) {
        return arm == Arm.COACHED ? coached : control;
    }

    /** For the page: {@code perArm.arm('COACHED')}. */
    public T arm(String arm) {
        return get(Arm.valueOf(arm));
    }
}
