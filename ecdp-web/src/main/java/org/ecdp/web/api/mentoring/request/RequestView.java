package org.ecdp.web.api.mentoring.request;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.ecdp.mentoring.request.entity.MentoringRequest;
import org.ecdp.mentoring.request.entity.ReferralStatus;

/**
 * A person's request for a mentor. {@code sharedExperience} and {@code referringService} are
 * always there ({@code null} when not given); {@code daysWaiting} only on the waiting list and
 * {@code status} only on a referral (JSON-B leaves out the other nulls).
 */
public record RequestView(long id, String ref, String district, boolean remoteOk, List<String> goals, List<String> languages,
                          @JsonbNillable String sharedExperience, List<String> availability, List<String> accessNeeds,
                          LocalDate referredOn, @JsonbNillable String referringService, Long daysWaiting, String status) {

    public static RequestView of(MentoringRequest r) {
        return of(r, null, null);
    }

    /** On the waiting list: how long the person has waited. */
    static RequestView waiting(MentoringRequest r, long daysWaiting) {
        return of(r, daysWaiting, null);
    }

    /** For the person who referred: whether they are waiting, matched or withdrawn (never who the volunteer is). */
    static RequestView referral(MentoringRequest r, ReferralStatus status) {
        return of(r, null, status.name());
    }

    private static RequestView of(MentoringRequest r, Long daysWaiting, String status) {
        return new RequestView(r.getId(), r.getRef(), r.getDistrict().name(), r.isRemoteOk(), names(r.getGoals()), r.getLanguages(),
                r.getSharedExperience() == null ? null : r.getSharedExperience().name(), names(r.getAvailability()),
                names(r.getAccessNeeds()), r.getReferredOn(),
                r.getReferringService() == null ? null : r.getReferringService().getCode(), daysWaiting, status);
    }

    private static List<String> names(Collection<? extends Enum<?>> codes) {
        return codes.stream().map(Enum::name).toList();
    }
}
