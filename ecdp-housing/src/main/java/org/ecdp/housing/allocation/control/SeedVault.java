package org.ecdp.housing.allocation.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import org.ecdp.housing.allocation.entity.AllocationSeed;
import org.ecdp.housing.allocation.entity.SeedSealer;
import org.eclipse.microprofile.config.ConfigProvider;

/** The portal's {@link SeedSealer}: AES-GCM with the key from {@code ECDP_SECRET_KEY} or the data directory. */
@ApplicationScoped
public class SeedVault implements SeedSealer {

    private SeedSealer sealer;

    @PostConstruct
    void loadKey() {
        var config = ConfigProvider.getConfig();
        String dataDir = config.getOptionalValue("ecdp.data.dir", String.class).orElse(System.getProperty("user.home") + "/.ecdp");
        sealer = new AesGcmSeedSealer(SecretKeyFile.load(config.getOptionalValue("ecdp.secret.key", String.class), Path.of(dataDir)));
    }

    @Override
    public String seal(AllocationSeed seed) {
        return sealer.seal(seed);
    }

    @Override
    public AllocationSeed open(String sealed) {
        return sealer.open(sealed);
    }
}
