package org.ecdp.mentoring.privacy.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.ecdp.domain.audit.boundary.Audit;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.validation.NotFound;

/** Subject access and erasure for a volunteer, known by their id: the administrator only, audited. */
@ApplicationScoped
@Transactional
public class VolunteerRecords {

    @Inject
    MentoringPersonalData mentoring;

    @Inject
    Audit audit;

    @Inject
    Caller caller;

    public Map<String, Object> subjectAccess(long id) {
        requireAdmin();
        Map<String, Object> held = mentoring.findVolunteer(id);
        if (held == null) {
            throw new NotFound("No volunteer " + id);
        }
        audit.record("privacy.subject-access", "volunteer " + id, "mentoring=1");
        return held;
    }

    public int erase(long id, String reason) {
        requireAdmin();
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw InvalidInput.of("reason", "Say why the volunteer's data is erased (at most 500 characters)");
        }
        int changed = mentoring.eraseVolunteer(id);
        if (changed == 0) {
            throw new NotFound("No volunteer " + id);
        }
        audit.record("privacy.erasure", "volunteer " + id, "mentoring=" + changed + "; reason: " + why);
        return changed;
    }

    private void requireAdmin() {
        if (!caller.has(Role.ADMIN)) {
            throw new SecurityException("Only the administrator (the data protection lead) may do this");
        }
    }
}
