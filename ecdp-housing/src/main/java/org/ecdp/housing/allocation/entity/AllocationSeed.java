package org.ecdp.housing.allocation.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret from which a programme's whole allocation sequence is derived. Whoever holds it
 * can compute every future allocation, so it is drawn from a cryptographically secure source,
 * kept out of pages, logs and API answers ({@link #toString()} never shows it), and disclosed
 * only once the programme closes.
 *
 * <p>{@link #commitment()} may be published when the programme starts: after closing, anyone
 * can check the disclosed seed against it, so the seed cannot have been swapped to fit the
 * allocations made.
 */
public final class AllocationSeed {

    public static final int LENGTH_BYTES = 32;

    private final byte[] secret;

    private AllocationSeed(byte[] secret) {
        this.secret = secret;
    }

    public static AllocationSeed generate() {
        return generate(new SecureRandom());
    }

    public static AllocationSeed generate(SecureRandom random) {
        byte[] secret = new byte[LENGTH_BYTES];
        random.nextBytes(secret);
        return new AllocationSeed(secret);
    }

    public static AllocationSeed fromBytes(byte[] secret) {
        if (secret == null || secret.length < LENGTH_BYTES) {
            throw new IllegalArgumentException("an allocation seed has at least " + LENGTH_BYTES + " bytes");
        }
        return new AllocationSeed(secret.clone());
    }

    public static AllocationSeed fromBase64(String encoded) {
        return fromBytes(Base64.getDecoder().decode(encoded));
    }

    /** For storing the seed where only the randomiser can read it; never for display. */
    public byte[] bytes() {
        return secret.clone();
    }

    public String toBase64() {
        return Base64.getEncoder().encodeToString(secret);
    }

    /** SHA-256 over a label and the seed, as hex: safe to show, binds the programme to this seed. */
    public String commitment() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("ecdp-allocation-seed-v1".getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(secret));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AllocationSeed seed && MessageDigest.isEqual(secret, seed.secret);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(secret);
    }

    @Override
    public String toString() {
        return "AllocationSeed[concealed]";
    }
}
