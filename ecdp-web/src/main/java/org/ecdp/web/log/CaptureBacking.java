package org.ecdp.web.log;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
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
import java.util.stream.Stream;
import org.ecdp.domain.service.entity.Service;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.vocabulary.Channel;
import org.ecdp.domain.vocabulary.ImpairmentGroup;
import org.ecdp.domain.vocabulary.Locality;
import org.ecdp.logging.entry.boundary.Entries;
import org.ecdp.logging.entry.boundary.KeyedEntries;
import org.ecdp.logging.entry.entity.PersonalDataFound;
import org.ecdp.logging.theme.boundary.Themes;
import org.ecdp.logging.theme.entity.Theme;
import org.ecdp.web.shell.KeptInput;
import org.ecdp.web.shell.Messages;

/**
 * The quick-capture form on the log page: the service, then the {@link EntryForm} (date today by
 * default, one person). On an error everything typed stays and each field says what is wrong; a
 * summary with personal data in it says what was found and how to take it out.
 *
 * <p>The themes are chosen one by one with Ajax, and the page runs on several instances (issue
 * 16). The view-scoped bean travels in the replicated session, but not always in time or at all:
 * an instance that dies before the grid has the request's session, a bean left behind on an
 * instance the previous clicks did not reach, a view that expired. So the form also carries the
 * chosen themes in a hidden field posted with every click, and each request starts from it
 * ({@link KeptInput#carry}): what the browser shows is what is logged. The other fields are posted
 * anyway. Client-side state saving would not help: Mojarra keeps view-scoped beans in the session
 * even then. What was found in a refused summary is not carried: "Log it" finds it again.
 */
@Named
@ViewScoped
public class CaptureBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final Map<String, String> FIELDS = EntryForm.clientIds("capture", "service");
    /** The hidden field in which the form carries the chosen themes (see the class comment). */
    static final String THEMES_FIELD = "capture:carriedThemes";
    private static final Pattern FORM_KEY = Pattern.compile("capture-[0-9a-f-]{36}");

    @Inject
    Entries entries;

    @Inject
    KeyedEntries keyedEntries;

    @Inject
    Themes themes;

    @Inject
    Clock clock;

    private EntryForm form;
    private List<Service> services;
    private String service;
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
        form = new EntryForm(new ThemeChoice(themes.live(), themes.aliasesByCode()));
        services = entries.visibleServices().stream().filter(s -> !s.isArchived()).toList();
        form.setOccurredOn(LocalDate.now(clock));
        if (services.size() == 1) {
            service = services.get(0).getCode();
        }
    }

    public String save(String defaultService) {
        String chosen = service == null || service.isBlank() ? defaultService : service;
        try {
            keyedEntries.log(form.toDraft(chosen), formKey, "summary");
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
        form.removeFromSummary(personalDataSpans);
        personalData = List.of();
        personalDataSpans = List.of();
        personalDataAdvice = null;
    }

    /** Whether "More details" opens: when any of its optional fields is filled in, or has an error to show. */
    public boolean isDetailsOpen() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return form.hasDetails() || Stream.of("peopleCount", "channel", "locality", "impairmentGroup", "personRef")
                .anyMatch(id -> faces.getMessages("capture:" + id).hasNext());
    }

    /** The form, with the themes its hidden field carried (once a request, see {@link KeptInput#carry}). */
    public EntryForm getForm() {
        KeptInput.carry(THEMES_FIELD, form::carryThemes);
        return form;
    }
    public PersonalDataAdvice getPersonalDataAdvice() { return personalDataAdvice; }
    /** What the personal-data check found in the summary, shown so staff can remove it. */
    public List<String> getPersonalData() { return personalData; }
    public List<Service> getServices() { return services; }
    public Channel[] getChannels() { return Channel.values(); }
    public Locality[] getLocalities() { return Locality.values(); }
    public ImpairmentGroup[] getImpairmentGroups() { return ImpairmentGroup.values(); }
    public List<Theme> getLiveThemes() { return themes.live(); }
    public String getService() { return service; }
    public void setService(String service) { this.service = service; }
    public String getFormKey() { return formKey; }
    public void setFormKey(String formKey) {
        if (formKey != null && FORM_KEY.matcher(formKey).matches()) {
            this.formKey = formKey;
        }
    }
}
