package org.ecdp.web.api.housing;

import java.time.LocalDate;
import java.util.List;
import org.ecdp.domain.validation.FieldError;
import org.ecdp.domain.validation.NotFound;
import org.ecdp.housing.allocation.entity.ChainHead;
import org.ecdp.housing.allocation.entity.ChainVerification;
import org.ecdp.housing.coaching.entity.CoachingSession;
import org.ecdp.housing.instrument.entity.Instrument;
import org.ecdp.housing.enrolment.entity.BinaryResult;
import org.ecdp.housing.enrolment.entity.Outcome;
import org.ecdp.housing.enrolment.entity.Participant;
import org.ecdp.housing.programme.entity.Programme;
import org.ecdp.web.api.Problem;

/**
 * The JSON the housing resources answer, as records JSON-B writes: the fields are the public
 * contract's. What a caller may not see is emptied, never dropped, so every answer keeps its
 * fields: the block design for anyone but the evaluator and an administrator, other tenants'
 * arms for the enroller.
 */
public final class HousingViews {

    private HousingViews() {
    }

    public record ProgrammeView(long id, String name, List<String> schemes, List<String> instruments, List<String> strata,
                         List<Integer> blockSizes, List<Integer> ratio, Integer targetSize, String status,
                         String seedCommitment, long allocations, List<String> eligibility, String bandInstrument,
                         List<Double> bandCuts) {
        /** {@code design}: whether the caller may see the block sizes and the ratio. */
        static ProgrammeView of(Programme p, boolean design) {
            return new ProgrammeView(p.getId(), p.getName(), p.getSchemes(), p.getInstruments(), p.getStrata(),
                    design ? p.getBlockSizes() : List.of(), design ? p.getRatio() : List.of(), p.getTargetSize(), p.getStatus().name(),
                    p.getSeedCommitment(), p.chainHead().sequenceNumber(), p.getEligibility(),
                    p.bands().map(b -> b.instrument()).orElse(null), p.bands().map(b -> b.cuts()).orElse(null));
        }
    }

    public record EnrolmentView(long id, String arm) {
    }

    public record InstrumentView(String code, String name, List<String> items, int itemMin, int itemMax, double validMin,
                          double validMax, double minimalImportantChange, boolean higherIsBetter, String scoringRule) {
        static InstrumentView of(Instrument i) {
            return new InstrumentView(i.getCode(), i.getName(), i.getItems(), i.getItemMin(), i.getItemMax(), i.getValidMin(),
                    i.getValidMax(), i.getMinimalImportantChange(), i.isHigherIsBetter(), i.getScoringRule());
        }
    }

    public record ParticipantView(long id, String ref, String scheme, LocalDate enrolledOn, String arm, String coach,
                           LocalDate withdrawnOn, String withdrawalReason, String withdrawalCode) {
        /** As the coordinator knows the tenant: never their arm (it would help foretell the next allocation). */
        static ParticipantView forEnroller(Participant p) {
            return of(p, false);
        }

        /** As their own coach knows the tenant, arm included (always COACHED). */
        static ParticipantView forCoach(Participant p) {
            return of(p, true);
        }

        private static ParticipantView of(Participant p, boolean arm) {
            return new ParticipantView(p.getId(), p.getRef(), p.getScheme(), p.getEnrolledOn(),
                    arm && p.getArm() != null ? p.getArm().name() : null, p.getCoach() == null ? null : p.getCoach().getUsername(),
                    p.getWithdrawnOn(), p.getWithdrawalReason(), p.getWithdrawalCode() == null ? null : p.getWithdrawalCode().name());
        }
    }

    public record OutcomeView(long participant, String instrument, String timepoint, double score, LocalDate recordedOn,
                       boolean outsideWindow) {
        static OutcomeView of(Outcome o) {
            return new OutcomeView(o.getParticipant().getId(), o.getInstrument().getCode(), o.getTimepoint().name(), o.getScore(),
                    o.getRecordedOn(), o.isOutsideWindow());
        }
    }

    public record BinaryOutcomeView(long participant, String outcome, boolean achieved, LocalDate recordedOn) {
        static BinaryOutcomeView of(BinaryResult b) {
            return new BinaryOutcomeView(b.getParticipant().getId(), b.getMeasure().name(), b.isAchieved(), b.getRecordedOn());
        }
    }

    public record SessionView(long participant, LocalDate on, int minutes, List<String> topics) {
        static SessionView of(CoachingSession s) {
            return new SessionView(s.getParticipantId(), s.getHeldOn(), s.getMinutes(),
                    s.getTopics().stream().map(Enum::name).toList());
        }
    }

    public record CoachView(String coach, int caseloadLimit, long caseload, String livedExperience) {
    }

    public record ChainView(int allocationsChecked, boolean intact, ChainVerification.BrokenLink firstBrokenLink, ChainHead head) {
    }

    /** 404 naming the field {@code participant}: an unknown id and one the caller may not touch answer alike. */
    static jakarta.ws.rs.core.Response unknownParticipant(NotFound notFound) {
        return Problem.of(404, "Not Found", notFound.getMessage(), List.of(new FieldError("participant", notFound.getMessage())));
    }
}
