package org.ecdp.domain.event;

import java.time.LocalDate;

/**
 * The demo's partner organisation (acting for it) wants a few months of its own entries: written
 * by {@code author}, drawn with {@code seed} so that they differ from the host's.
 */
public record PartnerDemoRequested(LocalDate today, long seed, String author) {
}
