package org.ecdp.mentoring.request.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ecdp.domain.audit.boundary.Audit;
import org.ecdp.domain.service.boundary.Services;
import org.ecdp.domain.service.entity.Service;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.validation.NotFound;
import org.ecdp.mentoring.request.entity.MentoringRequest;
import org.ecdp.mentoring.request.entity.ReferralStatus;
import org.ecdp.mentoring.request.entity.RequestDraft;

/**
 * Requests for a mentor and the waiting list. A coordinator takes requests directly; staff of
 * any service may refer a person from a service they work in. Everyone without a proposed,
 * introduced or active match (and not withdrawn) is waiting, longest first.
 */
@ApplicationScoped
@Transactional
public class MentoringRequests {

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Services services;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @Inject
    RequestMatches matches;

    public MentoringRequest record(RequestDraft draft) {
        boolean coordinator = caller.has(Role.COORDINATOR);
        if (!coordinator && !caller.has(Role.STAFF)) {
            throw new SecurityException("Only a coordinator or staff can refer a person for mentoring");
        }
        Service referring = null;
        if (draft.referringService() != null && !draft.referringService().isBlank()) {
            String code = draft.referringService().strip().toUpperCase();
            referring = services.findByCode(code)
                    .orElseThrow(() -> InvalidInput.of("referringService", "Unknown service " + code));
            if (!coordinator && !caller.worksIn(code)) {
                throw InvalidInput.of("referringService", "Refer from a service you work in");
            }
        } else if (!coordinator) {
            throw InvalidInput.of("referringService", "Choose the service you are referring from");
        }
        MentoringRequest request = new MentoringRequest(draft, referring, caller.username(), Instant.now(clock), LocalDate.now(clock));
        em.persist(request);
        em.flush();
        audit.record("mentoring.request.record", "request " + request.getId(), request.getRef());
        return request;
    }

    public Optional<MentoringRequest> find(long id) {
        requireCoordinator();
        return Optional.ofNullable(em.find(MentoringRequest.class, id));
    }

    public MentoringRequest get(long id) {
        return find(id).orElseThrow(() -> new NotFound("No request " + id));
    }

    /** Everyone still waiting for a mentor, longest waiting first. */
    public List<MentoringRequest> waiting() {
        requireCoordinator();
        return matches.waiting();
    }

    /** A page of {@link #waiting()}, read from the database. */
    public List<MentoringRequest> waiting(int first, int max) {
        requireCoordinator();
        return matches.waiting(first, max);
    }

    /** How many are waiting. */
    public long countWaiting() {
        requireCoordinator();
        return matches.countWaiting();
    }

    /** The requests the caller made (a member of staff's referrals), newest first; never anyone else's. */
    public List<MentoringRequest> myReferrals() {
        if (!caller.has(Role.COORDINATOR) && !caller.has(Role.STAFF)) {
            throw new SecurityException("Only a coordinator or staff refer people for mentoring");
        }
        return em.createQuery("select r from MentoringRequest r where r.referredBy = :me order by r.createdAt desc, r.id desc", MentoringRequest.class)
                .setParameter("me", caller.username()).getResultList();
    }

    /** Where a referral stands, for the person who made it (or a coordinator). */
    public ReferralStatus referralStatus(MentoringRequest request) {
        if (!caller.has(Role.COORDINATOR) && !caller.username().equals(request.getReferredBy())) {
            throw new SecurityException("Only the referrer or a coordinator sees a referral");
        }
        if (request.isWithdrawn()) {
            return ReferralStatus.WITHDRAWN;
        }
        return matches.standing(request);
    }

    public boolean isWaiting(MentoringRequest request) {
        return !request.isWithdrawn() && !matches.hasOpenMatch(request);
    }

    public void withdraw(long id) {
        MentoringRequest request = get(id);
        request.withdraw();
        audit.record("mentoring.request.withdraw", "request " + id, null);
    }

    public long daysWaiting(MentoringRequest request) {
        return request.daysWaitingOn(LocalDate.now(clock));
    }

    public static Comparator<MentoringRequest> longestWaitingFirst() {
        return Comparator.comparing(MentoringRequest::getReferredOn).thenComparing(MentoringRequest::getId);
    }

    void requireCoordinator() {
        if (!caller.has(Role.COORDINATOR)) {
            throw new SecurityException("Only a mentoring coordinator sees requests");
        }
    }
}
