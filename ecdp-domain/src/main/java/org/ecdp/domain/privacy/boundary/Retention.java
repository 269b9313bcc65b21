package org.ecdp.domain.privacy.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ecdp.domain.audit.boundary.Audit;
import org.ecdp.domain.privacy.control.AuditScrub;
import org.ecdp.domain.privacy.entity.PersonalDataHolder;
import org.ecdp.domain.privacy.entity.ProcessingRecord;
import org.ecdp.domain.privacy.entity.RetentionApplied;
import org.ecdp.domain.privacy.entity.RetentionDefault;
import org.ecdp.domain.privacy.entity.RetentionKind;
import org.ecdp.domain.privacy.entity.RetentionRule;
import org.ecdp.domain.time.Clocks;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.domain.validation.InvalidInput;

/**
 * The retention schedule: one rule per kind of record, the modules' defaults unless the
 * administrator set another period, applied every night and on demand. Each application is
 * audited with what every rule changed. The audit trail's own rule ({@value #AUDIT}) is the
 * kernel's.
 */
@ApplicationScoped
@Transactional
public class Retention {

    public static final String AUDIT = "AUDIT";
    static final RetentionDefault AUDIT_DEFAULT = new RetentionDefault(AUDIT, 84,
            "Audit records (who did what, when) are deleted",
            "Seven years: six years for a claim in contract or negligence (Limitation Act 1980) plus a year to bring it to light");

    @Inject
    @Any
    Instance<PersonalDataHolder> holders;

    @Inject
    AuditScrub auditScrub;

    @Inject
    Audit audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    /** Every rule in force, module by module, then the audit trail's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RetentionKind> rules() {
        Map<String, Integer> set = em.createQuery("select r from RetentionRule r", RetentionRule.class).getResultStream()
                .collect(Collectors.toMap(RetentionRule::getKind, RetentionRule::getMonths));
        List<RetentionKind> rules = new ArrayList<>();
        defaults().forEach((d, capability) -> {
            Integer months = set.get(d.kind());
            rules.add(new RetentionKind(d.kind(), capability, months == null ? d.months() : months, d.months(),
                    d.description(), d.reason(), months != null && months != d.months()));
        });
        return rules;
    }

    /** Sets the periods given (kind to months); every kind must be known and every period at least a month. */
    public List<RetentionKind> update(Map<String, Integer> months) {
        requireAdmin();
        Map<RetentionDefault, String> defaults = defaults();
        InvalidInput.Collector problems = new InvalidInput.Collector();
        List<String> known = defaults.keySet().stream().map(RetentionDefault::kind).toList();
        int i = 0;
        for (Map.Entry<String, Integer> rule : months.entrySet()) {
            if (!known.contains(rule.getKey())) {
                problems.reject("rules[" + i + "].kind", "Unknown kind of record " + rule.getKey() + "; known: " + known);
            } else if (rule.getValue() == null || rule.getValue() < 1 || rule.getValue() > RetentionRule.MAX_MONTHS) {
                problems.reject("rules[" + i + "].months", "The period for " + rule.getKey() + " must be between 1 and "
                        + RetentionRule.MAX_MONTHS + " months");
            }
            i++;
        }
        problems.throwIfAny();
        Instant now = Instant.now(clock);
        List<String> changes = new ArrayList<>();
        months.forEach((kind, value) -> {
            RetentionRule rule = em.find(RetentionRule.class, kind);
            int before = rule != null ? rule.getMonths() : defaults.keySet().stream()
                    .filter(d -> d.kind().equals(kind)).findFirst().orElseThrow().months();
            if (before == value) {
                return;
            }
            if (rule == null) {
                em.persist(new RetentionRule(kind, value, caller.username(), now));
            } else {
                rule.change(value, caller.username(), now);
            }
            changes.add(kind + " " + before + " -> " + value + " months");
        });
        if (!changes.isEmpty()) {
            audit.record("privacy.retention.change", "retention rules", String.join("; ", changes));
        }
        return rules();
    }

    /** The administrator's "apply now". */
    public List<RetentionApplied> runNow() {
        requireAdmin();
        return apply(LocalDate.now(clock));
    }

    /**
     * Applies every rule as on {@code today}, in this one transaction, and audits the counts.
     * Called by the nightly job (after it claimed the day) and by {@link #runNow()}.
     */
    public List<RetentionApplied> apply(LocalDate today) {
        Map<String, PersonalDataHolder> byKind = new LinkedHashMap<>();
        for (PersonalDataHolder holder : holders) {
            holder.retentionDefaults().forEach(d -> byKind.put(d.kind(), holder));
        }
        List<RetentionApplied> applied = new ArrayList<>();
        for (RetentionKind rule : rules()) {
            LocalDate cutOff = RetentionRule.cutOff(today, rule.months());
            int records = AUDIT.equals(rule.kind())
                    ? auditScrub.deleteBefore(cutOff.atStartOfDay(Clocks.ORGANISATION_ZONE).toInstant())
                    : byKind.get(rule.kind()).applyRetention(rule.kind(), cutOff);
            applied.add(new RetentionApplied(rule.kind(), rule.months(), cutOff, records));
        }
        audit.record("privacy.retention.run", "retention " + today, applied.stream()
                .map(a -> a.kind() + "=" + a.records()).collect(Collectors.joining(", ")));
        return applied;
    }

    /** The records of processing, module by module, each with the periods in force. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProcessingRecord> processing() {
        List<ProcessingRecord> records = new ArrayList<>();
        holders.stream().sorted(Comparator.comparing(PersonalDataHolder::capability))
                .forEach(h -> records.addAll(h.processing()));
        records.add(new ProcessingRecord("audit", "Who did what and when, to which record (user names; a person's "
                + "reference where an action concerned them, removed when they are erased)",
                "Accountability: show who saw and changed personal data", "Legal obligation (UK GDPR Art. 6(1)(c), Art. 5(2) and 30)",
                "None needed: no special category data is kept in the trail", List.of(Role.ADMIN.name()), List.of(AUDIT)));
        return records;
    }

    /** Each module's defaults in the order the modules answer, the audit trail's last. */
    private Map<RetentionDefault, String> defaults() {
        Map<RetentionDefault, String> defaults = new LinkedHashMap<>();
        holders.stream().sorted(Comparator.comparing(PersonalDataHolder::capability))
                .forEach(h -> h.retentionDefaults().forEach(d -> defaults.put(d, h.capability())));
        defaults.put(AUDIT_DEFAULT, "audit");
        return defaults;
    }

    private void requireAdmin() {
        if (!caller.has(Role.ADMIN)) {
            throw new SecurityException("Only the administrator changes or applies the retention rules");
        }
    }
}
