package org.ecdp.web.mentoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.validation.NotFound;
import org.ecdp.mentoring.volunteer.boundary.Volunteers;
import org.ecdp.mentoring.volunteer.entity.Volunteer;
import org.ecdp.web.shell.Messages;

/**
 * /mentoring/volunteer.xhtml: registering a volunteer, or with {@code ?id=N} changing one's
 * details; on an error everything typed stays. Saved, the coordinator lands on the volunteers list.
 */
@Named
@ViewScoped
public class VolunteerFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("name", "volunteer:name"), Map.entry("email", "volunteer:email"),
            Map.entry("phone", "volunteer:phone"), Map.entry("district", "volunteer:district"), Map.entry("travelKm", "volunteer:travelKm"),
            Map.entry("capacity", "volunteer:capacity"), Map.entry("skills", "volunteer:skills"), Map.entry("languages", "volunteer:languages"),
            Map.entry("livedExperience", "volunteer:livedExperience"), Map.entry("availability", "volunteer:availability"),
            Map.entry("accessSupport", "volunteer:accessSupport"), Map.entry("dbs.level", "volunteer:dbsLevel"),
            Map.entry("dbs.issuedOn", "volunteer:dbsIssuedOn"), Map.entry("trainingCompletedOn", "volunteer:trainingCompletedOn"),
            Map.entry("status", "volunteer:status"));

    @Inject
    Volunteers volunteers;

    private Long id;
    private String registeredName;
    private VolunteerForm form = new VolunteerForm();

    /** f:viewAction: with an id, the form holds that volunteer's details (an unknown id gives an empty registration form). */
    public void load() {
        try {
            Volunteer v = id == null ? null : volunteers.get(id);
            form = v == null ? new VolunteerForm() : VolunteerForm.of(v);
            registeredName = v == null ? null : v.getName();
        } catch (NotFound none) {
            Messages.fieldError(null, "There is no volunteer " + id + "; you can register one here.");
            id = null;
        }
    }

    public String save() {
        try {
            Volunteer v = isChanging() ? volunteers.revise(id, form.draft()) : volunteers.register(form.draft());
            Messages.info(isChanging() ? v.getName() + "'s details are saved." : v.getName() + " is registered as a volunteer.");
            return "/mentoring/volunteers?faces-redirect=true";
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, FIELDS);
            return null;
        }
    }

    public boolean isChanging() { return id != null; }
    public String getTitle() { return isChanging() ? "Change the details of " + registeredName : "Register a volunteer"; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public VolunteerForm getForm() { return form; }
}
