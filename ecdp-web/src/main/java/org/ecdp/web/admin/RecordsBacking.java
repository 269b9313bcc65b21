package org.ecdp.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ecdp.domain.privacy.boundary.Retention;
import org.ecdp.domain.privacy.entity.ProcessingRecord;
import org.ecdp.domain.privacy.entity.RetentionApplied;
import org.ecdp.domain.privacy.entity.RetentionKind;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.web.shell.Messages;

/**
 * /admin/records.xhtml: the records of processing, built from the modules' own declarations and
 * the retention rules in force (so the page cannot drift from what the portal does), and the
 * retention periods, which the administrator changes and applies here.
 */
@Named
@ViewScoped
public class RecordsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Retention retention;

    private List<ProcessingRecord> processing;
    private List<RetentionKind> rules;
    private final Map<String, Integer> months = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        processing = retention.processing();
        rules = retention.rules();
        months.clear();
        rules.forEach(r -> months.put(r.kind(), r.months()));
    }

    /** The periods of a processing record's kinds, in words: "LOG_SUMMARY: 72 months". */
    public String periods(ProcessingRecord record) {
        return record.periods(rules);
    }

    public String save() {
        try {
            retention.update(months);
            Messages.info("Retention periods saved.");
            return "/admin/records?faces-redirect=true";
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, Map.of());
            return null;
        }
    }

    public String runNow() {
        List<RetentionApplied> applied = retention.runNow();
        Messages.info("Retention applied: " + applied.stream().map(a -> a.kind() + " " + a.records())
                .collect(Collectors.joining(", ")) + " records changed.");
        return "/admin/records?faces-redirect=true";
    }

    public List<ProcessingRecord> getProcessing() { return processing; }
    public List<RetentionKind> getRules() { return rules; }
    public Map<String, Integer> getMonths() { return months; }
}
