package org.ecdp.web.mentoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.mentoring.match.boundary.Matching;
import org.ecdp.mentoring.matching.entity.Assignment;
import org.ecdp.mentoring.request.entity.MentoringRequest;
import org.ecdp.mentoring.volunteer.entity.Volunteer;
import org.ecdp.web.shell.Messages;

/** /mentoring/best.xhtml?request=N: the best five volunteers for one person, with their reasons. */
@Named
@ViewScoped
public class BestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Matching matching;

    private Long request;
    private MentoringRequest person;
    private List<Assignment> best = List.of();
    private Map<Long, Volunteer> volunteers;

    /** f:viewAction. */
    public void load() {
        volunteers = matching.volunteersById();
        person = request == null ? null : matching.requestsById().get(request);
        best = person == null ? List.of() : matching.bestVolunteersFor(request);
    }

    public String propose(Assignment a) {
        try {
            matching.propose(a.request(), a.volunteer(), null);
            Messages.info("Proposed " + volunteerName(a.volunteer()) + " to " + person.getRef() + ". Record their answer under Matches.");
            return "/mentoring/matches?faces-redirect=true";
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, Map.of());
            return null;
        }
    }

    public String pin(Assignment a) {
        matching.pin(a.request(), a.volunteer());
        Messages.info("Pinned " + volunteerName(a.volunteer()) + " for " + person.getRef() + ": the next run keeps this pair.");
        return "/mentoring/best?faces-redirect=true&request=" + request;
    }

    public String forbid(Assignment a) {
        matching.forbid(a.request(), a.volunteer(), "Forbidden from best volunteers");
        Messages.info(volunteerName(a.volunteer()) + " will not be suggested for " + person.getRef() + ".");
        return "/mentoring/best?faces-redirect=true&request=" + request;
    }

    public String volunteerName(long id) {
        Volunteer v = volunteers.get(id);
        return v == null ? "volunteer " + id : v.getName();
    }

    public MentoringRequest getPerson() { return person; }
    public List<Assignment> getBest() { return best; }
    public Long getRequest() { return request; }
    public void setRequest(Long request) { this.request = request; }
}
