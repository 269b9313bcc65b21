package org.ecdp.housing.allocation.entity;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One participant's allocation to an arm: made once, never changed. Every allocation carries
 * the hash of the one before it, and its own hash covers that hash and its own fields, so
 * changing an arm, removing an allocation or reordering them breaks the chain from that point.
 *
 * <p>Canonical form hashed with SHA-256, each part written as {@code <UTF-8 byte length>:<text>\n}:
 * the label {@code ecdp-allocation-v2}, previous hash (hex), sequence number (decimal),
 * stratum key, the participant's study code, arm, allocation instant ({@link Instant#toString()},
 * truncated to whole seconds when the allocation is made so that it survives any database column).
 *
 * <p>{@code participantRef} is the participant's random study code, never the organisation's
 * reference: the chain must verify for ever, so it may hold nothing that erasing a person
 * removes. Once the reference is erased, the study code links to nobody. Chains made before
 * December 2026 hashed the reference ({@code ecdp-allocation-v1}); migration
 * {@code V2026_12_04_72} re-chained every intact one in this form, and a v1 allocation still
 * verifies as such.
 */
public record Allocation(long sequenceNumber, Stratum stratum, String participantRef, Arm arm,
                         Instant allocatedAt, String previousHash, String hash) {

    public Allocation {
        Objects.requireNonNull(stratum, "stratum");
        Objects.requireNonNull(participantRef, "participantRef");
        Objects.requireNonNull(arm, "arm");
        Objects.requireNonNull(allocatedAt, "allocatedAt");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }

    /** The allocation that follows {@code previous} in the chain, hashed. */
    public static Allocation following(ChainHead previous, Stratum stratum, String participantRef, Arm arm,
                                       Instant allocatedAt) {
        long sequenceNumber = previous.sequenceNumber() + 1;
        // whole seconds: MySQL Connector/J takes MariaDB for a 5.5 server and drops fractions of a
        // second when it writes a timestamp, so a finer time would not hash the same when read back
        Instant at = allocatedAt.truncatedTo(ChronoUnit.SECONDS);
        return new Allocation(sequenceNumber, stratum, participantRef, arm, at, previous.hash(),
                hashOf(previous.hash(), sequenceNumber, stratum, participantRef, arm, at));
    }

    public ChainHead head() {
        return new ChainHead(sequenceNumber, hash);
    }

    /** Whether the stored hash still matches the stored fields. */
    public boolean contentMatchesHash() {
        return hashOf(previousHash, sequenceNumber, stratum, participantRef, arm, allocatedAt).equals(hash)
                || hashOf(V1, previousHash, sequenceNumber, stratum, participantRef, arm, allocatedAt).equals(hash);
    }

    public static String hashOf(String previousHash, long sequenceNumber, Stratum stratum, String participantRef,
                                Arm arm, Instant allocatedAt) {
        return hashOf(V2, previousHash, sequenceNumber, stratum, participantRef, arm, allocatedAt);
    }

    /** The form of the chains made before December 2026, which hashed the participant's reference. */
    public static final String V1 = "ecdp-allocation-v1";
    public static final String V2 = "ecdp-allocation-v2";

    public static String hashOf(String label, String previousHash, long sequenceNumber, Stratum stratum, String participantRef,
                                Arm arm, Instant allocatedAt) {
        ByteArrayOutputStream canonical = new ByteArrayOutputStream(256);
        field(canonical, label);
        field(canonical, previousHash);
        field(canonical, Long.toString(sequenceNumber));
        field(canonical, stratum.key());
        field(canonical, participantRef);
        field(canonical, arm.name());
        field(canonical, allocatedAt.toString());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void field(ByteArrayOutputStream out, String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeBytes((utf8.length + ":").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(utf8);
        out.write('\n');
    }
}
