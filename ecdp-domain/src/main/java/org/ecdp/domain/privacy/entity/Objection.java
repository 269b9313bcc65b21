package org.ecdp.domain.privacy.entity;

import jakarta.persistence.DiscriminatorType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.ecdp.domain.organisation.entity.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * A person's objection to their words being quoted. Kept by reference so that what is recorded
 * about them later is not quoted either; erasing the person removes it, so a reference used
 * again for someone else inherits nothing.
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = Organisation.TENANT_PROPERTY, discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "privacy_objection")
public class Objection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(length = 40)
    private String ref;

    @Column(name = "objected_at", nullable = false)
    private Instant objectedAt;

    @Column(name = "recorded_by", nullable = false, length = 40)
    private String recordedBy;

    protected Objection() {
    }

    public Objection(String ref, Instant objectedAt, String recordedBy) {
        this.ref = ref;
        this.objectedAt = objectedAt;
        this.recordedBy = recordedBy;
    }

    public String getRef() {
        return ref;
    }
}
