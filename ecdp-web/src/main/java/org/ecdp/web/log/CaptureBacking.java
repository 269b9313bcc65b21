package org.ecdp.web.log;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.ecdp.domain.service.entity.Service;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.vocabulary.Channel;
import org.ecdp.domain.vocabulary.ImpairmentGroup;
import org.ecdp.domain.vocabulary.Locality;
import org.ecdp.logging.entry.boundary.Entries;
import org.ecdp.logging.entry.boundary.KeyedEntries;
import org.ecdp.logging.entry.entity.EntryDraft;
import org.ecdp.logging.entry.entity.PersonalDataFound;
import org.ecdp.logging.theme.boundary.Themes;
import org.ecdp.logging.theme.entity.Theme;
import org.ecdp.web.shell.Messages;

/**
 * The quick-capture form on the log page: date (today by default), themes by autocomplete,
 * summary, people, channel, locality, and the optional self-declared impairment group and
 * member number. On an error everything typed stays and each field says what is wrong.
 */
@Named
@ViewScoped
public class CaptureBacking implements Serializable {

    static final Map<String, String> FIELDS = Map.of(
            "service", "capture:service", "occurredOn", "capture:occurredOn", "themes", "capture:themes",
            "summary", "capture:summary", "peopleCount", "capture:peopleCount", "channel", "capture:channel",
            "locality", "capture:locality", "impairmentGroup", "capture:impairmentGroup", "personRef", "capture:personRef",
            "personalDataReason", "capture:personalDataReason");

    @Inject
    transient Entries entries;

    private static final Pattern FORM_KEY = Pattern.compile("capture-[0-9a-f-]{36}");

    @Inject
    transient KeyedEntries keyedEntries;

    @Inject
    transient Themes themes;

    @Inject
    transient Clock clock;

    private ThemeChoice themeChoice;
    private List<Service> services;

    private String service;
    private LocalDate occurredOn;
    private String summary;
    private Integer peopleCount = 1;
    private String channel;
    private String locality;
    private String impairmentGroup;
    private String personRef;
    private String personalDataReason;
    private List<String> personalData = List.of();
    /**
     * One idempotency key per rendered form, carried in the form itself: a double-click, a form
     * resubmitted from the browser's history or a save repeated after a database outage stores
     * one entry.
     */
    private String formKey = "capture-" + UUID.randomUUID();
    private List<int[]> personalDataSpans = List.of();
    private PersonalDataAdvice personalDataAdvice;

    @PostConstruct
    void init() {
        themeChoice = new ThemeChoice(themes.live(), themes.aliasesByCode());
        services = entries.visibleServices().stream().filter(s -> !s.isArchived()).toList();
        occurredOn = LocalDate.now(clock);
        if (services.size() == 1) {
            service = services.get(0).getCode();
        }
    }

    public List<String> completeTheme(String query) {
        return themeChoice.complete(query);
    }

    public void addTheme() {
        themeChoice.addPicked();
    }

    public void removeTheme(String code) {
        themeChoice.remove(code);
    }

    public String getThemeToAdd() { return themeChoice.toAdd(); }
    public void setThemeToAdd(String themeToAdd) { themeChoice.toAdd(themeToAdd); }

    public String label(String themeCode) {
        return themeChoice.label(themeCode);
    }

    public String save(String defaultService) {
        String chosen = service == null || service.isBlank() ? defaultService : service;
        try {
            keyedEntries.log(new EntryDraft(chosen, occurredOn, themeChoice.chosen(), summary, peopleCount, channel, locality,
                    impairmentGroup, personRef, personalDataReason), formKey, "summary");
            Messages.info("Entry logged. Thank you.");
            return "/log/entries?faces-redirect=true" + (chosen == null ? "" : "&service=" + chosen);
        } catch (PersonalDataFound found) {
            personalData = found.findings().stream().map(f -> f.kind().label() + ": " + f.redactedPreview()).toList();
            personalDataSpans = found.findings().stream().map(f -> new int[] {f.start(), f.end()}).toList();
            personalDataAdvice = PersonalDataAdvice.of(found.findings());
            Messages.fieldError("capture:summary", personalDataAdvice.instruction());
            return null;
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, FIELDS);
            return null;
        }
    }

    /** "Remove the phone number": takes what was found out of the summary, so the entry can be logged as it is. */
    public void removePersonalData() {
        summary = PersonalDataAdvice.without(summary, personalDataSpans);
        personalData = List.of();
        personalDataSpans = List.of();
        personalDataAdvice = null;
        personalDataReason = null;
    }

    public PersonalDataAdvice getPersonalDataAdvice() {
        return personalDataAdvice;
    }

    /**
     * Whether "More details" opens: when any of its optional fields holds something other
     * than its default, or has an error to show.
     */
    public boolean isDetailsOpen() {
        boolean filled = peopleCount == null || peopleCount != 1 || !blank(channel) || !blank(locality)
                || !blank(impairmentGroup) || !blank(personRef);
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        return filled || java.util.stream.Stream.of("peopleCount", "channel", "locality", "impairmentGroup", "personRef")
                .anyMatch(id -> faces.getMessages("capture:" + id).hasNext());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** What the personal-data check found in the summary, shown so staff can remove it. */
    public List<String> getPersonalData() {
        return personalData;
    }

    public List<Service> getServices() {
        return services;
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public Locality[] getLocalities() {
        return Locality.values();
    }

    public ImpairmentGroup[] getImpairmentGroups() {
        return ImpairmentGroup.values();
    }

    public List<Theme> getLiveThemes() {
        return themes.live();
    }

    public String getFormKey() { return formKey; }
    public void setFormKey(String formKey) {
        if (formKey != null && FORM_KEY.matcher(formKey).matches()) {
            this.formKey = formKey;
        }
    }
    public String getService() { return service; }
    public void setService(String service) { this.service = service; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public void setOccurredOn(LocalDate occurredOn) { this.occurredOn = occurredOn; }
    public List<String> getThemeCodes() { return themeChoice.chosen(); }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public Integer getPeopleCount() { return peopleCount; }
    public void setPeopleCount(Integer peopleCount) { this.peopleCount = peopleCount; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public String getLocality() { return locality; }
    public void setLocality(String locality) { this.locality = locality; }
    public String getImpairmentGroup() { return impairmentGroup; }
    public void setImpairmentGroup(String impairmentGroup) { this.impairmentGroup = impairmentGroup; }
    public String getPersonRef() { return personRef; }
    public void setPersonRef(String personRef) { this.personRef = personRef; }
    public String getPersonalDataReason() { return personalDataReason; }
    public void setPersonalDataReason(String personalDataReason) { this.personalDataReason = personalDataReason; }
}
