package org.ecdp.web.log;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.logging.entry.boundary.Entries;
import org.ecdp.logging.entry.entity.Entry;
import org.ecdp.logging.entry.entity.PersonalDataFound;
import org.ecdp.logging.theme.boundary.Themes;
import org.ecdp.web.shell.KeptInput;
import org.ecdp.web.shell.Messages;

/**
 * Editing an entry on the log page: its author within 7 days, the officer at any time (the
 * boundary decides). The {@link EntryForm} opens filled in; on an error everything typed stays and
 * each field says what is wrong. A summary with personal data in it is not saved until it is
 * removed or a reason to keep it is given, as at capture (the boundary decides and records it).
 * As at capture ({@link CaptureBacking}), the form carries which entry it edits and the chosen
 * themes in hidden fields, so a bean made afresh on another instance picks the edit up again.
 */
@Named
@ViewScoped
public class EditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final Map<String, String> FIELDS = EntryForm.clientIds("edit");
    /** The hidden fields in which the edit form carries which entry it edits and its chosen themes. */
    static final String ENTRY_FIELD = "edit:editedEntry";
    static final String THEMES_FIELD = "edit:carriedThemes";

    @Inject
    Entries entries;

    @Inject
    Themes themes;

    private EntryForm form;
    private Long entryId;
    private List<String> findings = List.of();

    @PostConstruct
    void init() {
        form = new EntryForm(new ThemeChoice(themes.all(), themes.aliasesByCode()));
    }

    public void start(Entry entry) {
        entryId = entry.getId();
        form.fill(entry);
        findings = List.of();
    }

    public String save() {
        try {
            entries.edit(entryId, form.toDraft(null));
            Messages.info("Entry of " + form.getOccurredOn() + " updated. The officer can see what it said before.");
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

    public void cancel() {
        entryId = null;
        findings = List.of();
    }

    public boolean isEditing() {
        getForm();
        return entryId != null;
    }

    /** The form, picking up the edit its hidden fields carried (once a request, see {@link KeptInput#carry}). */
    public EntryForm getForm() {
        KeptInput.carry(ENTRY_FIELD, id -> {
            if (id.matches("[0-9]{1,18}") && !Long.valueOf(id).equals(entryId)) {
                entries.find(Long.parseLong(id)).filter(entries::canChange).ifPresent(this::start);
            }
        });
        KeptInput.carry(THEMES_FIELD, form::carryThemes);
        return form;
    }
    public List<String> getFindings() { return findings; }
    public Long getEntryId() { return entryId; }
}
