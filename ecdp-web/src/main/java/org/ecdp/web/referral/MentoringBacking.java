package org.ecdp.web.referral;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.ecdp.domain.service.boundary.Services;
import org.ecdp.domain.service.entity.Service;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.mentoring.request.boundary.MentoringRequests;
import org.ecdp.mentoring.request.entity.MentoringRequest;
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

    @Inject
    MentoringRequests requests;

    @Inject
    Services services;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    private ReferralForm form;
    private List<Service> myServices;
    private List<MentoringRequest> mine;

    @PostConstruct
    void init() {
        boolean coordinator = caller.has(Role.COORDINATOR);
        myServices = services.open().stream().filter(s -> coordinator || caller.worksIn(s.getCode())).toList();
        form = new ReferralForm(LocalDate.now(clock), myServices);
        mine = requests.myReferrals();
    }

    public String save() {
        try {
            MentoringRequest r = requests.record(form.draft());
            Messages.info(r.getRef() + " is referred and on the mentoring waiting list.");
            return "/referral/mentoring?faces-redirect=true";
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, ReferralForm.FIELDS);
            return null;
        }
    }

    public String status(MentoringRequest r) {
        return requests.referralStatus(r).label();
    }

    public List<Service> getMyServices() { return myServices; }
    public List<MentoringRequest> getMine() { return mine; }
    public ReferralForm getForm() { return form; }
}
