package org.ecdp.domain.event;

import java.time.LocalDate;

/**
 * Fired once at start-up when the portal runs with {@code --demo}, after the schema is
 * migrated and the shared kernel's demo (services, users) is in place. Each capability
 * module observes it and seeds its own demo data; every observer must be safe to run again.
 */
public record DemoDataRequested(LocalDate today) {
}
