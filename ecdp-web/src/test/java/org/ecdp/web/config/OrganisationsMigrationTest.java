package org.ecdp.web.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.ecdp.logging.entry.control.DayCounts;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * An installation upgraded from the last single-organisation schema: a database migrated by the
 * migrations of before the network (up to 2026.12.05.1531) holds services, accounts, themes,
 * entries with their day counts, a volunteer, a housing programme and the audit trail; after the
 * organisations' migrations every one of those records is the host's (organisation 1), so its users
 * see what they saw; its themes map to network themes of the same codes; and a code (a service's,
 * a theme's) is unique within an organisation only, while a username stays unique across the network.
 */
class OrganisationsMigrationTest {

    /** The last migration before the organisations' (V2026_12_06_01xx). */
    private static final String BEFORE = "2026.12.05.1531";
    private static final String USER = System.getProperty("ecdp.migration.db.user", "sa");
    private static final String PASSWORD = System.getProperty("ecdp.migration.db.password", "");

    @Test
    void everyRecordOfASingleOrganisationDatabaseBecomesTheHostsAndCodesAreUniquePerOrganisation() throws Exception {
        // an empty MySQL/MariaDB database may be given instead: -Decdp.migration.db.url=jdbc:mariadb://...
        String url = System.getProperty("ecdp.migration.db.url", "jdbc:h2:mem:organisations" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1");
        try (Connection db = DriverManager.getConnection(url, USER, PASSWORD); Statement sql = db.createStatement()) {
            flyway(url).target(BEFORE).load().migrate();
            assertThat(organisationTables(db)).as("nothing of the network yet").isEmpty();
            sql.executeUpdate("INSERT INTO ecdp_service (code, name) VALUES ('UPSVC', 'Upgrade service')");
            sql.executeUpdate("INSERT INTO portal_user (username, display_name, password_hash, created_at) VALUES ('upgrader', 'Una Upgrade', 'x', CURRENT_TIMESTAMP)");
            sql.executeUpdate("INSERT INTO theme (code, name) VALUES ('UPPARENT', 'Upgrade parent')");
            sql.executeUpdate("INSERT INTO theme (code, name, parent_id) SELECT 'UPCHILD', 'Upgrade child', id FROM theme WHERE code = 'UPPARENT'");
            long service = single(sql, "SELECT id FROM ecdp_service WHERE code = 'UPSVC'");
            long theme = single(sql, "SELECT id FROM theme WHERE code = 'UPCHILD'");
            sql.executeUpdate("INSERT INTO log_entry (service_id, occurred_on, summary, people_count, author, created_at, updated_at)"
                    + " VALUES (" + service + ", DATE '2026-11-02', 'Ramp removed at the station', 2, 'upgrader', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            sql.executeUpdate("INSERT INTO entry_theme (entry_id, theme_id) SELECT MAX(id), " + theme + " FROM log_entry");
            sql.executeUpdate("INSERT INTO entry_day_count (theme_id, service_id, occurred_on, entries, people) VALUES (" + theme + ", " + service
                    + ", DATE '2026-11-02', 1, 2)");
            sql.executeUpdate("INSERT INTO mentoring_volunteer (name, district, capacity, skills, languages, lived_experience, availability,"
                    + " access_support, status, created_at, created_by) VALUES ('Val Volunteer', 'CHELMSFORD', 2, 'SKILLS', 'en', 'PHYSICAL',"
                    + " 'MON_AM', '', 'AVAILABLE', CURRENT_TIMESTAMP, 'upgrader')");
            sql.executeUpdate("INSERT INTO housing_programme (name, schemes, instruments, strata, block_sizes, ratio_coached, ratio_control, status,"
                    + " allocation_seed, seed_commitment, chain_head, created_at, created_by) VALUES ('Upgrade pilot', 'HARLOW_COURT',"
                    + " 'HOME_WELLBEING', 'scheme', '2', 1, 1, 'RECRUITING', 'seed', 'c', 'h', CURRENT_TIMESTAMP, 'upgrader')");
            sql.executeUpdate("INSERT INTO audit_record (at, actor, action, target) VALUES (CURRENT_TIMESTAMP, 'upgrader', 'signin', 'upgrader')");

            flyway(url).load().migrate();

            Set<String> tables = organisationTables(db);
            assertThat(tables).contains("ecdp_service", "portal_user", "theme", "log_entry", "entry_day_count", "mentoring_volunteer",
                    "housing_programme", "audit_record", "entry_word", "trend_alert", "housing_participant");
            for (String table : tables) {
                assertThat(single(sql, "SELECT COUNT(*) FROM " + table + " WHERE organisation_id IS NULL OR organisation_id <> 1"))
                        .as(table + " rows outside the host").isZero();
            }
            for (String table : new String[] {"ecdp_service", "portal_user", "theme", "log_entry", "entry_day_count", "mentoring_volunteer",
                "housing_programme", "audit_record"}) {
                assertThat(single(sql, "SELECT COUNT(*) FROM " + table + " WHERE organisation_id = 1")).as(table + " kept").isPositive();
            }
            assertThat(single(sql, "SELECT COUNT(*) FROM organisation WHERE id = 1 AND code = 'ECDP'")).isEqualTo(1);
            assertThat(single(sql, "SELECT COUNT(*) FROM theme WHERE network_theme IS NULL OR network_theme <> code")).as("themes map to themselves").isZero();
            assertThat(single(sql, "SELECT COUNT(*) FROM network_theme WHERE code = 'UPCHILD' AND parent_code = 'UPPARENT'")).isEqualTo(1);
            assertThat(single(sql, "SELECT COUNT(*) FROM network_theme t WHERE NOT EXISTS (SELECT 1 FROM theme o WHERE o.code = t.code)")).isZero();

            sql.executeUpdate("INSERT INTO organisation (code, name, shares_aggregates, created_at) VALUES ('SECOND', 'Second', FALSE, CURRENT_TIMESTAMP)");
            long second = single(sql, "SELECT id FROM organisation WHERE code = 'SECOND'");
            sql.executeUpdate("INSERT INTO ecdp_service (code, name, organisation_id) VALUES ('UPSVC', 'Same code elsewhere', " + second + ")");
            sql.executeUpdate("INSERT INTO theme (code, name, network_theme, organisation_id) VALUES ('UPCHILD', 'Same code elsewhere', 'UPCHILD', " + second + ")");
            assertThatThrownBy(() -> sql.executeUpdate("INSERT INTO ecdp_service (code, name, organisation_id) VALUES ('UPSVC', 'Twice', 1)"))
                    .as("a code is unique within its organisation").isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> sql.executeUpdate("INSERT INTO theme (code, name, network_theme, organisation_id) VALUES ('UPCHILD', 'Twice', 'UPCHILD', 1)"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> sql.executeUpdate("INSERT INTO portal_user (username, display_name, password_hash, created_at, organisation_id)"
                    + " VALUES ('upgrader', 'Someone else', 'x', CURRENT_TIMESTAMP, " + second + ")"))
                    .as("usernames stay unique across the network").isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> sql.executeUpdate("INSERT INTO ecdp_service (code, name) VALUES ('NOORG', 'Nobody''s')"))
                    .as("a writer that forgets the organisation fails instead of landing in the host").isInstanceOf(SQLException.class);

            // the counts rebuilt after a theme merge keep each organisation's entries to itself
            long secondService = single(sql, "SELECT id FROM ecdp_service WHERE organisation_id = " + second);
            long secondTheme = single(sql, "SELECT id FROM theme WHERE organisation_id = " + second);
            sql.executeUpdate("INSERT INTO log_entry (organisation_id, service_id, occurred_on, summary, people_count, author, created_at, updated_at)"
                    + " VALUES (" + second + ", " + secondService + ", DATE '2026-11-02', 'Elsewhere', 5, 'other', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            sql.executeUpdate("INSERT INTO entry_theme (entry_id, theme_id) SELECT MAX(id), " + secondTheme + " FROM log_entry");
            DayCounts.rebuild(db);
            assertThat(single(sql, "SELECT SUM(people) FROM entry_day_count WHERE organisation_id = 1 AND theme_id = " + theme)).isEqualTo(2);
            assertThat(single(sql, "SELECT SUM(people) FROM entry_day_count WHERE organisation_id = " + second + " AND theme_id = " + secondTheme)).isEqualTo(5);
            assertThat(single(sql, "SELECT SUM(people) FROM entry_day_count WHERE organisation_id = 1 AND theme_id = 0")).isEqualTo(2);
        }
    }

    /** The tables that carry organisation_id, in lower case. */
    private static Set<String> organisationTables(Connection db) throws SQLException {
        Set<String> tables = new TreeSet<>();
        DatabaseMetaData meta = db.getMetaData();
        try (ResultSet columns = meta.getColumns(db.getCatalog(), null, "%", "%")) {
            while (columns.next()) {
                String schema = String.valueOf(columns.getString("TABLE_SCHEM")).toUpperCase(Locale.ROOT);
                if ("ORGANISATION_ID".equalsIgnoreCase(columns.getString("COLUMN_NAME")) && !schema.equals("INFORMATION_SCHEMA")) {
                    tables.add(columns.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return tables;
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url) {
        return Flyway.configure(OrganisationsMigrationTest.class.getClassLoader()).dataSource(url, USER, PASSWORD)
                .locations("classpath:db/migration").outOfOrder(true);
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
