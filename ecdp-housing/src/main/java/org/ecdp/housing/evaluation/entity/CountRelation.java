package org.ecdp.housing.evaluation.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Published counts tied by a sum: {@code total} = sum of {@code parts} (or bounded by it); the
 * same cell may be in several relations. Cells are named by their JSON path.
 */
public record CountRelation(String total, List<String> parts) implements Serializable {

    public CountRelation {
        parts = List.copyOf(parts);
    }

    /** Two names for one published number: hiding one must hide the other. */
    public static CountRelation same(String a, String b) {
        return new CountRelation(a, List.of(b));
    }

    public List<String> cells() {
        List<String> cells = new ArrayList<>(parts);
        cells.add(total);
        return cells;
    }
}
