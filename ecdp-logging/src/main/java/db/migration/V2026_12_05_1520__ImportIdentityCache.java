package db.migration;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On H2, the ids of entries and their revisions are handed out from a cache of 1,000 instead of
 * H2's default 32. H2 records a used-up cache in a transaction of its own, and with every commit
 * (the portal writes each one at once, {@code WRITE_DELAY=0}) it stores every changed page of the
 * database, the open import's uncommitted rows included: a workbook of 100,000 rows (200,000 ids)
 * stored the growing import 6,250 times over, which took most of its time and memory. A larger
 * cache only means that after a crash the next ids may skip up to 1,000 numbers; ids promise
 * nothing about order or gaps. MariaDB has no such cache (its AUTO_INCREMENT is unchanged), hence
 * Java: the statement is H2's own.
 */
public class V2026_12_05_1520__ImportIdentityCache extends BaseJavaMigration {

    /** Ids handed out per record of the sequence's state. */
    static final int CACHE = 1_000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        if (!db.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2")) {
            return;
        }
        try (Statement statement = db.createStatement()) {
            for (String table : List.of("log_entry", "entry_revision")) {
                statement.execute("ALTER TABLE " + table + " ALTER COLUMN id SET CACHE " + CACHE);
            }
        }
    }
}
