package org.ecdp.web.config;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The portal's JDBC connections, behind the container's pool (see {@link PortalDataSource}).
 * One class for both databases: the driver is chosen from the URL, which comes from
 * MicroProfile Config ({@code ECDP_DB_URL} etc. in the environment, else the embedded H2
 * file under {@code ECDP_DATA_DIR}, with a password: see {@link H2Password}). {@code jdbc:mariadb:} URLs are served by the MySQL driver.
 */
public class EcdpDataSource implements DataSource {

    static final int CONNECT_TIMEOUT_MS = 1000;

    private volatile Driver driver;
    private volatile String url;
    private volatile int loginTimeout;

    @Override
    public Connection getConnection() throws SQLException {
        Config config = ConfigProvider.getConfig(EcdpDataSource.class.getClassLoader());
        Properties props = new Properties();
        config.getOptionalValue("ecdp.db.user", String.class).ifPresent(u -> props.setProperty("user", u));
        Optional<String> password = config.getOptionalValue("ecdp.db.password", String.class);
        if (password.isPresent()) {
            props.setProperty("password", password.get());
        } else if (config.getValue("ecdp.db.url", String.class).trim().startsWith("jdbc:h2:")) {
            props.setProperty("password", H2Password.kept(Path.of(config.getValue("ecdp.data.dir", String.class))));
        }
        return connect(config, props);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        Properties props = new Properties();
        if (username != null) {
            props.setProperty("user", username);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        return connect(ConfigProvider.getConfig(EcdpDataSource.class.getClassLoader()), props);
    }

    private Connection connect(Config config, Properties props) throws SQLException {
        if (driver == null) {
            String configured = config.getValue("ecdp.db.url", String.class).trim();
            url = configured.startsWith("jdbc:mariadb:") ? "jdbc:mysql:" + configured.substring("jdbc:mariadb:".length()) : durable(configured);
            driver = load(url);
        }
        if (isMySql(url)) {
            // JDBC batches (the workbook import) as multi-row INSERTs instead of one round trip per row
            props.putIfAbsent("rewriteBatchedStatements", "true");
            props.putIfAbsent("cachePrepStmts", "true");
            props.putIfAbsent("prepStmtCacheSize", "250");
            // EclipseLink 4.0 leaves the statement behind an IDENTITY insert's generated keys open
            // (eclipse-ee4j/eclipselink#2366); a connection that tracks its open statements keeps
            // every one of them until it is closed, which under steady load is never: 3 statements
            // per entry logged, 250 MB after 20,000 entries. Untracked, they are collected.
            props.putIfAbsent("dontTrackOpenResources", "true");
            // a database that is gone is noticed in a second, not after the operating system's minutes
            props.putIfAbsent("connectTimeout", String.valueOf(CONNECT_TIMEOUT_MS));
        }
        Connection connection = url.startsWith("jdbc:h2:") ? H2Password.connect(driver, url, props) : driver.connect(url, props);
        if (connection == null) {
            throw new SQLException("No driver accepts " + url);
        }
        return connection;
    }

    /**
     * An embedded H2 database writes a commit to its file only after up to half a second (H2's
     * WRITE_DELAY, "Durability problems" in its manual): a portal killed in that time loses entries
     * it has already acknowledged (CrashSafetyIT saw it). The portal writes every commit before
     * answering, unless the configured URL sets WRITE_DELAY itself.
     */
    static String durable(String url) {
        if (!url.startsWith("jdbc:h2:") || url.toUpperCase(java.util.Locale.ROOT).contains(";WRITE_DELAY=")) {
            return url;
        }
        return url + ";WRITE_DELAY=0";
    }

    private static Driver load(String url) throws SQLException {
        String className;
        if (url.startsWith("jdbc:h2:")) {
            className = "org.h2.Driver";
        } else if (url.startsWith("jdbc:mysql:")) {
            className = "com.mysql.cj.jdbc.Driver";
        } else {
            throw new SQLException("Unsupported database URL (use jdbc:h2:, jdbc:mysql: or jdbc:mariadb:): " + url);
        }
        try {
            return (Driver) Class.forName(className, true, EcdpDataSource.class.getClassLoader()).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new SQLException("Cannot load JDBC driver " + className, e);
        }
    }

    public static boolean isMySql(String url) {
        return url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // connections log through the driver's own logging
    }

    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper for " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
