package org.ecdp.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstAdminPasswordTest {

    @Test
    void thePasswordGoesToAFileOnlyThePortalsAccountCanRead(@TempDir Path dir) throws Exception {
        Path file = FirstAdminPassword.write(dir.resolve("data"), "Gx7pQ2mZk9LwT4vR");
        assertThat(file).isEqualTo(dir.resolve("data").resolve("admin-password.txt").toAbsolutePath());
        assertThat(Files.readString(file)).contains("admin").contains("Gx7pQ2mZk9LwT4vR");
        assertThat(Files.getPosixFilePermissions(file))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    }

    @Test
    void anOldFileIsReplacedNotAppendedTo(@TempDir Path dir) throws Exception {
        FirstAdminPassword.write(dir, "first-password-0001");
        Path file = FirstAdminPassword.write(dir, "second-password-002");
        assertThat(Files.readString(file)).doesNotContain("first-password").contains("second-password-002");
    }
}
