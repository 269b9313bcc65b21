package org.ecdp.web.mentoring;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.vocabulary.AvailabilitySlot;
import org.ecdp.domain.vocabulary.ImpairmentGroup;
import org.ecdp.domain.vocabulary.Locality;
import org.ecdp.mentoring.matching.entity.AccessNeed;
import org.ecdp.mentoring.matching.entity.Goal;
import org.ecdp.mentoring.request.boundary.MentoringRequests;
import org.ecdp.mentoring.request.entity.MentoringRequest;
import org.ecdp.mentoring.request.entity.RequestDraft;
import org.ecdp.web.shell.Messages;

/** /mentoring/request.xhtml: recording a person's request for a mentor; on an error everything typed stays. */
@Named
@ViewScoped
public class RequestFormBacking implements Serializable {

    static final Map<String, String> FIELDS = Map.of("ref", "request:ref", "district", "request:district", "goals", "request:goals",
            "languages", "request:languages", "sharedExperience", "request:sharedExperience", "availability", "request:availability",
            "accessNeeds", "request:accessNeeds", "referredOn", "request:referredOn", "referringService", "request:ref");

    @Inject
    transient MentoringRequests requests;

    @Inject
    transient Clock clock;

    private String ref;
    private String district;
    private boolean remoteOk;
    private List<String> goals = new ArrayList<>();
    private String languages = "en";
    private String sharedExperience;
    private List<String> availability = new ArrayList<>();
    private List<String> accessNeeds = new ArrayList<>();
    private LocalDate referredOn;

    @PostConstruct
    void init() {
        referredOn = LocalDate.now(clock);
    }

    public String save() {
        try {
            MentoringRequest r = requests.record(new RequestDraft(ref, district, remoteOk, goals, VolunteerFormBacking.split(languages),
                    sharedExperience, availability, accessNeeds, referredOn, null));
            Messages.info(r.getRef() + " is on the waiting list.");
            return "/mentoring/waiting?faces-redirect=true";
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, FIELDS);
            return null;
        }
    }

    public LocalDate getToday() { return LocalDate.now(clock); }
    public Locality[] getDistricts() { return Locality.values(); }
    public Goal[] getGoalCodes() { return Goal.values(); }
    public ImpairmentGroup[] getImpairmentGroups() { return ImpairmentGroup.values(); }
    public AvailabilitySlot[] getSlots() { return AvailabilitySlot.values(); }
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
    public List<String> getAvailability() { return availability; }
    public void setAvailability(List<String> availability) { this.availability = availability; }
    public List<String> getAccessNeeds() { return accessNeeds; }
    public void setAccessNeeds(List<String> accessNeeds) { this.accessNeeds = accessNeeds; }
    public LocalDate getReferredOn() { return referredOn; }
    public void setReferredOn(LocalDate referredOn) { this.referredOn = referredOn; }
}
