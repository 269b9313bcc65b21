package org.ecdp.mentoring.matching.entity;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A volunteer's DBS certificate. The organisation accepts a certificate for 3 years from its
 * issue date (a certificate exactly 3 years old still counts); after that it counts only if the
 * volunteer subscribes to the DBS Update Service, which keeps it current.
 */
public record DbsCertificate(DbsLevel level, LocalDate issuedOn, boolean updateService) {

    public static final Period ACCEPTED_FOR = Period.ofYears(3);

    public DbsCertificate {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(issuedOn, "issuedOn");
    }

    /** Whether the certificate is still accepted on {@code today}. */
    public boolean countsOn(LocalDate today) {
        return updateService || !today.isAfter(issuedOn.plus(ACCEPTED_FOR));
    }

    public boolean includesAdultsBarredList() {
        return level == DbsLevel.ENHANCED_BARRED_ADULTS;
    }
}
