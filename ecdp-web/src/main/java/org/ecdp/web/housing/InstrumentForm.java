package org.ecdp.web.housing;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.housing.instrument.boundary.Instruments;
import org.ecdp.housing.instrument.entity.Instrument;
import org.ecdp.web.shell.Messages;

/**
 * The set-up page's "Define an instrument" form: its items with their range, and its minimal
 * important change; the valid range follows from them.
 */
public class InstrumentForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final Map<String, String> FIELDS = Map.of("code", "instrument:code", "name", "instrument:instrumentName",
            "items", "instrument:items", "itemMin", "instrument:itemMin", "itemMax", "instrument:itemMax",
            "minimalImportantChange", "instrument:mic");

    private String code;
    private String name;
    private String items;
    private Integer itemMin = 1;
    private Integer itemMax = 5;
    private Double mic;
    private boolean higherIsBetter = true;

    /** Defines the instrument; {@code true} when saved, else the problems are shown at their fields. */
    public boolean define(Instruments instruments, boolean admin) {
        try {
            ProgrammeStatusChange.requireAdmin(admin);
            Instrument created = instruments.define(code, name,
                    items == null ? List.of() : items.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList(),
                    itemMin, itemMax, mic, higherIsBetter);
            Messages.info("Instrument " + created.getCode() + " is defined (" + created.getScoringRule() + ").");
            return true;
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, FIELDS);
            return false;
        }
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
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
}
