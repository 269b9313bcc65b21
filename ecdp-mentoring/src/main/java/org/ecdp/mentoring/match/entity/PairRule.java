package org.ecdp.mentoring.match.entity;

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
import org.ecdp.domain.entity.BaseEntity;
import org.ecdp.mentoring.matching.entity.Pair;

/**
 * A coordinator's rule about one pair: PIN keeps the pair in every run while the person waits;
 * EXCLUDE (a forbidden pair, for a reason the coordinator knows) means it is never suggested.
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = Organisation.TENANT_PROPERTY, discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "mentoring_pair_rule")
public class PairRule extends BaseEntity {

    public enum Kind { PIN, EXCLUDE }

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "volunteer_id", nullable = false)
    private long volunteerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(length = 500)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 40)
    private String createdBy;

    protected PairRule() {
    }

    public PairRule(Pair pair, Kind kind, String reason, Instant now, String coordinator) {
        this.requestId = pair.request();
        this.volunteerId = pair.volunteer();
        this.kind = kind;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
        this.createdAt = now;
        this.createdBy = coordinator;
    }

    public Pair pair() {
        return Pair.of(requestId, volunteerId);
    }

    public Kind getKind() { return kind; }
    public String getReason() { return reason; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
}
