package org.ecdp.web.mentoring;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ecdp.domain.vocabulary.ImpairmentGroup;
import org.ecdp.domain.vocabulary.Locality;
import org.ecdp.mentoring.matching.entity.AccessNeed;
import org.ecdp.mentoring.matching.entity.DbsLevel;
import org.ecdp.mentoring.matching.entity.Goal;
import org.ecdp.mentoring.volunteer.entity.Volunteer;
import org.ecdp.mentoring.volunteer.entity.VolunteerDraft;

/**
 * What is typed into /mentoring/volunteer.xhtml, empty for a new volunteer or filled from one
 * being changed; it lives in the page's view, so an error keeps everything typed.
 */
public class VolunteerForm implements Serializable {

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
    private final AvailabilityChoice availability = new AvailabilityChoice();
    private List<String> accessSupport = new ArrayList<>();
    private String dbsLevel;
    private LocalDate dbsIssuedOn;
    private boolean dbsUpdateService;
    private LocalDate trainingCompletedOn;
    private String status = "ACTIVE";

    /** The form filled with a registered volunteer's details, to change them. */
    static VolunteerForm of(Volunteer v) {
        VolunteerForm f = new VolunteerForm();
        f.name = v.getName();
        f.email = v.getEmail();
        f.phone = v.getPhone();
        f.district = v.getDistrict().name();
        f.remote = v.isRemote();
        f.travelKm = v.getTravelKm();
        f.capacity = v.getCapacity();
        f.skills = new ArrayList<>(v.getSkills().stream().map(Enum::name).toList());
        f.languages = String.join(", ", v.getLanguages());
        f.livedExperience = new ArrayList<>(v.getLivedExperience().stream().map(Enum::name).toList());
        f.availability.choose(v.getAvailability());
        f.accessSupport = new ArrayList<>(v.getAccessSupport().stream().map(Enum::name).toList());
        f.dbsLevel = v.getDbs() == null ? null : v.getDbs().level().name();
        f.dbsIssuedOn = v.getDbs() == null ? null : v.getDbs().issuedOn();
        f.dbsUpdateService = v.getDbs() != null && v.getDbs().updateService();
        f.trainingCompletedOn = v.getTrainingCompletedOn();
        f.status = v.getStatus().name();
        return f;
    }

    VolunteerDraft draft() {
        return new VolunteerDraft(name, email, phone, district, remote, travelKm, capacity, skills, split(languages), livedExperience,
                availability.codes(), accessSupport, dbsLevel, dbsIssuedOn, dbsUpdateService, trainingCompletedOn, status);
    }

    static List<String> split(String codes) {
        return codes == null || codes.isBlank() ? List.of() : Arrays.stream(codes.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    public Locality[] getDistricts() { return Locality.values(); }
    public Goal[] getGoals() { return Goal.values(); }
    public ImpairmentGroup[] getImpairmentGroups() { return ImpairmentGroup.values(); }
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
    public AvailabilityChoice getAvailability() { return availability; }
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
