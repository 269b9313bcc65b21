package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecdp.housing.allocation.control.ChainUpgrade;
import org.ecdp.housing.allocation.entity.Allocation;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.allocation.entity.Stratum;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Until December 2026 each allocation's hash covered the participant's reference, so erasing a
 * person would have broken the chain for good. This re-chains every programme whose chain
 * verifies into the form that hashes the study code instead ({@link ChainUpgrade}), moves the
 * programme's recorded head on, and puts the old and new heads in the audit trail, so an
 * evaluator holding an old head can see which new head replaced it and that the chain verified
 * before. A chain that does not verify is left exactly as it is (and goes on reporting where it
 * breaks). Java rather than SQL because SHA-256 is spelt differently on H2 and MariaDB.
 */
public class V2026_12_04_72__AllocationChainWithoutReferences extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        List<Long> programmes = new ArrayList<>();
        try (PreparedStatement all = db.prepareStatement("SELECT id FROM housing_programme ORDER BY id");
             ResultSet rows = all.executeQuery()) {
            while (rows.next()) {
                programmes.add(rows.getLong(1));
            }
        }
        for (long programme : programmes) {
            rechain(db, programme);
        }
    }

    private static void rechain(Connection db, long programme) throws SQLException {
        List<Allocation> chain = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement read = db.prepareStatement("SELECT id, sequence_number, stratum_key, participant_ref, arm,"
                + " allocated_at, previous_hash, hash FROM housing_allocation WHERE programme_id = ? ORDER BY sequence_number")) {
            read.setLong(1, programme);
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                    chain.add(new Allocation(rows.getLong(2), new Stratum(rows.getString(3)), rows.getString(4),
                            Arm.valueOf(rows.getString(5)), Instant.ofEpochMilli(rows.getLong(6)), rows.getString(7), rows.getString(8)));
                }
            }
        }
        Map<String, String> codes = new HashMap<>();
        try (PreparedStatement read = db.prepareStatement("SELECT ref, study_code FROM housing_participant WHERE programme_id = ?")) {
            read.setLong(1, programme);
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    codes.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        var upgraded = ChainUpgrade.toStudyCodes(chain, codes);
        if (upgraded.isEmpty()) {
            return;
        }
        try (PreparedStatement write = db.prepareStatement(
                "UPDATE housing_allocation SET participant_ref = ?, previous_hash = ?, hash = ? WHERE id = ?")) {
            for (int i = 0; i < ids.size(); i++) {
                Allocation a = upgraded.get().allocations().get(i);
                write.setString(1, a.participantRef());
                write.setString(2, a.previousHash());
                write.setString(3, a.hash());
                write.setLong(4, ids.get(i));
                write.addBatch();
            }
            write.executeBatch();
        }
        try (PreparedStatement head = db.prepareStatement("UPDATE housing_programme SET chain_head = ? WHERE id = ? AND chain_head = ?")) {
            head.setString(1, upgraded.get().newHead().hash());
            head.setLong(2, programme);
            head.setString(3, upgraded.get().oldHead().hash());
            head.executeUpdate();
        }
        try (PreparedStatement audit = db.prepareStatement(
                "INSERT INTO audit_record (at, actor, action, target, detail) VALUES (?, 'system', 'housing.chain.rechain', ?, ?)")) {
            audit.setTimestamp(1, Timestamp.from(Instant.now()));
            audit.setString(2, "programme:" + programme);
            audit.setString(3, "chain verified, then re-hashed over study codes instead of references: head "
                    + upgraded.get().oldHead().sequenceNumber() + " " + upgraded.get().oldHead().hash() + " -> "
                    + upgraded.get().newHead().hash());
            audit.executeUpdate();
        }
    }
}
