package org.ecdp.housing.allocation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;
import org.ecdp.housing.allocation.entity.AllocationSeed;
import org.ecdp.housing.allocation.entity.SeedSealer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed sealed with AES-GCM, and the key from configuration or from a file made on the first start. */
class SeedSealingTest {

    @TempDir
    Path dataDir;

    @Test
    void aSealedSeedOpensWithItsKeyOnlyAndNeverShowsTheSeed() {
        AllocationSeed seed = AllocationSeed.generate();
        AesGcmSeedSealer sealer = new AesGcmSeedSealer(AllocationSeed.generate().bytes());
        String sealed = sealer.seal(seed);
        assertThat(sealed).startsWith(SeedSealer.PREFIX).doesNotContain(seed.toBase64()).hasSizeLessThanOrEqualTo(100);
        assertThat(sealer.seal(seed)).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(sealer.open(sealed)).isEqualTo(seed);
        assertThatThrownBy(() -> new AesGcmSeedSealer(AllocationSeed.generate().bytes()).open(sealed))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ECDP_SECRET_KEY");
        char[] altered = sealed.toCharArray();
        altered[20] = altered[20] == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> sealer.open(new String(altered))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAConfiguredKeyAKeyFileReadableOnlyByTheOwnerIsMadeOnceAndThenReused() throws Exception {
        byte[] first = SecretKeyFile.load(Optional.empty(), dataDir.resolve("ecdp"));
        Path file = dataDir.resolve("ecdp").resolve(SecretKeyFile.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(first).hasSize(AesGcmSeedSealer.KEY_BYTES);
        assertThat(SecretKeyFile.load(Optional.empty(), dataDir.resolve("ecdp"))).isEqualTo(first);
        assertThat(SecretKeyFile.load(Optional.of(" "), dataDir.resolve("ecdp"))).as("blank is not configured").isEqualTo(first);
    }

    @Test
    void aConfiguredKeyWinsAndABadOneStopsTheStart() {
        byte[] key = AllocationSeed.generate().bytes();
        assertThat(SecretKeyFile.load(Optional.of(Base64.getEncoder().encodeToString(key)), dataDir)).isEqualTo(key);
        assertThat(dataDir.resolve(SecretKeyFile.FILE_NAME)).doesNotExist();
        assertThatThrownBy(() -> SecretKeyFile.load(Optional.of("c2hvcnQ="), dataDir)).hasMessageContaining("ECDP_SECRET_KEY");
        assertThatThrownBy(() -> SecretKeyFile.load(Optional.of("not base64!"), dataDir)).hasMessageContaining("ECDP_SECRET_KEY");
    }
}
