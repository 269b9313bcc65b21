package org.ecdp.web.housing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.ecdp.housing.coach.entity.Coach;
import org.ecdp.housing.coaching.boundary.Coaching;
import org.ecdp.housing.enrolment.boundary.Enrolments;
import org.ecdp.housing.enrolment.boundary.Outcomes;
import org.ecdp.housing.programme.boundary.Programmes;
import org.ecdp.housing.programme.entity.Programme;

/**
 * /housing/enrolment.xhtml: a recruiting programme's participants and the coordinator's forms: enrol
 * ({@link EnrolmentForm}; the arm is shown once, after randomisation, never in the list), a coach
 * for coached tenants waiting, the shared yes/no outcome, and a withdrawal.
 */
@Named
@ViewScoped
public class EnrolmentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Programmes programmes;

    @Inject
    Enrolments enrolments;

    @Inject
    Outcomes outcomes;

    @Inject
    Coaching coaching;

    @Inject
    Clock clock;

    private Long programmeId;
    private Programme programme;
    private List<Programme> recruiting;
    private ProgrammeTenants tenants = ProgrammeTenants.NONE;
    private EnrolmentForm enrolment;
    private BinaryOutcomeForm binary;
    private WithdrawalForm withdrawal;
    private CoachAssignmentForm assignment;

    @PostConstruct
    void init() {
        recruiting = programmes.all().stream().filter(Programme::isRecruiting).toList();
        LocalDate today = LocalDate.now(clock);
        enrolment = new EnrolmentForm(today);
        binary = new BinaryOutcomeForm(today);
        withdrawal = new WithdrawalForm(today);
        assignment = new CoachAssignmentForm(coaching.coaches().stream().map(Coach::getUsername).toList());
    }

    /** f:viewAction: the chosen programme, or the first recruiting one. */
    public void load() {
        programme = recruiting.stream().filter(p -> p.getId().equals(programmeId)).findFirst()
                .orElse(recruiting.isEmpty() ? null : recruiting.get(0));
        if (programme != null) {
            programmeId = programme.getId();
            tenants = new ProgrammeTenants(enrolments.participants(programmeId));
            enrolment.forProgramme(programme);
        }
    }

    public String enrol() { return again(enrolment.enrol(enrolments, programme)); }
    public String recordBinary() { return again(binary.record(outcomes)); }
    public String withdraw() { return again(withdrawal.withdraw(enrolments)); }
    public String assignCoach() { return again(assignment.assign(coaching)); }

    private String again(boolean saved) { return saved ? "/housing/enrolment?faces-redirect=true&programme=" + programmeId : null; }

    public EnrolmentForm getEnrolment() { return enrolment; }
    public BinaryOutcomeForm getBinary() { return binary; }
    public WithdrawalForm getWithdrawal() { return withdrawal; }
    public CoachAssignmentForm getAssignment() { return assignment; }
    public List<Programme> getRecruiting() { return recruiting; }
    public Programme getProgramme() { return programme; }
    public ProgrammeTenants getTenants() { return tenants; }
    public Long getProgrammeId() { return programmeId; }
    public void setProgrammeId(Long programmeId) { this.programmeId = programmeId; }
}
