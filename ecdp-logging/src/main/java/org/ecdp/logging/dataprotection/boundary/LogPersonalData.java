package org.ecdp.logging.dataprotection.boundary;

import jakarta.inject.Inject;
import org.ecdp.domain.organisation.boundary.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.privacy.entity.PersonalDataHolder;
import org.ecdp.domain.privacy.entity.ProcessingRecord;
import org.ecdp.domain.privacy.entity.RetentionDefault;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.logging.entry.entity.Entry;
import org.ecdp.logging.entry.entity.EntryRevision;

/**
 * The log's part of data protection. An entry is known by its {@code personRef}. Erasing the
 * person keeps the entry as a count (its date, service, themes, how many people, the coded
 * fields: so day counts, trend series and the alerts already raised stay true) and removes what
 * identifies them: the reference, the summary in their words, its revisions and search words,
 * the reason personal data was kept, and the import fingerprint (a hash of the row that would
 * confirm a guess of it).
 */
// reading answers anywhere; changing only inside the caller's transaction (an erasure commits or rolls back as one)
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LogPersonalData implements PersonalDataHolder {

    /** What an entry's summary says once its words are gone. */
    public static final String ERASED = "[erased]";

    public static final String PERSON_REF = "LOG_PERSON_REF";
    public static final String SUMMARY = "LOG_SUMMARY";
    public static final String DELETED = "LOG_DELETED_ENTRY";

    @Inject
    Tenancy tenancy;

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    @Override
    public String capability() {
        return "log";
    }

    @Override
    public List<Map<String, Object>> find(String ref) {
        List<Map<String, Object>> held = new ArrayList<>();
        for (Entry e : em.createQuery("select e from Entry e where e.personRef = :ref order by e.occurredOn, e.id", Entry.class)
                .setParameter("ref", ref).getResultList()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", e.getId());
            entry.put("occurredOn", e.getOccurredOn().toString());
            entry.put("service", e.getService().getName());
            entry.put("themes", e.getThemeLabels());
            entry.put("summary", e.getSummary());
            entry.put("peopleCount", e.getPeopleCount());
            entry.put("channel", e.getChannel() == null ? null : e.getChannel().name());
            entry.put("locality", e.getLocality() == null ? null : e.getLocality().name());
            entry.put("impairmentGroup", e.getImpairmentGroup() == null ? null : e.getImpairmentGroup().name());
            entry.put("personRef", e.getPersonRef());
            entry.put("recordedBy", e.getAuthor());
            entry.put("recordedAt", e.getCreatedAt().toString());
            entry.put("deleted", e.isDeleted());
            entry.put("quotable", e.isQuotable());
            entry.put("personalDataReason", e.getPersonalDataReason());
            List<Map<String, Object>> revisions = new ArrayList<>();
            for (EntryRevision r : em.createQuery("select r from EntryRevision r where r.entryId = :id order by r.at, r.id",
                    EntryRevision.class).setParameter("id", e.getId()).getResultList()) {
                Map<String, Object> revision = new LinkedHashMap<>();
                revision.put("at", r.getAt().toString());
                revision.put("by", r.getActor());
                revision.put("change", r.getKind().name());
                revision.put("snapshot", r.getSnapshot());
                revisions.add(revision);
            }
            entry.put("revisions", revisions);
            held.add(entry);
        }
        return held;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int erase(String ref) {
        String ofPerson = "SELECT id FROM log_entry WHERE " + tenancy.ownRows() + " AND person_ref = ?";
        em.createNativeQuery("DELETE FROM entry_word WHERE entry_id IN (" + ofPerson + ")").setParameter(1, ref).executeUpdate();
        em.createNativeQuery("DELETE FROM entry_theme_word WHERE entry_id IN (" + ofPerson + ")").setParameter(1, ref).executeUpdate();
        em.createNativeQuery("DELETE FROM entry_revision WHERE entry_id IN (" + ofPerson + ")").setParameter(1, ref).executeUpdate();
        return em.createNativeQuery("UPDATE log_entry SET person_ref = NULL, summary = ?, personal_data_reason = NULL,"
                        + " fingerprint = NULL, quotable = FALSE, version = version + 1 WHERE " + tenancy.ownRows() + " AND person_ref = ?")
                .setParameter(1, ERASED).setParameter(2, ref).executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int object(String ref) {
        return em.createNativeQuery("UPDATE log_entry SET quotable = FALSE, version = version + 1 WHERE " + tenancy.ownRows() + " AND person_ref = ? AND quotable = TRUE")
                .setParameter(1, ref).executeUpdate();
    }

    @Override
    public List<RetentionDefault> retentionDefaults() {
        return List.of(
                new RetentionDefault(PERSON_REF, 24, "A log entry's member or client number is removed (the entry stays, unlinked)",
                        "Two years covers a person's follow-up with the organisation; after that the entry is needed only as evidence, which needs no link to the person"),
                new RetentionDefault(SUMMARY, 72, "A log entry's summary, its revisions and search words are removed (the counts stay)",
                        "Six years keeps the words for evidence packs across a funding cycle and a limitation period (Limitation Act 1980); trends need only the counts"),
                new RetentionDefault(DELETED, 1, "A deleted log entry's summary, revisions and search words are removed",
                        "A month lets an officer see what a mistaken deletion removed; a deleted entry is otherwise not used"));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int applyRetention(String kind, LocalDate cutOff) {
        return switch (kind) {
            case PERSON_REF -> {
                // an objection outlives the link: the entry stays unquotable once it no longer names the person
                em.createNativeQuery("UPDATE log_entry SET quotable = FALSE WHERE " + tenancy.ownRows() + " AND occurred_on < ? AND quotable = TRUE"
                                + " AND person_ref IN (SELECT ref FROM privacy_objection WHERE " + tenancy.ownRows() + ")")
                        .setParameter(1, cutOff).executeUpdate();
                yield em.createNativeQuery("UPDATE log_entry SET person_ref = NULL, version = version + 1"
                                + " WHERE " + tenancy.ownRows() + " AND occurred_on < ? AND person_ref IS NOT NULL")
                        .setParameter(1, cutOff).executeUpdate();
            }
            case SUMMARY -> removeWords("occurred_on < ?", cutOff);
            case DELETED -> removeWords("deleted = TRUE AND updated_at < ?", cutOff.atStartOfDay());
            default -> throw new IllegalArgumentException("Not a kind of the log: " + kind);
        };
    }

    private int removeWords(String anyOrganisation, Object cutOff) {
        String condition = tenancy.ownRows() + " AND " + anyOrganisation;
        String entries = "SELECT id FROM log_entry WHERE " + condition + " AND summary <> '" + ERASED + "'";
        em.createNativeQuery("DELETE FROM entry_word WHERE entry_id IN (" + entries + ")").setParameter(1, cutOff).executeUpdate();
        em.createNativeQuery("DELETE FROM entry_theme_word WHERE entry_id IN (" + entries + ")").setParameter(1, cutOff).executeUpdate();
        em.createNativeQuery("DELETE FROM entry_revision WHERE entry_id IN (" + entries + ")").setParameter(1, cutOff).executeUpdate();
        return em.createNativeQuery("UPDATE log_entry SET summary = ?, personal_data_reason = NULL, fingerprint = NULL,"
                        + " quotable = FALSE, version = version + 1 WHERE " + condition + " AND summary <> ?")
                .setParameter(1, ERASED).setParameter(2, cutOff).setParameter(3, ERASED).executeUpdate();
    }

    @Override
    public List<ProcessingRecord> processing() {
        return List.of(new ProcessingRecord("log",
                "What a member or client told staff about their experience (summary in their words), its date, service, "
                        + "themes, channel, locality, self-declared impairment group, and an optional member or client number",
                "Evidence of disabled people's lived experience, to spot trends and press services for change",
                "Legitimate interests (UK GDPR Art. 6(1)(f)) of a user-led organisation in evidencing its members' experience",
                "Art. 9(2)(g) substantial public interest: DPA 2018 Sch. 1 para 8, equality of opportunity or treatment (disability)",
                List.of(Role.STAFF.name() + " (own services)", Role.OFFICER.name(), Role.ADMIN.name() + " (subject access)"),
                List.of(PERSON_REF, SUMMARY, DELETED)));
    }
}
