package org.ecdp.logging.entry.entity;

import jakarta.persistence.DiscriminatorType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.ecdp.domain.organisation.entity.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ecdp.domain.entity.BaseEntity;
import org.ecdp.domain.service.entity.Service;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.validation.PlausibleDates;
import org.ecdp.domain.vocabulary.Channel;
import org.ecdp.domain.vocabulary.ImpairmentGroup;
import org.ecdp.domain.vocabulary.Locality;
import org.ecdp.logging.theme.entity.Theme;

/**
 * One conversation's lived experience: what happened, when, in which service, under which
 * themes, and how many people it reflects. No name is kept: at most a pseudonymous member
 * or client number. Authors may change their own entry for 7 days; the officer at any
 * time. Deletion is soft, and every change leaves a revision.
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = Organisation.TENANT_PROPERTY, discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "log_entry")
public class Entry extends BaseEntity {

    public static final int MAX_SUMMARY = 2000;
    /** A single conversation or event; larger groups are several entries, and the day counts stay far from overflow. */
    public static final int MAX_PEOPLE = 1000;
    public static final int MAX_REASON = 500;
    public static final Duration AUTHOR_EDIT_WINDOW = Duration.ofDays(7);
    private static final Pattern PERSON_REF = Pattern.compile("(?=.*[0-9])[A-Z0-9-]{3,20}");

    @ManyToOne(optional = false)
    @JoinColumn(name = "service_id")
    private Service service;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(nullable = false, length = MAX_SUMMARY)
    private String summary;

    @Column(name = "people_count", nullable = false)
    private int peopleCount = 1;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Locality locality;

    @Enumerated(EnumType.STRING)
    @Column(name = "impairment_group", length = 30)
    private ImpairmentGroup impairmentGroup;

    @Column(name = "person_ref", length = 40)
    private String personRef;

    @Column(nullable = false, length = 40)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    private boolean deleted;

    @Column(name = "personal_data_reason", length = 500)
    private String personalDataReason;

    @Column(length = 64)
    private String fingerprint;

    /** False once the person objected to being quoted, or their words were erased. */
    private boolean quotable = true;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "entry_theme", joinColumns = @JoinColumn(name = "entry_id"), inverseJoinColumns = @JoinColumn(name = "theme_id"))
    private Set<Theme> themes = new LinkedHashSet<>();

    protected Entry() {
    }

    /** Records a checked draft. The service and themes are already resolved by the caller. */
    public Entry(Service service, Set<Theme> themes, EntryDraft draft, String author, Instant now, LocalDate today) {
        this.service = service;
        this.author = author;
        this.createdAt = now;
        apply(themes, draft, today, true);
        this.updatedAt = now;
    }

    /**
     * A row of the old workbook, already checked by the importer. Unlike a new entry it may
     * carry a theme retired since (it is history), and it keeps the row's fingerprint so the
     * same row is never imported twice.
     */
    public static Entry imported(Service service, Set<Theme> themes, EntryDraft draft, String fingerprint, String importedBy,
                                 Instant now, LocalDate today) {
        Entry entry = new Entry();
        entry.service = service;
        entry.author = importedBy;
        entry.createdAt = now;
        entry.apply(themes, draft, today, false);
        entry.updatedAt = now;
        entry.fingerprint = fingerprint;
        return entry;
    }

    public void edit(Set<Theme> newThemes, EntryDraft draft, Instant now, LocalDate today) {
        apply(newThemes, draft, today, false);
        updatedAt = now;
    }

    private void apply(Set<Theme> newThemes, EntryDraft draft, LocalDate today, boolean creating) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        check(problems, newThemes, draft, today, creating);
        problems.throwIfAny();
        occurredOn = draft.occurredOn();
        summary = draft.summary().strip();
        peopleCount = draft.peopleCount() == null ? 1 : draft.peopleCount();
        channel = parse(Channel.class, draft.channel());
        locality = parse(Locality.class, draft.locality());
        impairmentGroup = parse(ImpairmentGroup.class, draft.impairmentGroup());
        personRef = blankToNull(draft.personRef()) == null ? null : draft.personRef().strip().toUpperCase();
        personalDataReason = blankToNull(draft.personalDataReason());
        themes.clear();
        themes.addAll(newThemes);
    }

    /** Every rule a draft must meet, reported together, field by field (API field names). */
    public static void check(InvalidInput.Collector problems, Set<Theme> themes, EntryDraft draft, LocalDate today, boolean creating) {
        if (draft.occurredOn() == null) {
            problems.reject("occurredOn", "Enter the date it happened");
        } else if (draft.occurredOn().isAfter(today)) {
            problems.reject("occurredOn", "The date it happened cannot be in the future");
        } else {
            PlausibleDates.check(problems, "occurredOn", draft.occurredOn());
        }
        if (themes == null || themes.isEmpty()) {
            problems.reject("themes", "Choose at least one theme");
        } else if (creating && themes.stream().anyMatch(Theme::isRetired)) {
            problems.reject("themes", "Theme " + themes.stream().filter(Theme::isRetired).map(Theme::getName).findFirst().orElse("")
                    + " is retired; choose a current one");
        }
        String summary = draft.summary() == null ? "" : draft.summary().strip();
        if (summary.isEmpty()) {
            problems.reject("summary", "Enter a short summary of what the person told you");
        } else if (summary.length() > MAX_SUMMARY) {
            problems.reject("summary", "Keep the summary to " + MAX_SUMMARY + " characters (it has " + summary.length() + ")");
        }
        if (draft.peopleCount() != null && draft.peopleCount() < 1) {
            problems.reject("peopleCount", "How many people must be 1 or more");
        } else if (draft.peopleCount() != null && draft.peopleCount() > MAX_PEOPLE) {
            problems.reject("peopleCount", "How many people can be at most " + MAX_PEOPLE + "; log a larger group as several entries");
        }
        String reason = blankToNull(draft.personalDataReason());
        if (reason != null && reason.length() > MAX_REASON) {
            problems.reject("personalDataReason", "Keep the reason to " + MAX_REASON + " characters (it has " + reason.length() + ")");
        }
        checkCode(problems, Channel.class, "channel", draft.channel());
        checkCode(problems, Locality.class, "locality", draft.locality());
        checkCode(problems, ImpairmentGroup.class, "impairmentGroup", draft.impairmentGroup());
        String ref = blankToNull(draft.personRef());
        if (ref != null && !PERSON_REF.matcher(ref.strip().toUpperCase()).matches()) {
            problems.reject("personRef", "Use the member or client number (letters and digits, 3 to 20), never a name");
        }
    }

    private static <E extends Enum<E>> void checkCode(InvalidInput.Collector problems, Class<E> type, String field, String code) {
        if (blankToNull(code) != null) {
            try {
                Enum.valueOf(type, code.strip());
            } catch (IllegalArgumentException unknown) {
                problems.reject(field, "Unknown " + field + " code " + code.strip());
            }
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String code) {
        return blankToNull(code) == null ? null : Enum.valueOf(type, code.strip());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Authors for 7 days after recording; the officer always. Nobody changes a deleted entry. */
    public boolean canBeChangedBy(String username, boolean officer, Instant now) {
        if (deleted) {
            return false;
        }
        return officer || (author.equals(username) && Duration.between(createdAt, now).compareTo(AUTHOR_EDIT_WINDOW) <= 0);
    }

    public void delete(Instant now) {
        deleted = true;
        updatedAt = now;
    }

    /** A merged theme's entries now carry the survivor instead. */
    public void repointTheme(Theme from, Theme to) {
        if (themes.remove(from)) {
            themes.add(to);
        }
    }

    public void markImported(String rowFingerprint) {
        this.fingerprint = rowFingerprint;
    }

    /** A compact, readable copy of the entry for its history. */
    public String snapshot() {
        return "occurredOn=" + occurredOn + "; service=" + service.getCode() + "; themes=" + getThemeCodes()
                + "; people=" + peopleCount + "; channel=" + channel + "; locality=" + locality
                + "; impairment=" + impairmentGroup + "; deleted=" + deleted + "; summary=" + summary;
    }

    public List<Theme> themesByName() {
        return themes.stream().sorted(Comparator.comparing(Theme::getLabel)).toList();
    }

    public String getThemeCodes() {
        return themes.stream().map(Theme::getCode).sorted().collect(Collectors.joining(","));
    }

    public String getThemeLabels() {
        return themesByName().stream().map(Theme::getLabel).collect(Collectors.joining("; "));
    }

    public Service getService() {
        return service;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public String getSummary() {
        return summary;
    }

    public int getPeopleCount() {
        return peopleCount;
    }

    public Channel getChannel() {
        return channel;
    }

    public Locality getLocality() {
        return locality;
    }

    public ImpairmentGroup getImpairmentGroup() {
        return impairmentGroup;
    }

    public String getPersonRef() {
        return personRef;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Whether an evidence pack may quote the entry's words. */
    public boolean isQuotable() {
        return quotable;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public String getPersonalDataReason() {
        return personalDataReason;
    }

    public Set<Theme> getThemes() {
        return Set.copyOf(themes);
    }
}
