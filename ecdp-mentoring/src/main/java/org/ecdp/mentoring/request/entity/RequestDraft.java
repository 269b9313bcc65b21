package org.ecdp.mentoring.request.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * A request for a mentor as typed by a coordinator or a referring member of staff: codes still
 * strings, anything may be missing. {@code referringService} is the code of the service that
 * referred the person (null when the coordinator took the request directly).
 */
public record RequestDraft(
        String ref,
        String district,
        Boolean remoteOk,
        List<String> goals,
        List<String> languages,
        String sharedExperience,
        List<String> availability,
        List<String> accessNeeds,
        LocalDate referredOn,
        String referringService) {
}
