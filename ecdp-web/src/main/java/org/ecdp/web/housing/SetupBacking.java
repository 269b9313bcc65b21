package org.ecdp.web.housing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ecdp.housing.coaching.boundary.Coaching;
import org.ecdp.housing.instrument.boundary.Instruments;
import org.ecdp.housing.instrument.entity.Instrument;
import org.ecdp.housing.programme.boundary.Programmes;
import org.ecdp.housing.programme.entity.Programme;

/**
 * /housing/setup.xhtml: the administrator sets up programmes ({@link ProgrammeForm}), starts and
 * closes them ({@link ProgrammeStatusChange}) and defines instruments ({@link InstrumentForm});
 * the administrator and the coordinator add coaches ({@link CoachForm}).
 */
@Named
@ViewScoped
public class SetupBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String AGAIN = "/housing/setup?faces-redirect=true";

    @Inject
    Programmes programmes;

    @Inject
    Coaching coaching;

    @Inject
    Instruments instrumentBoundary;

    private boolean admin;
    private List<Programme> all;
    private List<Instrument> instruments;
    private final ProgrammeForm programme = new ProgrammeForm();
    private final InstrumentForm instrument = new InstrumentForm();
    private CoachForm coach;

    @PostConstruct
    void init() {
        admin = FacesContext.getCurrentInstance().getExternalContext().isUserInRole("ADMIN");
        all = programmes.all();
        instruments = instrumentBoundary.all();
        coach = new CoachForm(coaching);
    }

    public String createProgramme() { return again(programme.create(programmes, admin)); }
    public String defineInstrument() { return again(instrument.define(instrumentBoundary, admin)); }
    public String defineCoach() { return again(coach.save(coaching)); }
    public String startRecruiting(Programme p) { return again(ProgrammeStatusChange.startRecruiting(programmes, p, admin)); }
    public String close(Programme p) { return again(ProgrammeStatusChange.close(programmes, p, admin)); }

    private static String again(boolean saved) {
        return saved ? AGAIN : null;
    }

    public String strataOf(Programme p) {
        return p.getStrata().isEmpty() ? "none" : String.join(" x ", p.getStrata())
                + p.bands().map(b -> " (" + b.instrument() + " cut at " + b.cuts() + ")").orElse("");
    }

    public String schemesOf(Programme p) { return String.join(", ", p.getSchemes()); }
    public boolean isAdmin() { return admin; }
    public List<Programme> getAll() { return all; }
    public List<Instrument> getInstruments() { return instruments; }
    public ProgrammeForm getProgramme() { return programme; }
    public InstrumentForm getInstrument() { return instrument; }
    public CoachForm getCoach() { return coach; }
}
