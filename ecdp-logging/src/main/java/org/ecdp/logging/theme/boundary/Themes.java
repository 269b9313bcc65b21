package org.ecdp.logging.theme.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ecdp.domain.audit.boundary.Audit;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.validation.NotFound;
import org.ecdp.logging.theme.entity.Theme;

/**
 * The officer's theme list: create, rename, move, merge and retire; every change audited and
 * made by the officer only. Anyone signed in may read the list (capture and filters need it).
 */
@ApplicationScoped
@Transactional
public class Themes {

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    @Inject
    NetworkThemes networkThemes;

    @Inject
    Audit audit;

    @Inject
    ThemeEntries entries;

    @Inject
    Caller caller;


    public List<Theme> all() {
        return em.createNamedQuery(Theme.ALL, Theme.class).getResultList();
    }

    /** Themes that can be chosen when logging. */
    public List<Theme> live() {
        return all().stream().filter(Theme::isLive).toList();
    }

    /** Every theme's aliases, by theme code, in one statement: what the capture form's theme search also looks in. */
    public java.util.Map<String, List<String>> aliasesByCode() {
        java.util.Map<String, List<String>> byCode = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("select t.code, a from Theme t join t.aliases a", Object[].class).getResultList()) {
            byCode.computeIfAbsent((String) row[0], c -> new ArrayList<>()).add((String) row[1]);
        }
        return byCode;
    }

    /** The officer names the everyday words that find a theme (a comma-separated list; empty clears them). */
    public Theme nameAliases(String code, String commaSeparated) {
        Theme theme = get(code);
        String old = theme.getAliasText();
        theme.nameAliases(commaSeparated);
        audit.record("theme.aliases", code, old + " -> " + theme.getAliasText());
        return theme;
    }

    public Optional<Theme> findByCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Theme.BY_CODE, Theme.class).setParameter("code", code.strip().toUpperCase())
                .getResultStream().findFirst();
    }

    /** The theme a code means today, following merges; unknown codes are not found. */
    public Theme resolve(String code) {
        return findByCode(code).map(Theme::resolved).orElseThrow(() -> new NotFound("No theme " + code));
    }

    /** A theme and its sub-themes: what a count or a filter "by theme" covers. */
    public Set<Theme> withSubThemes(Theme theme) {
        Set<Theme> family = new LinkedHashSet<>();
        family.add(theme);
        family.addAll(em.createQuery("select t from Theme t where t.parent = :p", Theme.class).setParameter("p", theme).getResultList());
        return family;
    }

    public Theme create(String code, String name, String parentCode) {
        return create(code, name, parentCode, null);
    }

    /**
     * A theme of the caller's organisation, counted in the network's pooled series under
     * {@code networkTheme} (a network theme's code); left out, a sub-theme is counted under its
     * parent's network theme and a top-level theme is not pooled.
     */
    public Theme create(String code, String name, String parentCode, String networkTheme) {
        requireOfficer();
        Theme parent = parentCode == null || parentCode.isBlank() ? null
                : findByCode(parentCode).orElseThrow(() -> InvalidInput.of("parent", "No theme " + parentCode));
        if (networkTheme != null && !networkThemes.exists(networkTheme)) {
            throw InvalidInput.of("networkTheme", "No network theme " + networkTheme + " (GET /api/network/themes lists them)");
        }
        Theme theme = new Theme(code, name, parent);
        theme.mapToNetworkTheme(networkTheme != null ? networkTheme : parent == null ? null : parent.getNetworkTheme());
        networkThemes.adoptIfHost(theme);
        if (findByCode(theme.getCode()).isPresent()) {
            throw InvalidInput.of("code", "A theme with code " + theme.getCode() + " already exists");
        }
        em.persist(theme);
        audit.record("theme.create", theme.getCode(), theme.getLabel());
        return theme;
    }

    public Theme rename(String code, String newName) {
        requireOfficer();
        Theme theme = get(code);
        String old = theme.getName();
        theme.rename(newName);
        networkThemes.followIfHost(theme);
        audit.record("theme.rename", code, old + " -> " + theme.getName());
        return theme;
    }

    public Theme move(String code, String newParentCode) {
        requireOfficer();
        Theme theme = get(code);
        Theme parent = newParentCode == null || newParentCode.isBlank() ? null : get(newParentCode);
        if (parent != null && !withSubThemes(theme).equals(Set.of(theme))) {
            throw InvalidInput.of("parent", theme.getName() + " has sub-themes, so it must stay top-level");
        }
        theme.moveUnder(parent);
        networkThemes.followIfHost(theme);
        recount();
        audit.record("theme.move", code, "under " + (parent == null ? "(top level)" : parent.getCode()));
        return theme;
    }

    public Theme retire(String code) {
        requireOfficer();
        Theme theme = get(code);
        theme.retire();
        audit.record("theme.retire", code, null);
        return theme;
    }

    public Theme reinstate(String code) {
        requireOfficer();
        Theme theme = get(code);
        theme.reinstate();
        audit.record("theme.reinstate", code, null);
        return theme;
    }

    /**
     * Merges one theme into another: its entries are re-pointed (each keeps a revision
     * saying so), its sub-themes move to the survivor, and its code keeps resolving.
     */
    public int merge(String code, String intoCode, String actor) {
        requireOfficer();
        Theme old = get(code);
        Theme survivor = get(intoCode);
        if (old.equals(survivor)) {
            throw InvalidInput.of("into", "Choose a different theme to merge into");
        }
        int repointed = entries.repoint(old, survivor, actor);
        for (Theme child : new ArrayList<>(em.createQuery("select t from Theme t where t.parent = :p", Theme.class)
                .setParameter("p", old).getResultList())) {
            child.moveUnder(survivor.getParent() == null ? survivor : survivor.getParent());
            networkThemes.followIfHost(child);
        }
        old.mergeInto(survivor);
        recount();
        audit.record("theme.merge", code, "into " + intoCode + ", " + repointed + " entries re-pointed");
        return repointed;
    }

    /** A move or merge changes what rolls up into what: the day counts are recomputed in the same transaction. */
    private void recount() {
        entries.recount();
    }

    private Theme get(String code) {
        return findByCode(code).orElseThrow(() -> new NotFound("No theme " + code));
    }

    /** Authorisation before anything else, whichever door called (the door checks too). */
    private void requireOfficer() {
        if (!caller.has(Role.OFFICER)) {
            throw new SecurityException("Only the lived experience officer may do this");
        }
    }
}
