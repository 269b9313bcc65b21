package org.ecdp.domain.privacy.entity;

/**
 * A kind of record with the period in force: the module's default unless the administrator
 * changed it ({@code changed}).
 */
public record RetentionKind(String kind, String capability, int months, int defaultMonths, String description,
                            String reason, boolean changed) {
}
