package org.ecdp.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * An entry dated year 0, stored before such dates were refused, made every list answer 500 on
 * MariaDB. The migration that brought the date rule clamps such rows into 1900-2100, records
 * what they were in entry_date_quarantine, and rebuilds the (now 64-bit) day counts.
 */
class EntryDateQuarantineMigrationTest {

    /** The last migration before the date rule's. */
    private static final String USER = System.getProperty("ecdp.migration.db.user", "sa");
    private static final String PASSWORD = System.getProperty("ecdp.migration.db.password", "");
    private static final String BEFORE = "2026.11.26.62";

    @Test
    void entriesDatedOutsideTheRangeAreClampedRecordedAndCountedOnTheirNewDay() throws Exception {
        // an empty MySQL/MariaDB database may be given instead: -Decdp.migration.db.url=jdbc:mariadb://...
        String url = System.getProperty("ecdp.migration.db.url", "jdbc:h2:mem:quarantine" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1");
        try (Connection db = DriverManager.getConnection(url, USER, PASSWORD)) {
            flyway(url).target(BEFORE).load().migrate();
            try (Statement sql = db.createStatement()) {
                sql.executeUpdate("INSERT INTO ecdp_service (code, name) VALUES ('QSVC', 'Quarantine service')");
                sql.executeUpdate("INSERT INTO theme (code, name) VALUES ('QTHEME', 'Quarantine theme')");
                long service = single(sql, "SELECT id FROM ecdp_service WHERE code = 'QSVC'");
                long theme = single(sql, "SELECT id FROM theme WHERE code = 'QTHEME'");
                for (String day : new String[] {"0000-01-01", "2024-03-01", "9999-12-31"}) {
                    sql.executeUpdate("INSERT INTO log_entry (service_id, occurred_on, summary, people_count, author, created_at, updated_at)"
                            + " VALUES (" + service + ", DATE '" + day + "', 'probe " + day + "', 3, 'staff', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                    sql.executeUpdate("INSERT INTO entry_theme (entry_id, theme_id) SELECT MAX(id), " + theme + " FROM log_entry");
                    sql.executeUpdate("INSERT INTO entry_day_count (theme_id, service_id, occurred_on, entries, people)"
                            + " VALUES (0, " + service + ", DATE '" + day + "', 1, 3)");
                }
            }

            flyway(url).load().migrate();

            try (Statement sql = db.createStatement()) {
                try (ResultSet rows = sql.executeQuery("SELECT q.original_occurred_on, q.clamped_to, e.occurred_on FROM entry_date_quarantine q"
                        + " JOIN log_entry e ON e.id = q.entry_id ORDER BY q.clamped_to")) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getString(1)).isEqualTo("0000-01-01");
                    assertThat(rows.getString(2)).isEqualTo("1900-01-01");
                    assertThat(rows.getString(3)).isEqualTo("1900-01-01");
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getString(1)).isEqualTo("9999-12-31");
                    assertThat(rows.getString(3)).isEqualTo("2100-12-31");
                    assertThat(rows.next()).as("the entry of 2024 is left alone").isFalse();
                }
                assertThat(single(sql, "SELECT COUNT(*) FROM entry_day_count WHERE occurred_on < DATE '1900-01-01' OR occurred_on > DATE '2100-12-31'"))
                        .isZero();
                assertThat(single(sql, "SELECT people FROM entry_day_count WHERE theme_id = 0 AND occurred_on = DATE '1900-01-01'")).isEqualTo(3);
                sql.executeUpdate("UPDATE entry_day_count SET people = people + 3000000000 WHERE occurred_on = DATE '2024-03-01' AND theme_id = 0");
                assertThat(single(sql, "SELECT people FROM entry_day_count WHERE theme_id = 0 AND occurred_on = DATE '2024-03-01'"))
                        .as("day counts are 64-bit").isEqualTo(3_000_000_003L);
            }
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url) {
        return Flyway.configure(EntryDateQuarantineMigrationTest.class.getClassLoader()).dataSource(url, USER, PASSWORD)
                .locations("classpath:db/migration").outOfOrder(true);
    }

    private static long single(Statement sql, String query) throws Exception {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
