package org.ecdp.logging.response.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;

/** A dated step taken in a response: a letter sent, a meeting held, a focus group run. */
@Embeddable
public class ResponseAction implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "action_on", nullable = false)
    private LocalDate on;

    @Column(nullable = false, length = 1000)
    private String description;

    protected ResponseAction() {
    }

    public ResponseAction(LocalDate on, String description) {
        this.on = on;
        this.description = description;
    }

    public LocalDate getOn() {
        return on;
    }

    public String getDescription() {
        return description;
    }
}
