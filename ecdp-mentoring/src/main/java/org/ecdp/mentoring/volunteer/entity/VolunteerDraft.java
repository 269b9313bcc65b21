package org.ecdp.mentoring.volunteer.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * What a coordinator sends to register a volunteer, as typed: codes are still strings and
 * anything may be missing; {@link Volunteer#check} says what is wrong, field by field, with the
 * API's field names ({@code dbs.level}, {@code dbs.issuedOn} for the certificate).
 */
public record VolunteerDraft(
        String name,
        String email,
        String phone,
        String district,
        Boolean remote,
        Integer travelKm,
        Integer capacity,
        List<String> skills,
        List<String> languages,
        List<String> livedExperience,
        List<String> availability,
        List<String> accessSupport,
        String dbsLevel,
        LocalDate dbsIssuedOn,
        Boolean dbsUpdateService,
        LocalDate trainingCompletedOn,
        String status) {
}
