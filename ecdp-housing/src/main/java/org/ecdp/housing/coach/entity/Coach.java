package org.ecdp.housing.coach.entity;

import jakarta.persistence.DiscriminatorType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.ecdp.domain.organisation.entity.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.ecdp.domain.entity.BaseEntity;
import org.ecdp.domain.validation.InvalidInput;

/**
 * A peer life coach: a portal user with the COACH role and lived experience, who works with
 * at most {@code caseloadLimit} tenants at a time (withdrawn tenants no longer count).
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = Organisation.TENANT_PROPERTY, discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "housing_coach")
@NamedQuery(name = Coach.BY_USERNAME, query = "select c from Coach c where c.username = :username")
@NamedQuery(name = Coach.ACTIVE, query = "select c from Coach c where c.active = true order by c.username")
public class Coach extends BaseEntity {

    public static final String BY_USERNAME = "Coach.byUsername";
    public static final String ACTIVE = "Coach.active";

    @Column(nullable = false, length = 40)
    private String username;

    @Column(name = "caseload_limit", nullable = false)
    private int caseloadLimit;

    private boolean active = true;

    /** In the coach's own words, what lived experience they bring (optional, up to 500 characters). */
    @Column(name = "lived_experience", length = 500)
    private String livedExperience;

    protected Coach() {
    }

    public Coach(String username, int caseloadLimit) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        problems.check(username != null && !username.isBlank(), "coach", "Name the coach's portal account");
        problems.check(caseloadLimit >= 1 && caseloadLimit <= 100, "caseloadLimit", "A caseload limit is from 1 to 100 tenants");
        problems.throwIfAny();
        this.username = username.strip();
        this.caseloadLimit = caseloadLimit;
    }

    /** Sets the caseload limit and lived experience, checked field by field. */
    public void describe(Integer newLimit, String experience) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        problems.check(newLimit != null && newLimit >= 1 && newLimit <= 100, "caseloadLimit", "A caseload limit is from 1 to 100 tenants");
        String text = experience == null ? null : experience.strip();
        problems.check(text == null || text.length() <= 500, "livedExperience", "Keep lived experience to 500 characters");
        problems.throwIfAny();
        caseloadLimit = newLimit;
        livedExperience = text == null || text.isEmpty() ? null : text;
    }

    public String getLivedExperience() {
        return livedExperience;
    }

    public boolean hasRoomFor(long currentCaseload) {
        return active && currentCaseload < caseloadLimit;
    }

    public String getUsername() {
        return username;
    }

    public int getCaseloadLimit() {
        return caseloadLimit;
    }

    public boolean isActive() {
        return active;
    }
}
