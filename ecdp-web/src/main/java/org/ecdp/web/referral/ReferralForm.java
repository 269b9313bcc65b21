package org.ecdp.web.referral;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.service.entity.Service;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.mentoring.request.entity.RequestDraft;
import org.ecdp.web.mentoring.RequestForm;

/**
 * A referral for a mentor: the person's request (the same form coordinators use) and the service
 * the referrer refers from, which they must choose; someone who works in one service only has it
 * chosen for them.
 */
public class ReferralForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where each field's message goes on the page. */
    static final Map<String, String> FIELDS = fields();

    private final RequestForm request;
    private String referringService;

    ReferralForm(LocalDate today, List<Service> referringFrom) {
        request = new RequestForm(today);
        referringService = referringFrom.size() == 1 ? referringFrom.get(0).getCode() : null;
    }

    /** The request to record; an InvalidInput naming {@code referringService} when no service was chosen. */
    RequestDraft draft() {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        problems.check(referringService != null && !referringService.isBlank(), "referringService", "Choose the service you are referring from");
        problems.throwIfAny();
        return request.draft(referringService);
    }

    private static Map<String, String> fields() {
        Map<String, String> ids = new HashMap<>(RequestForm.fieldsIn("referral"));
        ids.put("referringService", "referral:referringService");
        return Map.copyOf(ids);
    }

    public RequestForm getRequest() { return request; }
    public String getReferringService() { return referringService; }
    public void setReferringService(String referringService) { this.referringService = referringService; }
}
