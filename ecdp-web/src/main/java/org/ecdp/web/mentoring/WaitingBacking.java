package org.ecdp.web.mentoring;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.ecdp.mentoring.match.boundary.Matching;
import org.ecdp.mentoring.match.entity.MatchRun;
import org.ecdp.mentoring.matching.entity.Goal;
import org.ecdp.mentoring.request.boundary.MentoringRequests;
import org.ecdp.mentoring.request.entity.MentoringRequest;

/** /mentoring/waiting.xhtml: everyone waiting for a mentor, longest first, and "run matching". */
@Named
@ViewScoped
public class WaitingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MentoringRequests requests;

    @Inject
    Matching matching;

    private List<MentoringRequest> waiting;

    @PostConstruct
    void init() {
        waiting = requests.waiting();
    }

    public String runMatching() {
        MatchRun run = matching.run(null, null);
        return "/mentoring/run?faces-redirect=true&id=" + run.getId();
    }

    public long daysWaiting(MentoringRequest request) {
        return requests.daysWaiting(request);
    }

    public String goals(MentoringRequest request) {
        return request.getGoals().stream().map(Goal::label).collect(Collectors.joining(", "));
    }

    public List<MentoringRequest> getWaiting() {
        return waiting;
    }
}
