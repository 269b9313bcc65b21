package org.ecdp.web.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.h2.Driver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2PasswordTest {

    @TempDir
    Path dir;

    private static Properties login(String password) {
        Properties props = new Properties();
        props.setProperty("user", "sa");
        props.setProperty("password", password);
        return props;
    }

    @Test
    void aDatabaseMadeWithoutAPasswordStillOpensAndFromThenOnNeedsIt() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("ecdp") + ";MODE=LEGACY";
        Driver driver = new Driver();
        try (Connection old = driver.connect(url, login("")); Statement s = old.createStatement()) {
            s.execute("CREATE TABLE kept (x INT)");
            s.execute("INSERT INTO kept VALUES (42)");
        }
        try (Connection upgraded = H2Password.connect(driver, url, login("s3cret-Pass")); Statement s = upgraded.createStatement();
             var rs = s.executeQuery("SELECT x FROM kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(42);
        }
        assertThatThrownBy(() -> driver.connect(url, login("")).close()).as("the empty password no longer opens it")
                .isInstanceOf(SQLException.class);
        try (Connection again = H2Password.connect(driver, url, login("s3cret-Pass"))) {
            assertThat(again.isValid(1)).isTrue();
        }
    }

    @Test
    void aWrongPasswordForAProtectedDatabaseIsStillRefused() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("other") + ";MODE=LEGACY";
        Driver driver = new Driver();
        H2Password.connect(driver, url, login("right-one")).close();
        assertThatThrownBy(() -> H2Password.connect(driver, url, login("wrong-one")).close()).isInstanceOf(SQLException.class);
    }

    @Test
    void theKeptPasswordIsMadeOnceAndReadableByItsOwnerOnly() throws Exception {
        String first = H2Password.kept(dir.resolve("data"));
        assertThat(first).hasSizeGreaterThanOrEqualTo(32);
        assertThat(H2Password.kept(dir.resolve("data"))).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("data").resolve(H2Password.FILE))))
                .isEqualTo("rw-------");
    }

    @Test
    void theDefaultDatabaseOpensNoTcpServer() throws Exception {
        Properties defaults = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            defaults.load(in);
        }
        assertThat(defaults.getProperty("ecdp.db.url")).startsWith("jdbc:h2:file:").doesNotContainIgnoringCase("AUTO_SERVER");
        assertThat(defaults.getProperty("ecdp.db.password")).as("no password in the shipped defaults").isNull();
    }
}
