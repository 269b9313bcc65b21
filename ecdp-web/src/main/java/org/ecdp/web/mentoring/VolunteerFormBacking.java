package org.ecdp.web.mentoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.vocabulary.AvailabilitySlot;
import org.ecdp.domain.vocabulary.ImpairmentGroup;
import org.ecdp.domain.vocabulary.Locality;
import org.ecdp.mentoring.matching.entity.AccessNeed;
import org.ecdp.mentoring.matching.entity.DbsLevel;
import org.ecdp.mentoring.matching.entity.Goal;
import org.ecdp.mentoring.volunteer.boundary.Volunteers;
import org.ecdp.mentoring.volunteer.entity.Volunteer;
import org.ecdp.mentoring.volunteer.entity.VolunteerDraft;
import org.ecdp.web.shell.Messages;

/** /mentoring/volunteer.xhtml: registering a volunteer; on an error everything typed stays. */
@Named
@ViewScoped
public class VolunteerFormBacking implements Serializable {

    static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("name", "volunteer:name"), Map.entry("email", "volunteer:email"),
            Map.entry("phone", "volunteer:phone"), Map.entry("district", "volunteer:district"), Map.entry("travelKm", "volunteer:travelKm"),
            Map.entry("capacity", "volunteer:capacity"), Map.entry("skills", "volunteer:skills"), Map.entry("languages", "volunteer:languages"),
            Map.entry("livedExperience", "volunteer:livedExperience"), Map.entry("availability", "volunteer:availability"),
            Map.entry("accessSupport", "volunteer:accessSupport"), Map.entry("dbs.level", "volunteer:dbsLevel"),
            Map.entry("dbs.issuedOn", "volunteer:dbsIssuedOn"), Map.entry("trainingCompletedOn", "volunteer:trainingCompletedOn"),
            Map.entry("status", "volunteer:status"));

    @Inject
    transient Volunteers volunteers;

    private String name;
    private String email;
    private String phone;
    private String district;
    private boolean remote;
    private Integer travelKm = 10;
    private Integer capacity = 1;
    private List<String> skills = new ArrayList<>();
    private String languages = "en";
    private List<String> livedExperience = new ArrayList<>();
    private List<String> availability = new ArrayList<>();
    private List<String> accessSupport = new ArrayList<>();
    private String dbsLevel;
    private LocalDate dbsIssuedOn;
    private boolean dbsUpdateService;
    private LocalDate trainingCompletedOn;
    private String status = "ACTIVE";

    public String save() {
        try {
            Volunteer v = volunteers.register(new VolunteerDraft(name, email, phone, district, remote, travelKm, capacity, skills,
                    split(languages), livedExperience, availability, accessSupport, dbsLevel, dbsIssuedOn, dbsUpdateService,
                    trainingCompletedOn, status));
            Messages.info(v.getName() + " is registered as a volunteer.");
            return "/mentoring/waiting?faces-redirect=true";
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, FIELDS);
            return null;
        }
    }

    static List<String> split(String codes) {
        return codes == null || codes.isBlank() ? List.of() : Arrays.stream(codes.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    public Locality[] getDistricts() { return Locality.values(); }
    public Goal[] getGoals() { return Goal.values(); }
    public ImpairmentGroup[] getImpairmentGroups() { return ImpairmentGroup.values(); }
    public AvailabilitySlot[] getSlots() { return AvailabilitySlot.values(); }
    public AccessNeed[] getAccessNeeds() { return AccessNeed.values(); }
    public DbsLevel[] getDbsLevels() { return DbsLevel.values(); }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getDistrict() { return district; }
    public void setDistrict(String district) { this.district = district; }
    public boolean isRemote() { return remote; }
    public void setRemote(boolean remote) { this.remote = remote; }
    public Integer getTravelKm() { return travelKm; }
    public void setTravelKm(Integer travelKm) { this.travelKm = travelKm; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public List<String> getSkills() { return skills; }
    public void setSkills(List<String> skills) { this.skills = skills; }
    public String getLanguages() { return languages; }
    public void setLanguages(String languages) { this.languages = languages; }
    public List<String> getLivedExperience() { return livedExperience; }
    public void setLivedExperience(List<String> livedExperience) { this.livedExperience = livedExperience; }
    public List<String> getAvailability() { return availability; }
    public void setAvailability(List<String> availability) { this.availability = availability; }
    public List<String> getAccessSupport() { return accessSupport; }
    public void setAccessSupport(List<String> accessSupport) { this.accessSupport = accessSupport; }
    public String getDbsLevel() { return dbsLevel; }
    public void setDbsLevel(String dbsLevel) { this.dbsLevel = dbsLevel; }
    public LocalDate getDbsIssuedOn() { return dbsIssuedOn; }
    public void setDbsIssuedOn(LocalDate dbsIssuedOn) { this.dbsIssuedOn = dbsIssuedOn; }
    public boolean isDbsUpdateService() { return dbsUpdateService; }
    public void setDbsUpdateService(boolean dbsUpdateService) { this.dbsUpdateService = dbsUpdateService; }
    public LocalDate getTrainingCompletedOn() { return trainingCompletedOn; }
    public void setTrainingCompletedOn(LocalDate trainingCompletedOn) { this.trainingCompletedOn = trainingCompletedOn; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
}
