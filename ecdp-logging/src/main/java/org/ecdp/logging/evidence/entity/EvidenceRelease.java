package org.ecdp.logging.evidence.entity;

import jakarta.persistence.DiscriminatorType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.ecdp.domain.organisation.entity.Organisation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * An evidence pack that left the organisation for publication: its themes (sub-themes included,
 * by id), its dates, when and by whom. Two published packs whose themes share a theme and whose
 * dates overlap, without being the same pack again, could be subtracted one from the other to
 * reveal a count that each hid as "&lt;10"; a release refuses such a pack.
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = Organisation.TENANT_PROPERTY, discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "evidence_release")
public class EvidenceRelease implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "from_date", nullable = false)
    private LocalDate from;

    @Column(name = "to_date", nullable = false)
    private LocalDate to;

    @Column(name = "themes_named", nullable = false, length = 2000)
    private String themesNamed;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evidence_release_theme", joinColumns = @JoinColumn(name = "release_id"))
    @Column(name = "theme_id")
    private Set<Long> themeIds = new HashSet<>();

    @Column(name = "released_at", nullable = false)
    private Instant releasedAt;

    @Column(name = "released_by", nullable = false, length = 40)
    private String releasedBy;

    protected EvidenceRelease() {
    }

    public EvidenceRelease(Set<Long> themeIds, String themesNamed, LocalDate from, LocalDate to, Instant releasedAt, String releasedBy) {
        this.themeIds = new HashSet<>(themeIds);
        this.themesNamed = themesNamed.length() > 2000 ? themesNamed.substring(0, 1997) + "..." : themesNamed;
        this.from = from;
        this.to = to;
        this.releasedAt = releasedAt;
        this.releasedBy = releasedBy;
    }

    /** Whether this release covers the same themes and the same dates: releasing it again reveals nothing new. */
    public boolean isSameAs(Set<Long> otherThemes, LocalDate otherFrom, LocalDate otherTo) {
        return themeIds.equals(otherThemes) && from.equals(otherFrom) && to.equals(otherTo);
    }

    /** Whether a pack of these themes and dates could be differenced against this release: a shared theme and a shared day, not the same pack. */
    public boolean clashesWith(Set<Long> otherThemes, LocalDate otherFrom, LocalDate otherTo) {
        boolean sharedDay = !otherFrom.isAfter(to) && !otherTo.isBefore(from);
        return sharedDay && !Collections.disjoint(themeIds, otherThemes) && !isSameAs(otherThemes, otherFrom, otherTo);
    }

    public Long getId() { return id; }
    public LocalDate getFrom() { return from; }
    public LocalDate getTo() { return to; }
    public String getThemesNamed() { return themesNamed; }
    public Set<Long> getThemeIds() { return Collections.unmodifiableSet(themeIds); }
    public Instant getReleasedAt() { return releasedAt; }
    public String getReleasedBy() { return releasedBy; }
}
