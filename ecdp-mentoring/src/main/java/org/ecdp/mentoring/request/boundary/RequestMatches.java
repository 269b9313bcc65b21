package org.ecdp.mentoring.request.boundary;

import java.util.List;
import org.ecdp.mentoring.request.entity.MentoringRequest;
import org.ecdp.mentoring.request.entity.ReferralStatus;

/**
 * What the waiting list needs to know about matches. A match knows its request, so requests must
 * not know matches: the match component implements this ({@code match.control.MatchesOfRequests})
 * and {@link MentoringRequests} asks it.
 */
public interface RequestMatches {

    /** Requests not withdrawn and without a proposed, introduced or active match, longest waiting first. */
    List<MentoringRequest> waiting();

    /** A page of {@link #waiting()}: {@code max} requests from row {@code first}. */
    List<MentoringRequest> waiting(int first, int max);

    /** How many {@link #waiting()} holds. */
    long countWaiting();

    /** Whether the request has a proposed, introduced or active match. */
    boolean hasOpenMatch(MentoringRequest request);

    /** MATCHED with an open match, ENDED when its only matches were closed, otherwise WAITING. */
    ReferralStatus standing(MentoringRequest request);
}
