package org.ecdp.domain.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ecdp.domain.entity.BaseEntity;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.vocabulary.Codes;

/**
 * One organisation of the network ecdp hosts: ecdp itself (the host, id 1), another disabled
 * people's user-led organisation, or a partner such as a council call centre that only captures.
 * Everything else (users, services, themes, entries, volunteers, programmes...) belongs to exactly
 * one organisation and is invisible to the others. An organisation that shares aggregates lets its
 * weekly counts per network theme be pooled with the other sharing organisations' (never its entries).
 */
@Entity
@Table(name = "organisation")
@NamedQuery(name = Organisation.ALL, query = "select o from Organisation o order by o.name")
@NamedQuery(name = Organisation.BY_CODE, query = "select o from Organisation o where o.code = :code")
public class Organisation extends BaseEntity {

    public static final String ALL = "Organisation.all";
    public static final String BY_CODE = "Organisation.byCode";

    /** The organisation that hosts the network; an upgraded single-organisation database is all its. */
    public static final long HOST = 1L;

    /** The persistence context property every organisation's record is discriminated by (its organisation's id). */
    public static final String TENANT_PROPERTY = "ecdp.organisation";

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "shares_aggregates", nullable = false)
    private boolean sharesAggregates;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Organisation() {
    }

    public Organisation(String code, String name, boolean sharesAggregates, Instant createdAt) {
        this.code = Codes.valid("code", code);
        this.name = validName(name);
        this.sharesAggregates = sharesAggregates;
        this.createdAt = createdAt;
    }

    private static String validName(String name) {
        if (name == null || name.isBlank()) {
            throw InvalidInput.of("name", "Give the organisation's name");
        }
        if (name.strip().length() > 100) {
            throw InvalidInput.of("name", "Keep the name to 100 characters");
        }
        return name.strip();
    }

    /** Whether the organisation agreed that its weekly counts join the network's pooled series. */
    public void shareAggregates(boolean share) {
        this.sharesAggregates = share;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isSharesAggregates() {
        return sharesAggregates;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
