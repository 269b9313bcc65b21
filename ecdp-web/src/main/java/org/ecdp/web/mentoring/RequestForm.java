package org.ecdp.web.mentoring;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.vocabulary.ImpairmentGroup;
import org.ecdp.domain.vocabulary.Locality;
import org.ecdp.mentoring.matching.entity.AccessNeed;
import org.ecdp.mentoring.matching.entity.Goal;
import org.ecdp.mentoring.request.entity.RequestDraft;

/**
 * What is typed into a request for a mentor (WEB-INF/includes/mentoring-request-fields.xhtml),
 * shared by the coordinator's form and the staff referral; it lives in the page's view, so an
 * error keeps everything typed.
 */
public class RequestForm implements Serializable {

    private static final List<String> FIELDS = List.of("ref", "district", "goals", "languages", "sharedExperience",
            "availability", "accessNeeds", "referredOn");

    private final LocalDate today;
    private String ref;
    private String district;
    private boolean remoteOk;
    private List<String> goals = new ArrayList<>();
    private String languages = "en";
    private String sharedExperience;
    private final AvailabilityChoice availability = new AvailabilityChoice();
    private List<String> accessNeeds = new ArrayList<>();
    private LocalDate referredOn;

    public RequestForm(LocalDate today) {
        this.today = today;
        this.referredOn = today;
    }

    /** The request as typed, referred from a service or (null) recorded by a coordinator. */
    public RequestDraft draft(String referringService) {
        return new RequestDraft(ref, district, remoteOk, goals, VolunteerForm.split(languages), sharedExperience, availability.codes(), accessNeeds,
                referredOn, referringService);
    }

    /** Where each field's error shows, in the page's form {@code formId}. */
    public static Map<String, String> fieldsIn(String formId) {
        Map<String, String> ids = new LinkedHashMap<>();
        FIELDS.forEach(f -> ids.put(f, formId + ":" + f));
        return ids;
    }

    public LocalDate getToday() { return today; }
    public Locality[] getDistricts() { return Locality.values(); }
    public Goal[] getGoalCodes() { return Goal.values(); }
    public ImpairmentGroup[] getImpairmentGroups() { return ImpairmentGroup.values(); }
    public AccessNeed[] getAccessNeedCodes() { return AccessNeed.values(); }

    public String getRef() { return ref; }
    public void setRef(String ref) { this.ref = ref; }
    public String getDistrict() { return district; }
    public void setDistrict(String district) { this.district = district; }
    public boolean isRemoteOk() { return remoteOk; }
    public void setRemoteOk(boolean remoteOk) { this.remoteOk = remoteOk; }
    public List<String> getGoals() { return goals; }
    public void setGoals(List<String> goals) { this.goals = goals; }
    public String getLanguages() { return languages; }
    public void setLanguages(String languages) { this.languages = languages; }
    public String getSharedExperience() { return sharedExperience; }
    public void setSharedExperience(String sharedExperience) { this.sharedExperience = sharedExperience; }
    public AvailabilityChoice getAvailability() { return availability; }
    public List<String> getAccessNeeds() { return accessNeeds; }
    public void setAccessNeeds(List<String> accessNeeds) { this.accessNeeds = accessNeeds; }
    public LocalDate getReferredOn() { return referredOn; }
    public void setReferredOn(LocalDate referredOn) { this.referredOn = referredOn; }
}
