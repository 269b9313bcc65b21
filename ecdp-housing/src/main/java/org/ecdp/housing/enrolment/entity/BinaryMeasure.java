package org.ecdp.housing.enrolment.entity;

/**
 * The programme's yes/no outcomes, judged at the 12-month follow-up: whether the tenancy was
 * sustained for 12 months, and whether the tenant moved on to independent living by then.
 */
public enum BinaryMeasure {
    TENANCY_SUSTAINED_M12("Tenancy sustained at 12 months"),
    MOVED_ON("Moved on to independent living");

    private final String label;

    BinaryMeasure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The measure a code names, or {@code null} for an unknown one. */
    public static BinaryMeasure parse(String code) {
        if (code == null) {
            return null;
        }
        for (BinaryMeasure m : values()) {
            if (m.name().equalsIgnoreCase(code.strip())) {
                return m;
            }
        }
        return null;
    }
}
