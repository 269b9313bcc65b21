package org.ecdp.logging.alert.entity;

import java.util.Set;

/**
 * Where the officer is with an alert: {@code NEW} until looked at, {@code REVIEWED} once
 * judged worth watching, {@code RESPONSE_OPENED} when ecdp acts on it ("you said, we
 * did"), or {@code DISMISSED} with a reason. Opened responses and dismissals are final.
 */
public enum AlertStatus {
    NEW, REVIEWED, RESPONSE_OPENED, DISMISSED;

    /** Whether an alert in this status may move to {@code next}. */
    public boolean canMoveTo(AlertStatus next) {
        return switch (this) {
            case NEW -> Set.of(REVIEWED, RESPONSE_OPENED, DISMISSED).contains(next);
            case REVIEWED -> Set.of(RESPONSE_OPENED, DISMISSED).contains(next);
            case RESPONSE_OPENED, DISMISSED -> false;
        };
    }

    public String label() {
        return switch (this) {
            case NEW -> "New";
            case REVIEWED -> "Reviewed";
            case RESPONSE_OPENED -> "Response opened";
            case DISMISSED -> "Dismissed";
        };
    }
}
