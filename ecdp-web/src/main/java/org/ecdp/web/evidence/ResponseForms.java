package org.ecdp.web.evidence;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import org.ecdp.logging.response.boundary.Responses;
import org.ecdp.web.shell.Messages;

/**
 * The two forms of a response's page: an action taken (its day, today unless changed, and what
 * was done) and closing the response with its outcome, which goes on the members' "You said, we
 * did" page unless the officer says not to publish it.
 */
public final class ResponseForms {

    private ResponseForms() {
    }

    /** An action taken on the response. */
    public static class Action implements Serializable {

        private static final long serialVersionUID = 1L;
        static final Map<String, String> FIELDS = Map.of("actionOn", "action:actionOn", "actionDescription", "action:actionDescription");

        private LocalDate on;
        private String description;

        Action(LocalDate today) {
            on = today;
        }

        void add(Responses responses, long response) {
            responses.addAction(response, on, description);
            Messages.info("Action recorded.");
        }

        public LocalDate getOn() { return on; }
        public void setOn(LocalDate on) { this.on = on; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
    }

    /** Closing the response with its outcome; published to members unless unticked. */
    public static class Closing implements Serializable {

        private static final long serialVersionUID = 1L;
        static final Map<String, String> FIELDS = Map.of("outcome", "close:outcome");

        private String outcome;
        private boolean publish = true;

        Closing(String outcome) {
            this.outcome = outcome;
        }

        void close(Responses responses, long response) {
            responses.close(response, outcome, publish);
            Messages.info(publish ? "Response closed; its outcome is on the members' page." : "Response closed.");
        }

        public String getOutcome() { return outcome; }
        public void setOutcome(String outcome) { this.outcome = outcome; }
        public boolean isPublish() { return publish; }
        public void setPublish(boolean publish) { this.publish = publish; }
    }
}
