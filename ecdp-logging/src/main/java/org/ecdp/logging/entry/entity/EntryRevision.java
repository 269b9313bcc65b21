package org.ecdp.logging.entry.entity;

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
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One step in an entry's history: who changed it, when, how, and what it then said. Never changed. */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = Organisation.TENANT_PROPERTY, discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "entry_revision")
public class EntryRevision implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        CREATED("Created"), EDITED("Edited"), DELETED("Deleted"), THEME_MERGED("Theme merged"), IMPORTED("Imported");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The change in words for the entry's history. */
        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entry_id", nullable = false)
    private Long entryId;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 40)
    private String actor;

    @Column(name = "change_kind", nullable = false, length = 20)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Kind kind;

    @Column(nullable = false, length = 4000)
    private String snapshot;

    protected EntryRevision() {
    }

    public EntryRevision(Long entryId, Instant at, String actor, Kind kind, String snapshot) {
        this.entryId = entryId;
        this.at = at;
        this.actor = actor;
        this.kind = kind;
        this.snapshot = snapshot.length() <= 4000 ? snapshot : snapshot.substring(0, 4000);
    }

    public Long getId() {
        return id;
    }

    public Long getEntryId() {
        return entryId;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public Kind getKind() {
        return kind;
    }

    public String getSnapshot() {
        return snapshot;
    }
}
