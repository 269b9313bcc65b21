package org.ecdp.web.config;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Online backups of the embedded H2 database, asked for by {@code ./ecdp backup FILE} while the
 * portal runs. The running portal holds the database file, so the launcher cannot open it; instead
 * it leaves a request file ({@value #REQUEST}, holding the backup's absolute path) in the data
 * directory, and the portal, which looks every two seconds, runs H2's {@code BACKUP TO} on its own
 * connection: a consistent copy (H2's MVCC) while entries keep being logged. The answer is
 * {@value #RESULT} ({@code ok} or {@code error: ...}). Whoever may write the data directory may
 * read the database anyway, so the request needs no further authority. MySQL/MariaDB databases
 * are dumped by the launcher itself (mariadb-dump --single-transaction) and never come here.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class BackupRequests {

    static final String REQUEST = "backup-request";
    static final String RESULT = "backup-result";
    private static final Logger LOG = Logger.getLogger(BackupRequests.class.getName());

    @Inject
    @ConfigProperty(name = "ecdp.data.dir")
    String dataDir;

    @Inject
    @ConfigProperty(name = "ecdp.db.url")
    String dbUrl;

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false, info = "ecdp backup requests")
    void look() {
        if (!dbUrl.trim().startsWith("jdbc:h2:")) {
            return;
        }
        Path dir = Path.of(dataDir);
        Path request = dir.resolve(REQUEST);
        if (!Files.isRegularFile(request)) {
            return;
        }
        Path taken = dir.resolve(REQUEST + ".taken");
        Path result = dir.resolve(RESULT);
        try {
            Files.move(request, taken, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Path target = Path.of(Files.readString(taken, StandardCharsets.UTF_8).strip());
            String outcome = backUp(target);
            Files.writeString(dir.resolve(RESULT + ".tmp"), outcome + "\n", StandardCharsets.UTF_8);
            Files.move(dir.resolve(RESULT + ".tmp"), result, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(taken);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "ecdp: could not answer the backup request in " + dir, e);
        }
    }

    private String backUp(Path target) {
        if (!target.isAbsolute()) {
            return "error: the backup's path must be absolute: " + target;
        }
        Path part = target.resolveSibling(target.getFileName() + ".part");
        long start = System.nanoTime();
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            Files.deleteIfExists(part);
            s.execute("BACKUP TO '" + part.toString().replace("'", "''") + "'");
            withPassword(part, Path.of(dataDir).resolve(H2Password.FILE));
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            String done = "ok " + target + " " + Files.size(target) + " bytes in " + (System.nanoTime() - start) / 1_000_000 + " ms";
            LOG.info("ecdp: backup " + done);
            return done;
        } catch (SQLException | IOException | NamingException e) {
            LOG.log(Level.WARNING, "ecdp: backup to " + target + " failed", e);
            return "error: " + e.getMessage();
        }
    }

    /**
     * Puts the database's password file into the backup: the file is the only way into the
     * database it holds, and a restore into a fresh data directory needs it (without it the
     * restored portal cannot open its own database). It protects nothing the backup does not
     * already hold in clear.
     */
    static void withPassword(Path zip, Path passwordFile) throws IOException {
        if (!Files.isRegularFile(passwordFile)) {
            return;
        }
        try (java.nio.file.FileSystem archive = java.nio.file.FileSystems.newFileSystem(zip)) {
            Files.copy(passwordFile, archive.getPath(H2Password.FILE), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Looked up when a backup is asked for, not injected: this singleton's timer is registered
     * while the application deploys, and an injected {@code java:app} datasource could be asked
     * for before the application's {@code @DataSourceDefinition} is bound (the deployment failed).
     */
    private static DataSource dataSource() throws NamingException {
        return (DataSource) new InitialContext().lookup(PortalDataSource.JNDI);
    }
}
