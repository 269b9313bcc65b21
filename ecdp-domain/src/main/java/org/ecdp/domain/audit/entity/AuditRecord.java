package org.ecdp.domain.audit.entity;

import jakarta.persistence.DiscriminatorType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.ecdp.domain.organisation.entity.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * Who did what, when, to which record. Written for every administrative change, every
 * export and every reading of a sensitive record; never updated or deleted.
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = Organisation.TENANT_PROPERTY, discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "audit_record")
@NamedQuery(name = AuditRecord.LATEST, query = "select a from AuditRecord a order by a.at desc, a.id desc")
public class AuditRecord implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String LATEST = "AuditRecord.latest";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 40)
    private String actor;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(length = 200)
    private String target;

    @Column(length = 2000)
    private String detail;

    protected AuditRecord() {
    }

    public AuditRecord(Instant at, String actor, String action, String target, String detail) {
        this.at = at;
        // cut to the columns' sizes: an over-long value must never make the audited operation fail
        this.actor = cut(actor == null ? "system" : actor, 40);
        this.action = cut(action, 60);
        this.target = cut(target, 200);
        this.detail = cut(detail, 2000);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getDetail() {
        return detail;
    }
}
