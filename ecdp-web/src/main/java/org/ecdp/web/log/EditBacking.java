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
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.logging.entry.boundary.Entries;
import org.ecdp.logging.entry.entity.Entry;
import org.ecdp.logging.entry.entity.EntryDraft;
import org.ecdp.logging.entry.entity.PersonalDataFound;
import org.ecdp.logging.theme.boundary.Themes;
import org.ecdp.logging.theme.entity.Theme;
import org.ecdp.web.shell.Messages;

/**
 * Editing an entry on the log page: its author within 7 days, the officer at any time (the
 * boundary decides). The form opens filled in; on an error everything typed stays and each
 * field says what is wrong. A summary with personal data in it is not saved until it is
 * removed or a reason to keep it is given, as at capture (the boundary decides and records it).
 */
@Named
@ViewScoped
public class EditBacking implements Serializable {

    static final Map<String, String> FIELDS = Map.of(
            "occurredOn", "edit:occurredOn", "themes", "edit:themes", "summary", "edit:summary",
            "peopleCount", "edit:peopleCount", "channel", "edit:channel", "locality", "edit:locality",
            "impairmentGroup", "edit:impairmentGroup", "personRef", "edit:personRef",
            "personalDataReason", "edit:personalDataReason");

    @Inject
    transient Entries entries;

    @Inject
    transient Themes themes;

    @Inject
    transient Clock clock;

    private ThemeChoice themeChoice;

    private Long entryId;
    private LocalDate occurredOn;
    private String summary;
    private Integer peopleCount;
    private String channel;
    private String locality;
    private String impairmentGroup;
    private String personRef;
    private String personalDataReason;
    private List<String> findings = List.of();

    @PostConstruct
    void init() {
        themeChoice = new ThemeChoice(themes.all(), themes.aliasesByCode());
    }

    public void start(Entry entry) {
        entryId = entry.getId();
        occurredOn = entry.getOccurredOn();
        themeChoice.choose(entry.themesByName().stream().map(Theme::getCode).toList());
        summary = entry.getSummary();
        peopleCount = entry.getPeopleCount();
        channel = entry.getChannel() == null ? null : entry.getChannel().name();
        locality = entry.getLocality() == null ? null : entry.getLocality().name();
        impairmentGroup = entry.getImpairmentGroup() == null ? null : entry.getImpairmentGroup().name();
        personRef = entry.getPersonRef();
        personalDataReason = entry.getPersonalDataReason();
        findings = List.of();
    }

    public String save() {
        try {
            entries.edit(entryId, new EntryDraft(null, occurredOn, themeChoice.chosen(), summary, peopleCount, channel, locality,
                    impairmentGroup, personRef, personalDataReason));
            Messages.info("Entry of " + occurredOn + " updated. The officer can see what it said before.");
            return "/log/entries?faces-redirect=true&includeViewParams=true";
        } catch (PersonalDataFound found) {
            findings = found.findings().stream().map(f -> f.kind().label() + ": " + f.redactedPreview()).toList();
            Messages.invalid(found, FIELDS);
            return null;
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, FIELDS);
            return null;
        }
    }

    public void addTheme() {
        themeChoice.addPicked();
    }

    public void removeTheme(String code) {
        themeChoice.remove(code);
    }

    public void cancel() {
        entryId = null;
        findings = List.of();
    }

    public List<String> completeTheme(String query) {
        return themeChoice.complete(query);
    }

    public String label(String themeCode) {
        return themeChoice.label(themeCode);
    }

    public boolean isEditing() {
        return entryId != null;
    }

    public List<String> getFindings() { return findings; }
    public String getThemeToAdd() { return themeChoice.toAdd(); }
    public void setThemeToAdd(String themeToAdd) { themeChoice.toAdd(themeToAdd); }
    public Long getEntryId() { return entryId; }
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
