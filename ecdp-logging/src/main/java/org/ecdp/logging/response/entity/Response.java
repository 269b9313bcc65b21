package org.ecdp.logging.response.entity;

import jakarta.persistence.DiscriminatorType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.ecdp.domain.organisation.entity.Organisation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecdp.domain.entity.BaseEntity;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.logging.theme.entity.Theme;

/**
 * "You said, we did": what the organisation did about what people told it. Opened by the
 * officer from an alert or a theme, aimed at an organisation (DWP, NHS, Essex County
 * Council...), linked to the themes, alerts and entries that are its evidence, with dated
 * actions and, in the end, an outcome. A published outcome appears on the members' page,
 * which shows no personal data: title, organisation, themes, outcome.
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = Organisation.TENANT_PROPERTY, discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "lived_response")
public class Response extends BaseEntity {

    public enum Status { OPEN, IN_PROGRESS, CLOSED }

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "target_organisation", nullable = false, length = 200)
    private String targetOrganisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.OPEN;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "opened_by", nullable = false, length = 40)
    private String openedBy;

    @Column(length = 2000)
    private String outcome;

    private boolean published;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "response_theme", joinColumns = @JoinColumn(name = "response_id"), inverseJoinColumns = @JoinColumn(name = "theme_id"))
    private Set<Theme> themes = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "response_alert", joinColumns = @JoinColumn(name = "response_id"))
    @Column(name = "alert_id")
    private Set<Long> alertIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "response_entry", joinColumns = @JoinColumn(name = "response_id"))
    @Column(name = "entry_id")
    private Set<Long> entryIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "response_action", joinColumns = @JoinColumn(name = "response_id"))
    @OrderBy("on")
    private List<ResponseAction> actions = new ArrayList<>();

    protected Response() {
    }

    public Response(String title, String targetOrganisation, Set<Theme> themes, LocalDate openedOn, String openedBy) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        problems.check(title != null && !title.isBlank() && title.strip().length() <= 200, "title", "Enter a title of up to 200 characters");
        problems.check(targetOrganisation != null && !targetOrganisation.isBlank() && targetOrganisation.strip().length() <= 200,
                "targetOrganisation", "Name the organisation this response is aimed at");
        problems.check(themes != null && !themes.isEmpty(), "themes", "Link at least one theme");
        problems.throwIfAny();
        this.title = title.strip();
        this.targetOrganisation = targetOrganisation.strip();
        this.themes.addAll(themes);
        this.openedOn = openedOn;
        this.openedBy = openedBy;
    }

    public void linkAlert(long alertId) {
        alertIds.add(alertId);
    }

    public void linkEntry(long entryId) {
        entryIds.add(entryId);
    }

    public void addAction(LocalDate on, String description, LocalDate today) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        problems.check(on != null, "actionOn", "Enter the date of the action");
        problems.check(on == null || !on.isAfter(today), "actionOn", "An action is recorded once it has happened");
        problems.check(description != null && !description.isBlank() && description.strip().length() <= 1000,
                "actionDescription", "Say what was done, in up to 1,000 characters");
        problems.throwIfAny();
        actions.add(new ResponseAction(on, description.strip()));
        if (status == Status.OPEN) {
            status = Status.IN_PROGRESS;
        }
    }

    /** Closes the response with its outcome; publishing puts it on the members' page. */
    public void close(String outcomeText, boolean publish) {
        if (outcomeText == null || outcomeText.isBlank() || outcomeText.strip().length() > 2000) {
            throw InvalidInput.of("outcome", "Describe the outcome in up to 2,000 characters");
        }
        outcome = outcomeText.strip();
        published = publish;
        status = Status.CLOSED;
    }

    public void reopen() {
        status = actions.isEmpty() ? Status.OPEN : Status.IN_PROGRESS;
        published = false;
    }

    public String getThemeLabels() {
        return themes.stream().map(Theme::getLabel).sorted().collect(Collectors.joining("; "));
    }

    public List<Theme> themesByName() {
        return themes.stream().sorted(Comparator.comparing(Theme::getLabel)).toList();
    }

    /** The code of its first theme by name, for the link to that theme's trend; null without themes. */
    public String firstThemeCode() {
        return themes.isEmpty() ? null : themesByName().get(0).getCode();
    }

    /** What raised it, in words instead of the alerts' ids: "2 alerts of one surge", "1 alert", or opened by hand. */
    public String raisedBy() {
        int n = alertIds == null ? 0 : alertIds.size();
        return n == 0 ? "No alert: opened by hand" : n == 1 ? "1 alert" : n + " alerts of one surge";
    }

    public String getTitle() { return title; }
    public String getTargetOrganisation() { return targetOrganisation; }
    public Status getStatus() { return status; }
    public LocalDate getOpenedOn() { return openedOn; }
    public String getOpenedBy() { return openedBy; }
    public String getOutcome() { return outcome; }
    public boolean isPublished() { return published; }
    public Set<Long> getAlertIds() { return Set.copyOf(alertIds); }
    public Set<Long> getEntryIds() { return Set.copyOf(entryIds); }
    public List<ResponseAction> getActions() { return List.copyOf(actions); }
}
