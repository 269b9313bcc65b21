package org.ecdp.logging.network.entity;

import java.time.LocalDate;

/** One organisation's entries under a network theme on one day, each entry once. */
public record OrganisationDay(long organisation, LocalDate day, long entries) {
}
