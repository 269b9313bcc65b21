package org.ecdp.domain.privacy.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ecdp.domain.audit.boundary.Audit;
import org.ecdp.domain.privacy.control.AuditScrub;
import org.ecdp.domain.privacy.entity.Objection;
import org.ecdp.domain.privacy.entity.PersonalDataHolder;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.validation.NotFound;

/**
 * The data protection lead's requests about one person, known by the organisation's reference:
 * subject access, erasure and objection. Every capability module answers for its own records
 * ({@link PersonalDataHolder}); an erasure runs in one transaction over all of them and the
 * audit trail, so a failure anywhere leaves every module as it was.
 */
@ApplicationScoped
@Transactional
public class People {

    /** The longest reference any module stores. */
    public static final int MAX_REF = 40;
    public static final int MAX_REASON = 500;

    @Inject
    @Any
    Instance<PersonalDataHolder> holders;

    @Inject
    AuditScrub auditScrub;

    @Inject
    Audit audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    /** Everything held about the person, capability by capability (each present, possibly empty). */
    public Map<String, List<Map<String, Object>>> subjectAccess(String rawRef) {
        requireRole(Role.ADMIN);
        String ref = normalise(rawRef);
        Map<String, List<Map<String, Object>>> held = collect(ref);
        if (held.values().stream().allMatch(List::isEmpty)) {
            throw new NotFound("Nothing is held about " + ref);
        }
        audit.record("privacy.subject-access", "person " + ref,
                held.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().size()).toList().toString());
        return held;
    }

    /** Whether anything is held, without auditing a subject access (the erasure page's first step). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Integer> countsHeld(String rawRef) {
        requireRole(Role.ADMIN);
        String ref = normalise(rawRef);
        Map<String, Integer> counts = new LinkedHashMap<>();
        collect(ref).forEach((capability, records) -> counts.put(capability, records.size()));
        return counts;
    }

    /**
     * Erases the person everywhere: each module removes what identifies them, the audit trail
     * loses every quotation of the reference, an objection on file goes. Returns the records
     * changed per capability.
     */
    public Map<String, Integer> erase(String rawRef, String reason) {
        requireRole(Role.ADMIN);
        String ref = normalise(rawRef);
        String why = reason == null ? "" : reason.strip();
        InvalidInput.Collector problems = new InvalidInput.Collector();
        problems.check(!why.isEmpty(), "reason", "Say why the person's data is erased (their request, or the legal ground)")
                .check(why.length() <= MAX_REASON, "reason", "Keep the reason to " + MAX_REASON + " characters").throwIfAny();
        if (collect(ref).values().stream().allMatch(List::isEmpty)) {
            throw new NotFound("Nothing is held about " + ref);
        }
        Map<String, Integer> erased = new LinkedHashMap<>();
        for (PersonalDataHolder holder : ordered()) {
            erased.put(holder.capability(), holder.erase(ref));
        }
        Objection objection = em.find(Objection.class, ref);
        if (objection != null) {
            em.remove(objection);
        }
        em.flush();
        int audits = auditScrub.scrub(ref);
        // the erasure's own record never names the person: only what went, and why (the reason scrubbed of the reference)
        audit.record("privacy.erasure", "person " + AuditScrub.ERASED,
                erased + "; audit records scrubbed=" + audits + "; reason: " + AuditScrub.replace(AuditScrub.wholeWord(ref), why));
        return erased;
    }

    /** Records the person's objection to being quoted; returns the records now never quoted. */
    public int object(String rawRef) {
        if (!caller.has(Role.ADMIN) && !caller.has(Role.OFFICER)) {
            throw new SecurityException("Only the administrator or the lived experience officer records an objection");
        }
        String ref = normalise(rawRef);
        if (collect(ref).values().stream().allMatch(List::isEmpty)) {
            throw new NotFound("Nothing is held about " + ref);
        }
        if (em.find(Objection.class, ref) == null) {
            em.persist(new Objection(ref, Instant.now(clock), caller.username()));
        }
        int records = 0;
        for (PersonalDataHolder holder : ordered()) {
            records += holder.object(ref);
        }
        audit.record("privacy.objection", "person " + ref, records + " records never quoted");
        return records;
    }

    private Map<String, List<Map<String, Object>>> collect(String ref) {
        Map<String, List<Map<String, Object>>> held = new LinkedHashMap<>();
        for (PersonalDataHolder holder : ordered()) {
            held.put(holder.capability(), holder.find(ref));
        }
        return held;
    }

    List<PersonalDataHolder> ordered() {
        return holders.stream().sorted(Comparator.comparing(PersonalDataHolder::capability)).toList();
    }

    private static final Pattern REF = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_-]{0," + (MAX_REF - 1) + "}");

    /** References are stored upper case by every module. */
    public static String normalise(String rawRef) {
        String ref = rawRef == null ? "" : rawRef.strip().toUpperCase();
        if (!REF.matcher(ref).matches()) {
            throw InvalidInput.of("ref", "A reference is letters, digits and hyphens, at most " + MAX_REF + " characters");
        }
        return ref;
    }

    private void requireRole(Role role) {
        if (!caller.has(role)) {
            throw new SecurityException("Only the administrator (the data protection lead) may do this");
        }
    }
}
