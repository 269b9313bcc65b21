package org.ecdp.mentoring.volunteer.entity;

import jakarta.persistence.DiscriminatorType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.ecdp.domain.organisation.entity.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ecdp.domain.entity.BaseEntity;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.vocabulary.AvailabilitySlot;
import org.ecdp.domain.vocabulary.ImpairmentGroup;
import org.ecdp.domain.vocabulary.Locality;
import org.ecdp.mentoring.entity.CodeSets;
import org.ecdp.mentoring.matching.entity.AccessNeed;
import org.ecdp.mentoring.matching.entity.DbsCertificate;
import org.ecdp.mentoring.matching.entity.DbsLevel;
import org.ecdp.mentoring.matching.entity.Goal;
import org.ecdp.mentoring.matching.entity.VolunteerProfile;
import org.ecdp.mentoring.matching.entity.VolunteerStatus;

/**
 * A volunteer mentor: their contact details (for coordinators only), the lived experience they
 * chose to share, what they offer, the languages they speak, when they are free, where they live
 * and how far they travel (or that they meet remotely), how many people they mentor at once (1 to
 * 5), their DBS certificate and training date, and where they are with us (applied, active,
 * paused, left). A DBS certificate cannot be issued in the future. Matching sees them as a
 * {@link VolunteerProfile}, without contact details.
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = Organisation.TENANT_PROPERTY, discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "mentoring_volunteer")
public class Volunteer extends BaseEntity {

    public static final int MAX_NAME = 100;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(length = 200)
    private String email;

    @Column(length = 40)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Locality district;

    private boolean remote;

    @Column(name = "travel_km", nullable = false)
    private int travelKm;

    @Column(nullable = false)
    private int capacity;

    @Column(nullable = false, length = 400)
    private String skills = "";

    @Column(nullable = false, length = 200)
    private String languages = "";

    @Column(name = "lived_experience", nullable = false, length = 400)
    private String livedExperience = "";

    @Column(nullable = false, length = 400)
    private String availability = "";

    @Column(name = "access_support", nullable = false, length = 400)
    private String accessSupport = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "dbs_level", length = 30)
    private DbsLevel dbsLevel;

    @Column(name = "dbs_issued_on")
    private LocalDate dbsIssuedOn;

    @Column(name = "dbs_update_service")
    private boolean dbsUpdateService;

    @Column(name = "training_completed_on")
    private LocalDate trainingCompletedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VolunteerStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 40)
    private String createdBy;

    protected Volunteer() {
    }

    /** Registers a volunteer from a draft, refusing it whole (every field at fault named) if anything is wrong. */
    public Volunteer(VolunteerDraft draft, String coordinator, Instant now, LocalDate today) {
        take(draft, today);
        this.createdAt = now;
        this.createdBy = coordinator;
    }

    /**
     * Their details as a coordinator corrected them, checked as at registration: a draft with
     * anything wrong is refused whole and changes nothing. Who registered them, and when, stays.
     */
    public void revise(VolunteerDraft draft, LocalDate today) {
        take(draft, today);
    }

    private void take(VolunteerDraft draft, LocalDate today) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        Set<Goal> goals = CodeSets.parse(problems, Goal.class, "skills", draft.skills());
        List<String> langs = CodeSets.languages(problems, "languages", draft.languages());
        Set<ImpairmentGroup> lived = CodeSets.parse(problems, ImpairmentGroup.class, "livedExperience", draft.livedExperience());
        Set<AvailabilitySlot> slots = CodeSets.parse(problems, AvailabilitySlot.class, "availability", draft.availability());
        Set<AccessNeed> support = CodeSets.parse(problems, AccessNeed.class, "accessSupport", draft.accessSupport());
        Locality where = CodeSets.parseOne(problems, Locality.class, "district", draft.district());
        DbsLevel level = CodeSets.parseOne(problems, DbsLevel.class, "dbs.level", draft.dbsLevel());
        VolunteerStatus state = CodeSets.parseOne(problems, VolunteerStatus.class, "status", draft.status());
        String cleanName = draft.name() == null ? "" : draft.name().strip();
        problems.check(!cleanName.isEmpty(), "name", "Enter the volunteer's name")
                .check(cleanName.length() <= MAX_NAME, "name", "Keep the name to " + MAX_NAME + " characters");
        problems.check(blank(draft.district()) != null, "district", "Choose the district they live in");
        if (draft.capacity() == null) {
            problems.reject("capacity", "Say how many people they can mentor at once (1 to 5)");
        } else {
            problems.check(draft.capacity() >= 1 && draft.capacity() <= VolunteerProfile.MAX_CAPACITY, "capacity",
                    "Must be between 1 and " + VolunteerProfile.MAX_CAPACITY + " people at once");
        }
        problems.check(draft.travelKm() == null || (draft.travelKm() >= 0 && draft.travelKm() <= 200), "travelKm",
                "Must be between 0 and 200 km");
        if (level != null || draft.dbsIssuedOn() != null) {
            problems.check(blank(draft.dbsLevel()) != null, "dbs.level", "Give the certificate's level");
            problems.check(draft.dbsIssuedOn() != null, "dbs.issuedOn", "Give the date the certificate was issued");
        }
        problems.check(draft.dbsIssuedOn() == null || !draft.dbsIssuedOn().isAfter(today), "dbs.issuedOn",
                "A DBS certificate cannot be issued in the future");
        problems.check(draft.trainingCompletedOn() == null || !draft.trainingCompletedOn().isAfter(today), "trainingCompletedOn",
                "Training cannot be completed in the future; leave it empty until it is");
        org.ecdp.domain.validation.PlausibleDates.check(problems, "trainingCompletedOn", draft.trainingCompletedOn());
        org.ecdp.domain.validation.PlausibleDates.check(problems, "dbs.issuedOn", draft.dbsIssuedOn());
        problems.check(blank(draft.email()) == null || draft.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "email",
                "Enter an email address such as name@example.org");
        problems.check(blank(draft.phone()) == null || draft.phone().strip().matches("[+0-9 ()-]{6,40}"), "phone",
                "Enter a phone number using digits, spaces and +");
        problems.throwIfAny();

        this.name = cleanName;
        this.email = blank(draft.email());
        this.phone = blank(draft.phone());
        this.district = where;
        this.remote = Boolean.TRUE.equals(draft.remote());
        this.travelKm = draft.travelKm() == null ? 0 : draft.travelKm();
        this.capacity = draft.capacity();
        this.skills = CodeSets.join(goals);
        this.languages = CodeSets.joinWords(langs);
        this.livedExperience = CodeSets.join(lived);
        this.availability = CodeSets.join(slots);
        this.accessSupport = CodeSets.join(support);
        this.dbsLevel = level;
        this.dbsIssuedOn = draft.dbsIssuedOn();
        this.dbsUpdateService = Boolean.TRUE.equals(draft.dbsUpdateService());
        this.trainingCompletedOn = draft.trainingCompletedOn();
        this.status = state == null ? VolunteerStatus.ACTIVE : state;
    }

    /** How matching sees this volunteer while they mentor {@code activeMatches} people. */
    public VolunteerProfile profile(int activeMatches) {
        return new VolunteerProfile(getId() == null ? 0 : getId(), district, remote, travelKm, capacity, activeMatches, getSkills(),
                Set.copyOf(getLanguages()), getLivedExperience(), getAvailability(), getAccessSupport(), getDbs(),
                trainingCompletedOn, status);
    }

    public void changeStatus(VolunteerStatus newStatus) {
        this.status = newStatus;
    }

    /** The certificate as matching judges it, or null when none is recorded. */
    public DbsCertificate getDbs() {
        return dbsLevel == null || dbsIssuedOn == null ? null : new DbsCertificate(dbsLevel, dbsIssuedOn, dbsUpdateService);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getName() { return name; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public Locality getDistrict() { return district; }
    public boolean isRemote() { return remote; }
    public int getTravelKm() { return travelKm; }
    public int getCapacity() { return capacity; }
    public Set<Goal> getSkills() { return CodeSets.split(Goal.class, skills); }
    public List<String> getLanguages() { return CodeSets.splitWords(languages); }
    public Set<ImpairmentGroup> getLivedExperience() { return CodeSets.split(ImpairmentGroup.class, livedExperience); }
    public Set<AvailabilitySlot> getAvailability() { return CodeSets.split(AvailabilitySlot.class, availability); }
    public Set<AccessNeed> getAccessSupport() { return CodeSets.split(AccessNeed.class, accessSupport); }
    public LocalDate getTrainingCompletedOn() { return trainingCompletedOn; }
    public VolunteerStatus getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
}
