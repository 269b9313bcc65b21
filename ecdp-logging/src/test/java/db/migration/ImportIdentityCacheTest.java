package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

/**
 * The migration gives H2's entry and revision ids a cache of 1,000 (so a large import no longer
 * makes H2 store every changed page every 32 rows), and ids keep coming in order within a run.
 */
class ImportIdentityCacheTest {

    @Test
    void entryAndRevisionIdsComeFromACacheOfAThousandOnH2() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:identity-cache;MODE=LEGACY", "sa", "")) {
            try (Statement s = db.createStatement()) {
                s.execute("CREATE TABLE log_entry (id BIGINT AUTO_INCREMENT PRIMARY KEY, summary VARCHAR(10))");
                s.execute("CREATE TABLE entry_revision (id BIGINT AUTO_INCREMENT PRIMARY KEY, entry_id BIGINT)");
                s.execute("CREATE TABLE audit_record (id BIGINT AUTO_INCREMENT PRIMARY KEY)");
            }

            new V2026_12_05_1520__ImportIdentityCache().migrate(context(db));

            try (Statement s = db.createStatement();
                 ResultSet rows = s.executeQuery("SELECT TABLE_NAME, IDENTITY_CACHE FROM INFORMATION_SCHEMA.COLUMNS"
                         + " WHERE COLUMN_NAME = 'ID' AND TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("AUDIT_RECORD");
                assertThat(rows.getLong(2)).as("tables the import does not fill keep H2's default").isEqualTo(32);
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("ENTRY_REVISION");
                assertThat(rows.getLong(2)).isEqualTo(1_000);
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("LOG_ENTRY");
                assertThat(rows.getLong(2)).isEqualTo(1_000);
            }
            try (Statement s = db.createStatement()) {
                s.execute("INSERT INTO log_entry (summary) VALUES ('a'), ('b')");
                try (ResultSet ids = s.executeQuery("SELECT id FROM log_entry ORDER BY id")) {
                    assertThat(ids.next()).isTrue();
                    assertThat(ids.getLong(1)).isEqualTo(1);
                    assertThat(ids.next()).isTrue();
                    assertThat(ids.getLong(1)).isEqualTo(2);
                }
            }
        }
    }

    private static Context context(Connection db) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return db;
            }
        };
    }
}
