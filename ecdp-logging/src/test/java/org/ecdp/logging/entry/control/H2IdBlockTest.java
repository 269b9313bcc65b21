package org.ecdp.logging.entry.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On an H2 file as the portal opens it (MODE=LEGACY, every commit written at once), rows written
 * with a block's ids leave H2's sequence alone, so the open transaction's pages are not stored
 * again for every row, and ids generated afterwards come above the block.
 */
class H2IdBlockTest {

    @TempDir
    Path dir;

    @Test
    void aBlockOfAThousandRowsIsWrittenWithoutStoringTheDatabaseForEachRow() throws Exception {
        try (Connection db = open()) {
            long generated = fileWritesFor(db, ps -> {
                for (int i = 0; i < 1000; i++) {
                    ps.setNull(1, java.sql.Types.BIGINT);
                    ps.setString(2, "generated " + i);
                    ps.addBatch();
                }
            });
            H2IdBlock block = H2IdBlock.reserve(db, "LOG_ENTRY", 1000);
            long fromBlock = fileWritesFor(db, ps -> {
                for (int i = 0; i < 1000; i++) {
                    ps.setLong(1, block.next());
                    ps.setString(2, "from the block " + i);
                    ps.addBatch();
                }
            });

            assertThat(generated).as("H2 2.2 in MODE=LEGACY stores the database for every generated id").isGreaterThanOrEqualTo(1000);
            assertThat(fromBlock).isLessThan(20);
        }
    }

    @Test
    void idsGeneratedAfterTheBlockComeAboveIt() throws Exception {
        try (Connection db = open(); Statement s = db.createStatement()) {
            s.execute("INSERT INTO log_entry (summary) VALUES ('before')");
            H2IdBlock block = H2IdBlock.reserve(db, "LOG_ENTRY", 3);
            long highest = block.next();
            long middle = block.next();
            long lowest = block.next();
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO log_entry (id, summary) VALUES (?, 'imported')")) {
                for (long id : new long[] {highest, middle, lowest}) {
                    insert.setLong(1, id);
                    insert.executeUpdate();
                }
            }
            s.execute("INSERT INTO log_entry (summary) VALUES ('after')");
            db.commit();

            assertThat(lowest).isGreaterThan(1);
            assertThat(highest - lowest).isEqualTo(2);
            try (ResultSet after = s.executeQuery("SELECT id FROM log_entry WHERE summary = 'after'")) {
                assertThat(after.next()).isTrue();
                assertThat(after.getLong(1)).isGreaterThan(highest);
            }
            org.assertj.core.api.Assertions.assertThatThrownBy(block::next).isInstanceOf(SQLException.class);
        }
    }

    private Connection open() throws Exception {
        Files.createDirectories(dir);
        Connection db = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("ecdp") + ";MODE=LEGACY;WRITE_DELAY=0", "sa", "");
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE log_entry (id BIGINT AUTO_INCREMENT PRIMARY KEY, summary VARCHAR(100))");
            s.execute("ALTER TABLE log_entry ALTER COLUMN id SET CACHE 1000");
        }
        db.setAutoCommit(false);
        return db;
    }

    private interface Rows {
        void bind(PreparedStatement insert) throws SQLException;
    }

    /** How many writes to the file one batch of inserts caused (the transaction left open). */
    private static long fileWritesFor(Connection db, Rows rows) throws SQLException {
        long before = fileWrites(db);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO log_entry (id, summary) VALUES (?, ?)")) {
            rows.bind(insert);
            insert.executeBatch();
        }
        return fileWrites(db) - before;
    }

    private static long fileWrites(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.FILE_WRITE'")) {
            assertThat(rs.next()).isTrue();
            return Long.parseLong(rs.getString(1));
        }
    }
}
