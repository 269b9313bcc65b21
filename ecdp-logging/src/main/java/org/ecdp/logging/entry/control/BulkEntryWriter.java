package org.ecdp.logging.entry.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecdp.logging.entry.entity.Entry;
import org.ecdp.logging.entry.entity.EntryRevision;
import org.ecdp.logging.entry.entity.EntryWord;
import org.ecdp.logging.theme.entity.Theme;

/**
 * Writes checked, not yet stored entries in JDBC batches: the entries, their themes, their
 * words (also per theme) and an IMPORTED revision each, the same rows the persistence unit writes for a logged
 * entry, and their day counts (collected, for the caller to write once). On MySQL/MariaDB the
 * database gives the ids and entries are found again by their (unique) import fingerprint, without
 * relying on batched generated keys. On H2 the ids are chosen here ({@link H2IdBlock}): H2 2.2 in
 * MODE=LEGACY records its identity sequence in a transaction of its own for every generated id,
 * and with every such commit stores every changed page, the open import's included.
 */
public final class BulkEntryWriter {

    private BulkEntryWriter() {
    }

    /**
     * {@code entries} by fingerprint; each must carry that fingerprint. Their day counts are added
     * to {@code counts}, which the caller writes once for the whole import (see {@link DayCounts#writeTo}).
     */
    public static void write(Connection db, long organisation, Map<String, Entry> entries, String actor, Instant at, DayCounts counts)
            throws SQLException {
        Timestamp now = Timestamp.from(at);
        boolean h2 = H2IdBlock.isH2(db);
        // H2: the highest id of the block first, so that only that insert moves H2's sequence
        H2IdBlock entryIds = h2 ? H2IdBlock.reserve(db, "LOG_ENTRY", entries.size()) : null;
        Map<String, Long> chosen = new HashMap<>();
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO log_entry (organisation_id, version, service_id, occurred_on,"
                + " summary, people_count, channel, locality, impairment_group, person_ref, author, created_at, updated_at, deleted,"
                + " personal_data_reason, fingerprint" + (h2 ? ", id" : "") + ") VALUES (?, 1, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?, FALSE, NULL, ?"
                + (h2 ? ", ?" : "") + ")")) {
            for (Map.Entry<String, Entry> e : entries.entrySet()) {
                Entry entry = e.getValue();
                if (h2) {
                    long id = entryIds.next();
                    chosen.put(e.getKey(), id);
                    insert.setLong(12, id);
                }
                insert.setLong(1, organisation);
                insert.setLong(2, entry.getService().getId());
                insert.setObject(3, entry.getOccurredOn());
                insert.setString(4, entry.getSummary());
                insert.setInt(5, entry.getPeopleCount());
                setName(insert, 6, entry.getChannel());
                setName(insert, 7, entry.getLocality());
                insert.setString(8, entry.getAuthor());
                insert.setTimestamp(9, now);
                insert.setTimestamp(10, now);
                insert.setString(11, e.getKey());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        Map<String, Long> ids = h2 ? chosen : idsByFingerprint(db, organisation, new ArrayList<>(entries.keySet()));
        H2IdBlock revisionIds = h2 ? H2IdBlock.reserve(db, "ENTRY_REVISION", entries.size()) : null;
        try (PreparedStatement themes = db.prepareStatement("INSERT INTO entry_theme (entry_id, theme_id) VALUES (?, ?)");
             PreparedStatement words = db.prepareStatement("INSERT INTO entry_word (word, entry_id, organisation_id) VALUES (?, ?, ?)");
             PreparedStatement revisions = db.prepareStatement("INSERT INTO entry_revision (entry_id, at, actor, change_kind, snapshot,"
                     + " organisation_id" + (h2 ? ", id" : "") + ") VALUES (?, ?, ?, ?, ?, ?" + (h2 ? ", ?" : "") + ")");
             EntryThemeIndex themeRows = EntryThemeIndex.open(db)) {
            for (Map.Entry<String, Entry> e : entries.entrySet()) {
                long id = ids.get(e.getKey());
                Entry entry = e.getValue();
                for (Theme theme : entry.getThemes()) {
                    themes.setLong(1, id);
                    themes.setLong(2, theme.getId());
                    themes.addBatch();
                }
                for (String word : EntryWord.wordsOf(entry.getSummary())) {
                    words.setString(1, word);
                    words.setLong(2, id);
                    words.setLong(3, organisation);
                    words.addBatch();
                }
                themeRows.add(organisation, id, entry);
                EntryRevision revision = new EntryRevision(id, at, actor, EntryRevision.Kind.IMPORTED, entry.snapshot());
                revisions.setLong(1, id);
                revisions.setTimestamp(2, now);
                revisions.setString(3, revision.getActor());
                revisions.setString(4, revision.getKind().name());
                revisions.setString(5, revision.getSnapshot());
                revisions.setLong(6, organisation);
                if (h2) {
                    revisions.setLong(7, revisionIds.next());
                }
                revisions.addBatch();
            }
            themes.executeBatch();
            words.executeBatch();
            themeRows.write();
            revisions.executeBatch();
        }
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            counts.add(ids.get(e.getKey()), e.getValue(), +1);
        }
    }

    private static Map<String, Long> idsByFingerprint(Connection db, long organisation, List<String> fingerprints) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        for (int from = 0; from < fingerprints.size(); from += 500) {
            List<String> chunk = fingerprints.subList(from, Math.min(fingerprints.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement select = db.prepareStatement("SELECT id, fingerprint FROM log_entry WHERE fingerprint IN (" + marks
                    + ") AND organisation_id = ?")) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setString(i + 1, chunk.get(i));
                }
                select.setLong(chunk.size() + 1, organisation);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        ids.put(rs.getString(2), rs.getLong(1));
                    }
                }
            }
        }
        if (ids.size() != fingerprints.size()) {
            throw new SQLException("Wrote " + fingerprints.size() + " entries but found " + ids.size() + " again");
        }
        return ids;
    }

    private static void setName(PreparedStatement statement, int index, Enum<?> value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value.name());
        }
    }
}
