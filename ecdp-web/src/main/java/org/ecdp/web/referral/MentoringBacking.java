package org.ecdp.web.referral;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.service.boundary.Services;
import org.ecdp.domain.service.entity.Service;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.mentoring.request.boundary.MentoringRequests;
import org.ecdp.mentoring.request.entity.MentoringRequest;
import org.ecdp.web.mentoring.RequestForm;
import org.ecdp.web.shell.Messages;

/**
 * /referral/mentoring.xhtml: staff of any service (and coordinators) refer a person for a mentor
 * from a service they work in; the request joins the waiting list marked with that service. The
 * referrer sees their own referrals and where each stands, never who the mentor is.
 */
@Named("referralMentoringBacking")
@ViewScoped
public class MentoringBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final Map<String, String> FIELDS = fields();

    @Inject
    MentoringRequests requests;

    @Inject
    Services services;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    private String referringService;
    private RequestForm form;
    private List<Service> myServices;
    private List<MentoringRequest> mine;

    @PostConstruct
    void init() {
        form = new RequestForm(LocalDate.now(clock));
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
            MentoringRequest r = requests.record(form.draft(referringService));
            Messages.info(r.getRef() + " is referred and on the mentoring waiting list.");
            return "/referral/mentoring?faces-redirect=true";
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, FIELDS);
            return null;
        }
    }

    private static Map<String, String> fields() {
        Map<String, String> ids = new java.util.HashMap<>(RequestForm.fieldsIn("referral"));
        ids.put("referringService", "referral:referringService");
        return Map.copyOf(ids);
    }

    public String status(MentoringRequest r) {
        return requests.referralStatus(r).label();
    }

    public List<Service> getMyServices() { return myServices; }
    public List<MentoringRequest> getMine() { return mine; }

    public String getReferringService() { return referringService; }
    public void setReferringService(String referringService) { this.referringService = referringService; }
    public RequestForm getForm() { return form; }
}
