package org.ecdp.housing.allocation.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.ecdp.housing.allocation.entity.AllocationSeed;
import org.ecdp.housing.allocation.entity.SeedSealer;

/**
 * AES-256-GCM over the seed: a fresh 12-byte nonce each time, a 128-bit tag, and a fixed label
 * as associated data, so a sealed seed that was altered, or opened with another key, is refused
 * rather than silently giving other allocations.
 */
public final class AesGcmSeedSealer implements SeedSealer {

    public static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] LABEL = "ecdp-allocation-seed-v1".getBytes(StandardCharsets.UTF_8);
    private static final SecureRandom NONCES = new SecureRandom();

    private final SecretKeySpec key;

    public AesGcmSeedSealer(byte[] key) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException("the secret key has " + KEY_BYTES + " bytes (base64 of 32 random bytes)");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    @Override
    public String seal(AllocationSeed seed) {
        byte[] nonce = new byte[NONCE_BYTES];
        NONCES.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(LABEL);
            byte[] sealed = cipher.doFinal(seed.bytes());
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    @Override
    public AllocationSeed open(String sealed) {
        if (!SeedSealer.isSealed(sealed)) {
            throw new IllegalArgumentException("not a sealed seed");
        }
        byte[] all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(LABEL);
            byte[] seed = cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
            try {
                return AllocationSeed.fromBytes(seed);
            } finally {
                Arrays.fill(seed, (byte) 0);
            }
        } catch (javax.crypto.AEADBadTagException wrongKeyOrAltered) {
            throw new IllegalStateException("the allocation seed cannot be opened: another ECDP_SECRET_KEY, or the stored seed was altered");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }
}
