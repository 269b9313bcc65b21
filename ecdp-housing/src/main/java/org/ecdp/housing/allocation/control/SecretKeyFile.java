package org.ecdp.housing.allocation.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The key that seals allocation seeds: {@code ECDP_SECRET_KEY} (base64 of 32 bytes) when it is
 * configured, else the file {@value #FILE_NAME} in the data directory, written with 32 fresh
 * random bytes on the first start and readable by the portal's own user only (mode 600). Keep
 * that file (or the configured key) out of database backups: with it, the database alone no
 * longer reveals future allocations.
 */
public final class SecretKeyFile {

    public static final String FILE_NAME = "secret.key";

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretKeyFile() {
    }

    /** The configured key, or the data directory's key file, created when absent. */
    public static byte[] load(Optional<String> configured, Path dataDir) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            return decode(configured.get().strip(), "ECDP_SECRET_KEY");
        }
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                byte[] key = new byte[AesGcmSeedSealer.KEY_BYTES];
                RANDOM.nextBytes(key);
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
                    return key;
                } catch (FileAlreadyExistsException anotherStartWroteIt) {
                    // fall through and read it
                } catch (UnsupportedOperationException notPosix) {
                    Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
                    return key;
                }
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the secret key " + file, e);
        }
    }

    private static byte[] decode(String text, String where) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + " is not base64");
        }
        if (key.length != AesGcmSeedSealer.KEY_BYTES) {
            throw new IllegalStateException(where + " must be base64 of " + AesGcmSeedSealer.KEY_BYTES + " random bytes");
        }
        return key;
    }
}
