package org.ecdp.web.housing;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.housing.programme.boundary.Programmes;
import org.ecdp.housing.programme.entity.Programme;
import org.ecdp.housing.programme.entity.ProgrammeDraft;
import org.ecdp.web.shell.Messages;

/**
 * The set-up page's "Set up a programme" form: the design of a trial (schemes, instruments,
 * eligibility checklist, strata with an optional baseline band, blocks, ratio, target size).
 */
public class ProgrammeForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("name", "programme:name"),
            Map.entry("schemes", "programme:schemes"), Map.entry("instruments", "programme:instruments"),
            Map.entry("strata", "programme:byScheme"), Map.entry("blockSizes", "programme:blockSizes"),
            Map.entry("ratio", "programme:ratioCoached"), Map.entry("targetSize", "programme:targetSize"),
            Map.entry("eligibility", "programme:eligibility"), Map.entry("bandInstrument", "programme:bandInstrument"),
            Map.entry("bandCuts", "programme:bandCuts"), Map.entry("status", "programme:startNow"));

    private String name;
    private String schemes;
    private ArrayList<String> instruments = new ArrayList<>(List.of("HOME_WELLBEING"));
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

    /** Sets the programme up; {@code true} when saved, else the problems are shown at their fields. */
    public boolean create(Programmes programmes, boolean admin) {
        try {
            ProgrammeStatusChange.requireAdmin(admin);
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
            Programme created = programmes.create(new ProgrammeDraft(name, split(schemes), instruments, strata, blocks,
                    Arrays.asList(ratioCoached, ratioControl), targetSize, startNow ? "RECRUITING" : "SET_UP",
                    eligibility == null || eligibility.isBlank() ? null : eligibility.strip().lines().map(String::strip).toList(),
                    cuts == null ? null : bandInstrument, cuts));
            Messages.info("Programme " + created.getName() + " is set up (" + created.getStatus() + ").");
            return true;
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, FIELDS);
            return false;
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

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSchemes() { return schemes; }
    public void setSchemes(String schemes) { this.schemes = schemes; }
    public List<String> getInstruments() { return instruments; }
    public void setInstruments(List<String> instruments) { this.instruments = instruments == null ? null : new ArrayList<>(instruments); }
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
}
