package org.ecdp.domain.privacy.entity;

import java.io.Serializable;

/**
 * A kind of record with the period in force: the module's default unless the administrator
 * changed it ({@code changed}).
 */
public record RetentionKind(String kind, String capability, int months, int defaultMonths, String description,
                            String reason, boolean changed) implements Serializable {
}
