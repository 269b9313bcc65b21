package org.ecdp.web.mentoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.ecdp.mentoring.match.boundary.Matching;
import org.ecdp.mentoring.match.entity.MatchRun;
import org.ecdp.mentoring.matching.entity.Assignment;
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
    private MatchNames names;

    /** f:viewAction. */
    public void load() {
        names = MatchNames.of(matching);
        run = id == null ? null : matching.findRun(id).orElse(null);
        result = run == null ? null : run.result();
    }

    public String propose(Assignment a) {
        return Messages.orStay(Map.of(), () -> {
            matching.propose(a.request(), a.volunteer(), id);
            Messages.info("Proposed " + names.volunteer(a.volunteer()) + " to " + names.ref(a.request()) + ". Record their answer under Matches.");
            return self();
        });
    }

    public String pin(Assignment a) {
        matching.pin(a.request(), a.volunteer());
        Messages.info("Pinned " + names.volunteer(a.volunteer()) + " for " + names.ref(a.request()) + ": re-runs keep this pair.");
        return self();
    }

    public String forbid(Assignment a) {
        matching.forbid(a.request(), a.volunteer(), "Forbidden from run " + id);
        Messages.info("Forbidden: " + names.volunteer(a.volunteer()) + " will not be suggested for " + names.ref(a.request()) + ". Re-run to see the new suggestions.");
        return self();
    }

    public String rerun() {
        MatchRun again = matching.run(null, null);
        Messages.info("Matching re-run with your pins and forbidden pairs.");
        return "/mentoring/run?faces-redirect=true&id=" + again.getId();
    }

    private String self() { return "/mentoring/run?faces-redirect=true&id=" + id; }

    public List<Assignment> getAssignments() { return result == null ? List.of() : result.assignments(); }
    public List<Long> getUnmatched() { return result == null ? List.of() : result.unmatched(); }
    public MatchNames getNames() { return names; }
    public MatchRun getRun() { return run; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
}
