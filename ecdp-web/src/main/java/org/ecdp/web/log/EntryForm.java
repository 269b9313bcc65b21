package org.ecdp.web.log;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ecdp.logging.entry.entity.Entry;
import org.ecdp.logging.entry.entity.EntryDraft;
import org.ecdp.logging.theme.entity.Theme;

/**
 * The entry form shared by capture and edit: the date, the themes (by {@link ThemeChoice}), the
 * summary, how many people, channel, locality, the optional self-declared impairment group and
 * member number, and the reason to keep personal data in the summary. It opens empty (one
 * person) or filled from an entry, and becomes the boundary's {@link EntryDraft} when saved;
 * which service the entry is in is the page's choice, not the form's.
 */
public class EntryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The draft's fields this form shows, in the boundary's words (an error names one of them). */
    static final List<String> FIELDS = List.of("occurredOn", "themes", "summary", "peopleCount", "channel", "locality",
            "impairmentGroup", "personRef", "personalDataReason");

    private final ThemeChoice themeChoice;
    private LocalDate occurredOn;
    private String summary;
    private Integer peopleCount = 1;
    private String channel;
    private String locality;
    private String impairmentGroup;
    private String personRef;
    private String personalDataReason;

    EntryForm(ThemeChoice themeChoice) {
        this.themeChoice = themeChoice;
    }

    /** Each field's client id in the JSF form {@code formId}, for {@code Messages.invalid}. */
    static Map<String, String> clientIds(String formId, String... moreFields) {
        return Stream.concat(FIELDS.stream(), Stream.of(moreFields))
                .collect(Collectors.toUnmodifiableMap(f -> f, f -> formId + ":" + f));
    }

    /** Opens the form on what the entry says now. */
    void fill(Entry entry) {
        occurredOn = entry.getOccurredOn();
        themeChoice.choose(entry.themesByName().stream().map(Theme::getCode).toList());
        summary = entry.getSummary();
        peopleCount = entry.getPeopleCount();
        channel = entry.getChannel() == null ? null : entry.getChannel().name();
        locality = entry.getLocality() == null ? null : entry.getLocality().name();
        impairmentGroup = entry.getImpairmentGroup() == null ? null : entry.getImpairmentGroup().name();
        personRef = entry.getPersonRef();
        personalDataReason = entry.getPersonalDataReason();
    }

    /** What was typed, for the boundary to check and record in {@code service} (null: the entry's own). */
    EntryDraft toDraft(String service) {
        return new EntryDraft(service, occurredOn, themeChoice.chosen(), summary, peopleCount, channel, locality,
                impairmentGroup, personRef, personalDataReason);
    }

    /** Whether any of the optional details holds something other than its default. */
    boolean hasDetails() {
        return peopleCount == null || peopleCount != 1 || !blank(channel) || !blank(locality) || !blank(impairmentGroup)
                || !blank(personRef);
    }

    /** Takes the flagged spans out of the summary; with nothing flagged left, no reason to keep it is needed. */
    void removeFromSummary(List<int[]> spans) {
        summary = PersonalDataAdvice.without(summary, spans);
        personalDataReason = null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
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

    public String label(String themeCode) {
        return themeChoice.label(themeCode);
    }

    /** The chosen themes as the form's hidden field carries them, so a bean made afresh starts from them. */
    public String getCarriedThemes() { return themeChoice.carried(); }
    void carryThemes(String carried) { themeChoice.carry(carried); }
    public String getThemeToAdd() { return themeChoice.toAdd(); }
    public void setThemeToAdd(String themeToAdd) { themeChoice.toAdd(themeToAdd); }
    public List<String> getThemeCodes() { return themeChoice.chosen(); }
    public LocalDate getOccurredOn() { return occurredOn; }
    public void setOccurredOn(LocalDate occurredOn) { this.occurredOn = occurredOn; }
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
