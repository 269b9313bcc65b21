package org.ecdp.web.mentoring;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.ecdp.mentoring.match.boundary.Weights;
import org.ecdp.mentoring.matching.entity.MatchWeights;
import org.ecdp.web.shell.Messages;

/** /mentoring/weights.xhtml: the coordinators change the match weights (or restore the defaults); the next run uses them. */
@Named
@ViewScoped
public class WeightsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Weights weights;

    private WeightsForm form;
    private String changed;

    @PostConstruct
    void init() {
        form = new WeightsForm(weights.current());
        changed = weights.stored().map(s -> "Changed by " + s.getChangedBy() + " on " + s.getChangedOn() + ".")
                .orElse("These are the defaults.");
    }

    public String save() {
        return Messages.orStay(WeightsForm.FIELDS, () -> {
            weights.save(form.weights());
            Messages.info("Weights saved: the next match run uses them.");
            return "/mentoring/weights?faces-redirect=true";
        });
    }

    public String restoreDefaults() {
        weights.restoreDefaults();
        Messages.info("The default weights are restored.");
        return "/mentoring/weights?faces-redirect=true";
    }

    public MatchWeights getDefaults() { return MatchWeights.DEFAULTS; }
    public String getChanged() { return changed; }
    public WeightsForm getForm() { return form; }
}
