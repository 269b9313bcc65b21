package org.ecdp.housing.enrolment.entity;

/**
 * Why a tenant left the programme, from a fixed list the coordinator picks from: the evaluator
 * sees only this code, never the coordinator's own words (which often carry health or family
 * details). {@link #NOT_CODED} marks withdrawals recorded before the list existed, or through
 * the API without a code.
 */
public enum WithdrawalReason {
    MOVED_AWAY("Moved away from the scheme"),
    TENANCY_ENDED("Tenancy ended"),
    NO_LONGER_WISHES("No longer wishes to take part"),
    HEALTH("Health reasons"),
    LOST_CONTACT("Lost contact"),
    DIED("Died"),
    OTHER("Other reason"),
    NOT_CODED("Not coded");

    private final String label;

    WithdrawalReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The code named by {@code text} (any case), {@code null} when none is. */
    public static WithdrawalReason parse(String text) {
        if (text == null) {
            return null;
        }
        for (WithdrawalReason reason : values()) {
            if (reason.name().equalsIgnoreCase(text.strip())) {
                return reason;
            }
        }
        return null;
    }
}
