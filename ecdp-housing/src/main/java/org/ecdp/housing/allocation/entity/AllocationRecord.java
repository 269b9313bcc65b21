package org.ecdp.housing.allocation.entity;

import jakarta.persistence.DiscriminatorType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.ecdp.domain.organisation.entity.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * A stored {@link Allocation}: written once, every column not updatable and no version, so
 * nothing in the portal can change it; whatever changes it outside the portal breaks the hash
 * chain, which {@code AllocationChainVerifier} reports.
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = Organisation.TENANT_PROPERTY, discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "housing_allocation")
@NamedQuery(name = AllocationRecord.OF_PROGRAMME,
        query = "select a from AllocationRecord a where a.programmeId = :programme order by a.sequenceNumber")
@NamedQuery(name = AllocationRecord.COUNT_IN_STRATUM,
        query = "select count(a) from AllocationRecord a where a.programmeId = :programme and a.stratumKey = :stratum")
public class AllocationRecord implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_PROGRAMME = "AllocationRecord.ofProgramme";
    public static final String COUNT_IN_STRATUM = "AllocationRecord.countInStratum";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The programme, by id: the allocation component links to the programme component by id only. */
    @Column(name = "programme_id", nullable = false, updatable = false)
    private long programmeId;

    @Column(name = "sequence_number", nullable = false, updatable = false)
    private long sequenceNumber;

    @Column(name = "stratum_key", nullable = false, updatable = false, length = 200)
    private String stratumKey;

    @Column(name = "participant_ref", nullable = false, updatable = false, length = 40)
    private String participantRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private Arm arm;

    /** Epoch milliseconds: exactly the instant hashed, whatever the database does with timestamps. */
    @Column(name = "allocated_at", nullable = false, updatable = false)
    private long allocatedAt;

    @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
    private String previousHash;

    @Column(nullable = false, updatable = false, length = 64)
    private String hash;

    protected AllocationRecord() {
    }

    public AllocationRecord(long programmeId, Allocation allocation) {
        this.programmeId = programmeId;
        this.sequenceNumber = allocation.sequenceNumber();
        this.stratumKey = allocation.stratum().key();
        this.participantRef = allocation.participantRef();
        this.arm = allocation.arm();
        this.allocatedAt = allocation.allocatedAt().toEpochMilli();
        this.previousHash = allocation.previousHash();
        this.hash = allocation.hash();
    }

    public Allocation toAllocation() {
        return new Allocation(sequenceNumber, new Stratum(stratumKey), participantRef, arm, Instant.ofEpochMilli(allocatedAt), previousHash, hash);
    }

    public long getSequenceNumber() {
        return sequenceNumber;
    }
}
