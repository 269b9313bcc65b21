package org.ecdp.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A database of its own for a test that runs the portal as a process: on the run's MariaDB
 * (ECDP_DB_URL of a MariaDB run) a fresh database named after the run's plus a suffix; otherwise
 * a fresh data directory for the embedded H2 file, exactly as {@code ./ecdp run} uses it.
 */
final class ProcessDatabase {

    private static final Pattern SERVER = Pattern.compile("jdbc:(?:mariadb|mysql)://([^/:]+)(?::(\\d+))?/([A-Za-z0-9_]+).*");

    final Path dataDir;
    final String host;
    final int port;
    final String database;
    final String user;
    final String password;

    private ProcessDatabase(Path dataDir, String host, int port, String database, String user, String password) {
        this.dataDir = dataDir;
        this.host = host;
        this.port = port;
        this.database = database;
        this.user = user;
        this.password = password;
    }

    static boolean mariaDbRun() {
        return SERVER.matcher(System.getenv().getOrDefault("ECDP_DB_URL", "")).matches();
    }

    static ProcessDatabase fresh(String suffix) throws IOException, SQLException {
        File war = new File(System.getProperty("ecdp.war", "target/ecdp.war"));
        Path dataDir = war.toPath().toAbsolutePath().getParent().resolve("process-data").resolve(suffix);
        deleteTree(dataDir);
        Files.createDirectories(dataDir);
        Matcher m = SERVER.matcher(System.getenv().getOrDefault("ECDP_DB_URL", ""));
        if (!m.matches()) {
            return new ProcessDatabase(dataDir, null, 0, null, null, null);
        }
        ProcessDatabase db = new ProcessDatabase(dataDir, m.group(1), m.group(2) == null ? 3306 : Integer.parseInt(m.group(2)),
                m.group(3) + "_" + suffix, System.getenv().getOrDefault("ECDP_DB_USER", "root"), System.getenv().getOrDefault("ECDP_DB_PASSWORD", ""));
        try (Connection c = DriverManager.getConnection("jdbc:mysql://" + db.host + ":" + db.port + "/", db.user, db.password);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + db.database);
            s.execute("CREATE DATABASE " + db.database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return db;
    }

    boolean isMariaDb() {
        return database != null;
    }

    /** The environment `./ecdp run` would be given for this database. */
    Map<String, String> env() {
        return env(host, port);
    }

    /** The same, with the database reached through another host and port (a proxy). */
    Map<String, String> env(String viaHost, int viaPort) {
        Map<String, String> env = new HashMap<>();
        env.put("ECDP_DATA_DIR", dataDir.toString());
        if (isMariaDb()) {
            env.put("ECDP_DB_URL", "jdbc:mariadb://" + viaHost + ":" + viaPort + "/" + database);
            env.put("ECDP_DB_USER", user);
            env.put("ECDP_DB_PASSWORD", password);
        }
        return env;
    }

    /** A direct connection; for H2 only while no portal has the file open. */
    Connection connect() throws SQLException {
        if (isMariaDb()) {
            return DriverManager.getConnection("jdbc:mysql://" + host + ":" + port + "/" + database, user, password);
        }
        // the portal keeps the embedded database's password in the data directory (H2Password)
        java.nio.file.Path kept = dataDir.resolve("db-password");
        String h2Password;
        try {
            h2Password = java.nio.file.Files.isRegularFile(kept) ? java.nio.file.Files.readString(kept).strip() : "";
        } catch (IOException e) {
            throw new SQLException("cannot read " + kept, e);
        }
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("ecdp") + ";MODE=LEGACY", "sa", h2Password);
    }

    void drop() throws SQLException, IOException {
        if (isMariaDb()) {
            try (Connection c = DriverManager.getConnection("jdbc:mysql://" + host + ":" + port + "/", user, password);
                 Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database);
            }
        }
        deleteTree(dataDir);
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
