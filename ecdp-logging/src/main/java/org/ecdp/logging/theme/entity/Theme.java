package org.ecdp.logging.theme.entity;

import jakarta.persistence.DiscriminatorType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.ecdp.domain.organisation.entity.Organisation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.ecdp.domain.entity.BaseEntity;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.vocabulary.Codes;

/**
 * A theme people raise: Benefits › Access to Work, Safety › Disability hate crime,
 * Transport... Two levels only: a top-level theme or a sub-theme under one. A retired
 * theme is hidden from capture but kept in history and counts. A merged theme points at
 * the theme that absorbed it, so its old code still resolves. Aliases are the everyday
 * words and abbreviations people use for it ("atw", "PIP", "bus"): typing one finds the
 * theme when logging.
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = Organisation.TENANT_PROPERTY, discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "theme")
@NamedQuery(name = Theme.ALL, query = "select t from Theme t left join t.parent p order by coalesce(p.name, t.name), p.id, t.name")
// the parent in the same statement: every entry logged needs it for its counts
@NamedQuery(name = Theme.BY_CODE, query = "select t from Theme t left join fetch t.parent where t.code = :code")
public class Theme extends BaseEntity {

    public static final String ALL = "Theme.all";
    public static final String BY_CODE = "Theme.byCode";

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private Theme parent;

    private boolean retired;

    /**
     * The network theme (its code) this theme is counted under in the network's pooled series, so
     * that pooled counts mean the same thing in every organisation; null: not pooled.
     */
    @Column(name = "network_theme", length = 40)
    private String networkTheme;

    @ManyToOne
    // not "merged_into_id": MySQL Connector/J 9 takes "_into_" in a select list for SELECT ... INTO and refuses the query
    @JoinColumn(name = "survivor_id")
    private Theme mergedInto;

    @ElementCollection
    @CollectionTable(name = "theme_alias", joinColumns = @JoinColumn(name = "theme_id"))
    @Column(name = "alias", length = 40, nullable = false)
    private Set<String> aliases = new LinkedHashSet<>();

    private static final Pattern ALIAS = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} '&-]{0,39}");

    protected Theme() {
    }

    public Theme(String code, String name, Theme parent) {
        this.code = validCode(code);
        rename(name);
        moveUnder(parent);
    }

    public static String validCode(String code) {
        return Codes.valid("code", code);
    }

    public void rename(String newName) {
        String trimmed = newName == null ? "" : newName.trim();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw InvalidInput.of("name", "Enter a name of 1 to 100 characters");
        }
        name = trimmed;
    }

    /** Themes have two levels: a parent must itself be top-level, and not this theme. */
    public void moveUnder(Theme newParent) {
        if (newParent != null) {
            if (newParent == this || (getId() != null && getId().equals(newParent.getId()))) {
                throw InvalidInput.of("parent", "A theme cannot be its own parent");
            }
            if (newParent.parent != null) {
                throw InvalidInput.of("parent", newParent.name + " is itself a sub-theme; themes have two levels");
            }
        }
        parent = newParent;
    }

    /**
     * Replaces the aliases with those in a comma-separated list, as the officer typed it:
     * each trimmed, at most 40 letters, digits, spaces, hyphens or apostrophes, duplicates
     * (ignoring case) dropped.
     */
    public void nameAliases(String commaSeparated) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> kept = new ArrayList<>();
        for (String raw : commaSeparated == null ? new String[0] : commaSeparated.split(",")) {
            String alias = raw.strip().replaceAll("\\s+", " ");
            if (alias.isEmpty()) {
                continue;
            }
            if (!ALIAS.matcher(alias).matches()) {
                throw InvalidInput.of("aliases", "\"" + alias + "\" is not a word people would type: use up to 40 letters, numbers, spaces or hyphens, separated by commas");
            }
            if (seen.add(alias.toLowerCase(Locale.ROOT))) {
                kept.add(alias);
            }
        }
        aliases.clear();
        aliases.addAll(kept);
    }

    public Set<String> getAliases() {
        return Set.copyOf(aliases);
    }

    public String getAliasText() {
        return String.join(", ", aliases.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList());
    }

    public void retire() {
        retired = true;
    }

    public void reinstate() {
        if (mergedInto != null) {
            throw InvalidInput.of("code", "A merged theme cannot be reinstated");
        }
        retired = false;
    }

    /** After a merge this theme is retired and resolves to the survivor. */
    public void mergeInto(Theme survivor) {
        if (survivor == this) {
            throw InvalidInput.of("into", "Choose a different theme to merge into");
        }
        mergedInto = survivor;
        retired = true;
        survivor.aliases.addAll(aliases);
        aliases.clear();
    }

    /** The theme this code means today: itself, or the theme it was merged into. */
    public Theme resolved() {
        Theme t = this;
        int hops = 0;
        while (t.mergedInto != null && hops++ < 20) {
            t = t.mergedInto;
        }
        return t;
    }

    public boolean isLive() {
        return !retired;
    }

    public String getLabel() {
        return parent == null ? name : parent.name + " › " + name;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    /** Counts this theme under the network theme {@code code} (null: not pooled). */
    public void mapToNetworkTheme(String code) {
        this.networkTheme = code;
    }

    public String getNetworkTheme() {
        return networkTheme;
    }

    public Theme getParent() {
        return parent;
    }

    public String getParentCode() {
        return parent == null ? null : parent.code;
    }

    public boolean isRetired() {
        return retired;
    }

    public Theme getMergedInto() {
        return mergedInto;
    }
}
