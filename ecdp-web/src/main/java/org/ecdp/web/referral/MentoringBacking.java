package org.ecdp.web.referral;

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
import org.ecdp.domain.service.boundary.Services;
import org.ecdp.domain.service.entity.Service;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.user.entity.Role;
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

/**
 * /referral/mentoring.xhtml: staff of any service (and coordinators) refer a person for a mentor
 * from a service they work in; the request joins the waiting list marked with that service. The
 * referrer sees their own referrals and where each stands, never who the mentor is.
 */
@Named("referralMentoringBacking")
@ViewScoped
public class MentoringBacking implements Serializable {

    static final Map<String, String> FIELDS = Map.of("ref", "referral:ref", "district", "referral:district", "goals", "referral:goals",
            "languages", "referral:languages", "sharedExperience", "referral:sharedExperience", "availability", "referral:availability",
            "accessNeeds", "referral:accessNeeds", "referredOn", "referral:referredOn", "referringService", "referral:referringService");

    @Inject
    transient MentoringRequests requests;

    @Inject
    transient Services services;

    @Inject
    transient Caller caller;

    @Inject
    transient Clock clock;

    private String referringService;
    private String ref;
    private String district;
    private boolean remoteOk;
    private List<String> goals = new ArrayList<>();
    private String languages = "en";
    private String sharedExperience;
    private List<String> availability = new ArrayList<>();
    private List<String> accessNeeds = new ArrayList<>();
    private LocalDate referredOn;
    private List<Service> myServices;
    private List<MentoringRequest> mine;

    @PostConstruct
    void init() {
        referredOn = LocalDate.now(clock);
        boolean coordinator = caller.has(Role.COORDINATOR);
        myServices = services.open().stream().filter(s -> coordinator || caller.worksIn(s.getCode())).toList();
        if (myServices.size() == 1) {
            referringService = myServices.get(0).getCode();
        }
        mine = requests.myReferrals();
    }

    public String save() {
        try {
            InvalidInput.Collector problems = new InvalidInput.Collector();
            problems.check(referringService != null && !referringService.isBlank(), "referringService", "Choose the service you are referring from");
            problems.throwIfAny();
            MentoringRequest r = requests.record(new RequestDraft(ref, district, remoteOk, goals, split(languages),
                    sharedExperience, availability, accessNeeds, referredOn, referringService));
            Messages.info(r.getRef() + " is referred and on the mentoring waiting list.");
            return "/referral/mentoring?faces-redirect=true";
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, FIELDS);
            return null;
        }
    }

    public String status(MentoringRequest r) {
        return requests.referralStatus(r).label();
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text != null) {
            for (String part : text.split("[,\\s]+")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    public List<Service> getMyServices() { return myServices; }
    public List<MentoringRequest> getMine() { return mine; }
    public LocalDate getToday() { return LocalDate.now(clock); }
    public Locality[] getDistricts() { return Locality.values(); }
    public Goal[] getGoalCodes() { return Goal.values(); }
    public ImpairmentGroup[] getImpairmentGroups() { return ImpairmentGroup.values(); }
    public AvailabilitySlot[] getSlots() { return AvailabilitySlot.values(); }
    public AccessNeed[] getAccessNeedCodes() { return AccessNeed.values(); }

    public String getReferringService() { return referringService; }
    public void setReferringService(String referringService) { this.referringService = referringService; }
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
