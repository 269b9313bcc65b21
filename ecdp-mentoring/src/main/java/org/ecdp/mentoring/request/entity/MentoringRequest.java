package org.ecdp.mentoring.request.entity;

import jakarta.persistence.DiscriminatorType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.ecdp.domain.organisation.entity.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.ecdp.domain.entity.BaseEntity;
import org.ecdp.domain.service.entity.Service;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.vocabulary.AvailabilitySlot;
import org.ecdp.domain.vocabulary.ImpairmentGroup;
import org.ecdp.domain.vocabulary.Locality;
import org.ecdp.mentoring.entity.CodeSets;
import org.ecdp.mentoring.matching.entity.AccessNeed;
import org.ecdp.mentoring.matching.entity.Goal;
import org.ecdp.mentoring.matching.entity.WaitingRequest;

/**
 * A person's request for a mentor, made by a coordinator or referred by staff of any service.
 * The person is known only by a pseudonymous reference (a member or client number, never a
 * name). It holds what they want help with, their preferences (languages, a mentor who shares a
 * lived experience), access needs, when they can meet, where they live or that they would meet
 * remotely, and the date they were referred, from which their days waiting count. A referral
 * cannot be dated in the future. Withdrawn requests are kept for the history but never matched.
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = Organisation.TENANT_PROPERTY, discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "mentoring_request")
public class MentoringRequest extends BaseEntity {

    /** How far back a referral may be dated. */
    public static final java.time.Period OLDEST_REFERRAL = java.time.Period.ofYears(1);


    private static final Pattern REF = Pattern.compile("(?=.*[0-9])[A-Z0-9-]{3,20}");

    @Column(nullable = false, length = 40)
    private String ref;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Locality district;

    @Column(name = "remote_ok")
    private boolean remoteOk;

    @Column(nullable = false, length = 400)
    private String goals = "";

    @Column(nullable = false, length = 200)
    private String languages = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "shared_experience", length = 30)
    private ImpairmentGroup sharedExperience;

    @Column(nullable = false, length = 400)
    private String availability = "";

    @Column(name = "access_needs", nullable = false, length = 400)
    private String accessNeeds = "";

    @Column(name = "referred_on", nullable = false)
    private LocalDate referredOn;

    @Column(name = "referred_by", nullable = false, length = 40)
    private String referredBy;

    @ManyToOne
    @JoinColumn(name = "referring_service_id")
    private Service referringService;

    private boolean withdrawn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MentoringRequest() {
    }

    /** Records a request from a draft, refusing it whole (every field at fault named) if anything is wrong. */
    public MentoringRequest(RequestDraft draft, Service referringService, String referredBy, Instant now, LocalDate today) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String cleanRef = draft.ref() == null ? "" : draft.ref().strip().toUpperCase(Locale.ROOT);
        if (cleanRef.isEmpty()) {
            problems.reject("ref", "Enter the person's member or client number");
        } else if (!REF.matcher(cleanRef).matches()) {
            problems.reject("ref", "Use the member or client number (letters, digits and -, 3 to 20, at least one digit), never a name");
        }
        Locality where = CodeSets.parseOne(problems, Locality.class, "district", draft.district());
        problems.check(draft.district() != null && !draft.district().isBlank(), "district", "Choose the district they live in");
        Set<Goal> wanted = CodeSets.parse(problems, Goal.class, "goals", draft.goals());
        problems.check(draft.goals() != null && !draft.goals().isEmpty(), "goals", "Choose at least one goal");
        List<String> langs = CodeSets.languages(problems, "languages", draft.languages());
        ImpairmentGroup shared = CodeSets.parseOne(problems, ImpairmentGroup.class, "sharedExperience", draft.sharedExperience());
        Set<AvailabilitySlot> slots = CodeSets.parse(problems, AvailabilitySlot.class, "availability", draft.availability());
        Set<AccessNeed> needs = CodeSets.parse(problems, AccessNeed.class, "accessNeeds", draft.accessNeeds());
        if (draft.referredOn() == null) {
            problems.reject("referredOn", "Enter the date the person was referred");
        } else if (draft.referredOn().isAfter(today)) {
            problems.reject("referredOn", "The referral date cannot be in the future");
        } else if (draft.referredOn().isBefore(today.minus(OLDEST_REFERRAL))) {
            // the waiting list is served longest-waiting first: an old date would jump the queue
            problems.reject("referredOn", "A referral more than a year old cannot be entered: check the person still wants a mentor"
                    + " and use the date of that conversation");
        } else {
            org.ecdp.domain.validation.PlausibleDates.check(problems, "referredOn", draft.referredOn());
        }
        problems.throwIfAny();

        this.ref = cleanRef;
        this.district = where;
        this.remoteOk = Boolean.TRUE.equals(draft.remoteOk());
        this.goals = CodeSets.join(wanted);
        this.languages = CodeSets.joinWords(langs.isEmpty() ? List.of("en") : langs);
        this.sharedExperience = shared;
        this.availability = CodeSets.join(slots);
        this.accessNeeds = CodeSets.join(needs);
        this.referredOn = draft.referredOn();
        this.referredBy = referredBy;
        this.referringService = referringService;
        this.createdAt = now;
    }

    /** How matching sees this request. */
    public WaitingRequest waiting() {
        return new WaitingRequest(getId() == null ? 0 : getId(), ref, district, remoteOk, getGoals(), getLanguages(), sharedExperience,
                getAvailability(), getAccessNeeds(), referredOn);
    }

    public long daysWaitingOn(LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(referredOn, today));
    }

    public void withdraw() {
        withdrawn = true;
    }

    public String getRef() { return ref; }
    public Locality getDistrict() { return district; }
    public boolean isRemoteOk() { return remoteOk; }
    public Set<Goal> getGoals() { return CodeSets.split(Goal.class, goals); }
    public List<String> getLanguages() { return CodeSets.splitWords(languages); }
    public ImpairmentGroup getSharedExperience() { return sharedExperience; }
    public Set<AvailabilitySlot> getAvailability() { return CodeSets.split(AvailabilitySlot.class, availability); }
    public Set<AccessNeed> getAccessNeeds() { return CodeSets.split(AccessNeed.class, accessNeeds); }
    public LocalDate getReferredOn() { return referredOn; }
    public String getReferredBy() { return referredBy; }
    public Service getReferringService() { return referringService; }
    public boolean isWithdrawn() { return withdrawn; }
    public Instant getCreatedAt() { return createdAt; }
}
