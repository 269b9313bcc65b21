package org.ecdp.web.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The embedded H2 database's password. H2 is opened as a plain file, never with
 * {@code AUTO_SERVER} (which starts a TCP server reachable from other machines), and never
 * with an empty password: unless {@code ECDP_DB_PASSWORD} is set, a random password is made
 * on first start and kept in {@code db-password} in the data directory, readable by its owner
 * only. Upgrade: databases made before this (user {@code sa}, empty password) still open; the
 * first start finds the password refused, opens with the empty one and sets the password with
 * {@code ALTER USER}, so from then on the file cannot be opened without it.
 */
final class H2Password {

    private static final Logger LOG = Logger.getLogger(H2Password.class.getName());
    /** H2's error code for a wrong user name or password. */
    static final int WRONG_USER_OR_PASSWORD = 28000;
    static final String FILE = "db-password";

    private H2Password() {
    }

    /** The password kept in {@code dataDir}, made (mode 600) when there is none yet. */
    static String kept(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                byte[] random = new byte[24];
                new SecureRandom().nextBytes(random);
                String made = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } catch (UnsupportedOperationException notPosix) {
                    Files.createFile(file);
                } catch (FileAlreadyExistsException madeMeanwhile) {
                    return Files.readString(file, StandardCharsets.UTF_8).strip();
                }
                Files.writeString(file, made, StandardCharsets.UTF_8);
                return made;
            }
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the database password in " + file, e);
        }
    }

    /**
     * Connects with {@code props}' password; a database that still has the old empty password
     * is given this one first.
     */
    static Connection connect(Driver driver, String url, Properties props) throws SQLException {
        try {
            return driver.connect(url, props);
        } catch (SQLException refused) {
            String password = props.getProperty("password", "");
            if (refused.getErrorCode() != WRONG_USER_OR_PASSWORD || password.isEmpty()) {
                throw refused;
            }
            Properties old = new Properties();
            old.putAll(props);
            old.setProperty("password", "");
            try (Connection unprotected = driver.connect(url, old); Statement s = unprotected.createStatement()) {
                String user = props.getProperty("user", "sa").replace("\"", "\"\"");
                s.execute("ALTER USER \"" + user.toUpperCase(java.util.Locale.ROOT) + "\" SET PASSWORD '" + password.replace("'", "''") + "'");
                LOG.warning("The H2 database had no password; it has one now (ECDP_DB_PASSWORD or db-password in the data directory)");
            } catch (SQLException notOldEither) {
                refused.addSuppressed(notOldEither);
                throw refused;
            }
            return driver.connect(url, props);
        }
    }
}
