package org.ecdp.web.housing;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.housing.enrolment.boundary.Enrolments;
import org.ecdp.housing.enrolment.entity.Participant;
import org.ecdp.housing.enrolment.entity.WithdrawalReason;
import org.ecdp.web.shell.Messages;

/**
 * The enrolment page's "Record a withdrawal" form: who withdrew, when, the coded kind of reason
 * (all the evaluator sees) and the reason in the coordinator's words.
 */
public class WithdrawalForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final Map<String, String> FIELDS = Map.of("participant", "withdraw:participant", "reason", "withdraw:reason",
            "on", "withdraw:withdrawnOn", "reasonCode", "withdraw:reasonCode");

    private Long participant;
    private String reason;
    private WithdrawalReason code;
    private LocalDate on;

    public WithdrawalForm(LocalDate today) {
        this.on = today;
    }

    /** Records the withdrawal; {@code true} when saved, else the problems are shown at their fields. */
    public boolean withdraw(Enrolments enrolments) {
        try {
            if (participant == null) {
                throw InvalidInput.of("participant", "Choose who withdrew");
            }
            if (code == null) {
                throw InvalidInput.of("reasonCode", "Choose the kind of reason");
            }
            Participant p = enrolments.withdraw(participant, code, reason, on);
            Messages.info(p.getRef() + "'s withdrawal is recorded.");
            return true;
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, FIELDS);
            return false;
        }
    }

    /** The kinds of reason a coordinator may choose (every one but the last). */
    public List<WithdrawalReason> getCodes() {
        return List.of(WithdrawalReason.values()).subList(0, WithdrawalReason.values().length - 1);
    }

    public Long getParticipant() { return participant; }
    public void setParticipant(Long participant) { this.participant = participant; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public WithdrawalReason getCode() { return code; }
    public void setCode(WithdrawalReason code) { this.code = code; }
    public LocalDate getOn() { return on; }
    public void setOn(LocalDate on) { this.on = on; }
}
