package org.ecdp.web.mentoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.mentoring.match.boundary.Matching;
import org.ecdp.mentoring.match.entity.MatchRun;
import org.ecdp.mentoring.matching.entity.Assignment;
import org.ecdp.mentoring.request.entity.MentoringRequest;
import org.ecdp.mentoring.volunteer.entity.Volunteer;
import org.ecdp.web.shell.Messages;

/**
 * /mentoring/run.xhtml?id=N: a run's suggested matches, each pair's reasons criterion by
 * criterion; the coordinator proposes, pins or forbids a pair, and re-runs.
 */
@Named
@ViewScoped
public class RunBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Matching matching;

    private Long id;
    private MatchRun run;
    private org.ecdp.mentoring.matching.entity.MatchRun result;
    private Map<Long, Volunteer> volunteers;
    private Map<Long, MentoringRequest> requests;

    /** f:viewAction. */
    public void load() {
        volunteers = matching.volunteersById();
        requests = matching.requestsById();
        run = id == null ? null : matching.findRun(id).orElse(null);
        result = run == null ? null : run.result();
    }

    public String propose(Assignment a) {
        try {
            matching.propose(a.request(), a.volunteer(), id);
            Messages.info("Proposed " + volunteerName(a.volunteer()) + " to " + ref(a.request()) + ". Record their answer under Matches.");
            return self();
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, Map.of());
            return null;
        }
    }

    public String pin(Assignment a) {
        matching.pin(a.request(), a.volunteer());
        Messages.info("Pinned " + volunteerName(a.volunteer()) + " for " + ref(a.request()) + ": re-runs keep this pair.");
        return self();
    }

    public String forbid(Assignment a) {
        matching.forbid(a.request(), a.volunteer(), "Forbidden from run " + id);
        Messages.info("Forbidden: " + volunteerName(a.volunteer()) + " will not be suggested for " + ref(a.request()) + ". Re-run to see the new suggestions.");
        return self();
    }

    public String rerun() {
        MatchRun again = matching.run(null, null);
        Messages.info("Matching re-run with your pins and forbidden pairs.");
        return "/mentoring/run?faces-redirect=true&id=" + again.getId();
    }

    public boolean pinned(Assignment a) {
        return a.pinned();
    }

    public String ref(long requestId) {
        MentoringRequest r = requests.get(requestId);
        return r == null ? "request " + requestId : r.getRef();
    }

    public String volunteerName(long volunteerId) {
        Volunteer v = volunteers.get(volunteerId);
        return v == null ? "volunteer " + volunteerId : v.getName();
    }

    private String self() {
        return "/mentoring/run?faces-redirect=true&id=" + id;
    }

    public List<Assignment> getAssignments() {
        return result == null ? List.of() : result.assignments();
    }

    public List<Long> getUnmatched() {
        return result == null ? List.of() : result.unmatched();
    }

    public MatchRun getRun() {
        return run;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
