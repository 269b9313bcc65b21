package org.ecdp.web.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The first administrator's generated password, written to {@code admin-password.txt} in the
 * data directory, created readable and writable by the portal's own account only (mode 600)
 * before a byte is written, so it never passes through a log.
 */
final class FirstAdminPassword {

    static final String FILE = "admin-password.txt";

    private FirstAdminPassword() {
    }

    static Path write(Path dataDir, String password) {
        try {
            Files.createDirectories(dataDir);
            Path file = dataDir.resolve(FILE);
            Files.deleteIfExists(file);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, "user: admin\npassword: " + password + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.TRUNCATE_EXISTING);
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the first administrator's password under " + dataDir, e);
        }
    }
}
