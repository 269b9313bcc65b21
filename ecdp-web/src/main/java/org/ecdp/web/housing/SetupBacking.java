package org.ecdp.web.housing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.housing.coaching.boundary.Coaching;
import org.ecdp.housing.coach.entity.Coach;
import org.ecdp.housing.instrument.boundary.Instruments;
import org.ecdp.housing.instrument.entity.Instrument;
import org.ecdp.housing.programme.boundary.Programmes;
import org.ecdp.housing.programme.entity.Programme;
import org.ecdp.housing.programme.entity.ProgrammeDraft;
import org.ecdp.web.shell.Messages;

/**
 * /housing/setup.xhtml: the administrator sets up programmes (schemes, instruments, eligibility
 * checklist, strata with an optional baseline band, blocks, ratio, target size) and defines
 * instruments (items with their range, valid range, minimal important change); the
 * administrator and the coordinator add coaches (caseload limit, lived experience).
 */
@Named
@ViewScoped
public class SetupBacking implements Serializable {

    static final Map<String, String> PROGRAMME_FIELDS = Map.ofEntries(Map.entry("name", "programme:name"),
            Map.entry("schemes", "programme:schemes"), Map.entry("instruments", "programme:instruments"),
            Map.entry("strata", "programme:byScheme"), Map.entry("blockSizes", "programme:blockSizes"),
            Map.entry("ratio", "programme:ratioCoached"), Map.entry("targetSize", "programme:targetSize"),
            Map.entry("eligibility", "programme:eligibility"), Map.entry("bandInstrument", "programme:bandInstrument"),
            Map.entry("bandCuts", "programme:bandCuts"), Map.entry("status", "programme:startNow"));
    static final Map<String, String> INSTRUMENT_FIELDS = Map.of("code", "instrument:code", "name", "instrument:instrumentName",
            "items", "instrument:items", "itemMin", "instrument:itemMin", "itemMax", "instrument:itemMax",
            "minimalImportantChange", "instrument:mic");
    static final Map<String, String> COACH_FIELDS = Map.of("coach", "coach:coachName", "caseloadLimit", "coach:caseloadLimit",
            "livedExperience", "coach:livedExperience");

    public record CoachRow(String username, int caseloadLimit, long caseload, String livedExperience) implements Serializable {
    }

    @Inject
    transient Programmes programmes;

    @Inject
    transient Coaching coaching;

    @Inject
    transient Instruments instrumentBoundary;

    private boolean admin;
    private List<Programme> all;
    private List<Instrument> instruments;
    private List<CoachRow> coaches;

    private String name;
    private String schemes;
    private List<String> programmeInstruments = new ArrayList<>(List.of("HOME_WELLBEING"));
    private boolean byScheme = true;
    private boolean byBand;
    private String bandInstrument;
    private String bandCuts;
    private String blockSizes = "2, 4";
    private Integer ratioCoached = 1;
    private Integer ratioControl = 1;
    private Integer targetSize;
    private String eligibility;
    private boolean startNow = true;

    private String code;
    private String instrumentName;
    private String items;
    private Integer itemMin = 1;
    private Integer itemMax = 5;
    private Double mic;
    private boolean higherIsBetter = true;

    private String coachName;
    private Integer caseloadLimit = 10;
    private String livedExperience;

    @PostConstruct
    void init() {
        admin = FacesContext.getCurrentInstance().getExternalContext().isUserInRole("ADMIN");
        all = programmes.all();
        instruments = instrumentBoundary.all();
        coaches = coaching.coaches().stream()
                .map(c -> new CoachRow(c.getUsername(), c.getCaseloadLimit(), coaching.caseload(c), c.getLivedExperience())).toList();
    }

    public String createProgramme() {
        try {
            requireAdmin();
            InvalidInput.Collector problems = new InvalidInput.Collector();
            List<Integer> blocks = integers(problems, "blockSizes", blockSizes);
            List<Double> cuts = byBand || (bandCuts != null && !bandCuts.isBlank()) ? numbers(problems, "bandCuts", bandCuts) : null;
            problems.throwIfAny();
            List<String> strata = new ArrayList<>();
            if (byScheme) {
                strata.add(Programme.SCHEME_FACTOR);
            }
            if (byBand) {
                strata.add(Programme.BAND_FACTOR);
            }
            Programme created = programmes.create(new ProgrammeDraft(name, split(schemes), programmeInstruments, strata, blocks,
                    Arrays.asList(ratioCoached, ratioControl), targetSize, startNow ? "RECRUITING" : "SET_UP",
                    eligibility == null || eligibility.isBlank() ? null : eligibility.strip().lines().map(String::strip).toList(),
                    cuts == null ? null : bandInstrument, cuts));
            Messages.info("Programme " + created.getName() + " is set up (" + created.getStatus() + ").");
            return "/housing/setup?faces-redirect=true";
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, PROGRAMME_FIELDS);
            return null;
        }
    }

    public String startRecruiting(Programme programme) {
        return changeStatus(() -> programmes.startRecruiting(programme.getId()), programme.getName() + " is recruiting.");
    }

    public String close(Programme programme) {
        return changeStatus(() -> programmes.close(programme.getId()),
                programme.getName() + " is closed: no more enrolment; evaluators can now see the allocation sequence.");
    }

    private String changeStatus(Runnable change, String done) {
        try {
            requireAdmin();
            change.run();
            Messages.info(done);
            return "/housing/setup?faces-redirect=true";
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, java.util.Map.of());
            return null;
        }
    }

    public String defineInstrument() {
        try {
            requireAdmin();
            Instrument created = instrumentBoundary.define(code, instrumentName,
                    items == null ? List.of() : items.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList(),
                    itemMin, itemMax, mic, higherIsBetter);
            Messages.info("Instrument " + created.getCode() + " is defined (" + created.getScoringRule() + ").");
            return "/housing/setup?faces-redirect=true";
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, INSTRUMENT_FIELDS);
            return null;
        }
    }

    public String defineCoach() {
        try {
            Coach coach = coaching.defineCoach(coachName, caseloadLimit, livedExperience);
            Messages.info(coach.getUsername() + " is a coach with a caseload limit of " + coach.getCaseloadLimit() + ".");
            return "/housing/setup?faces-redirect=true";
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, COACH_FIELDS);
            return null;
        }
    }

    private void requireAdmin() {
        if (!admin) {
            throw InvalidInput.of("name", "Only an administrator sets up programmes and instruments");
        }
    }

    private static List<String> split(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
    }

    private static List<Integer> integers(InvalidInput.Collector problems, String field, String text) {
        try {
            return split(text).stream().map(Integer::valueOf).toList();
        } catch (NumberFormatException bad) {
            problems.reject(field, "Give whole numbers separated by commas, e.g. 2, 4");
            return null;
        }
    }

    private static List<Double> numbers(InvalidInput.Collector problems, String field, String text) {
        try {
            return split(text).stream().map(Double::valueOf).toList();
        } catch (NumberFormatException bad) {
            problems.reject(field, "Give numbers separated by commas, e.g. 20, 30");
            return null;
        }
    }

    public String strataOf(Programme p) {
        return p.getStrata().isEmpty() ? "none" : String.join(" x ", p.getStrata())
                + p.bands().map(b -> " (" + b.instrument() + " cut at " + b.cuts() + ")").orElse("");
    }

    public String schemesOf(Programme p) {
        return String.join(", ", p.getSchemes());
    }

    public boolean isAdmin() { return admin; }
    public List<Programme> getAll() { return all; }
    public List<Instrument> getInstruments() { return instruments; }
    public List<CoachRow> getCoaches() { return coaches; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSchemes() { return schemes; }
    public void setSchemes(String schemes) { this.schemes = schemes; }
    public List<String> getProgrammeInstruments() { return programmeInstruments; }
    public void setProgrammeInstruments(List<String> programmeInstruments) { this.programmeInstruments = programmeInstruments; }
    public boolean isByScheme() { return byScheme; }
    public void setByScheme(boolean byScheme) { this.byScheme = byScheme; }
    public boolean isByBand() { return byBand; }
    public void setByBand(boolean byBand) { this.byBand = byBand; }
    public String getBandInstrument() { return bandInstrument; }
    public void setBandInstrument(String bandInstrument) { this.bandInstrument = bandInstrument; }
    public String getBandCuts() { return bandCuts; }
    public void setBandCuts(String bandCuts) { this.bandCuts = bandCuts; }
    public String getBlockSizes() { return blockSizes; }
    public void setBlockSizes(String blockSizes) { this.blockSizes = blockSizes; }
    public Integer getRatioCoached() { return ratioCoached; }
    public void setRatioCoached(Integer ratioCoached) { this.ratioCoached = ratioCoached; }
    public Integer getRatioControl() { return ratioControl; }
    public void setRatioControl(Integer ratioControl) { this.ratioControl = ratioControl; }
    public Integer getTargetSize() { return targetSize; }
    public void setTargetSize(Integer targetSize) { this.targetSize = targetSize; }
    public String getEligibility() { return eligibility; }
    public void setEligibility(String eligibility) { this.eligibility = eligibility; }
    public boolean isStartNow() { return startNow; }
    public void setStartNow(boolean startNow) { this.startNow = startNow; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getInstrumentName() { return instrumentName; }
    public void setInstrumentName(String instrumentName) { this.instrumentName = instrumentName; }
    public String getItems() { return items; }
    public void setItems(String items) { this.items = items; }
    public Integer getItemMin() { return itemMin; }
    public void setItemMin(Integer itemMin) { this.itemMin = itemMin; }
    public Integer getItemMax() { return itemMax; }
    public void setItemMax(Integer itemMax) { this.itemMax = itemMax; }
    public Double getMic() { return mic; }
    public void setMic(Double mic) { this.mic = mic; }
    public boolean isHigherIsBetter() { return higherIsBetter; }
    public void setHigherIsBetter(boolean higherIsBetter) { this.higherIsBetter = higherIsBetter; }
    public String getCoachName() { return coachName; }
    public void setCoachName(String coachName) { this.coachName = coachName; }
    public Integer getCaseloadLimit() { return caseloadLimit; }
    public void setCaseloadLimit(Integer caseloadLimit) { this.caseloadLimit = caseloadLimit; }
    public String getLivedExperience() { return livedExperience; }
    public void setLivedExperience(String livedExperience) { this.livedExperience = livedExperience; }
}
