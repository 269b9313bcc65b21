package org.ecdp.housing.allocation.control;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.ecdp.housing.allocation.entity.AllocationSeed;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.allocation.entity.RandomisationScheme;
import org.ecdp.housing.allocation.entity.RevealedAllocation;
import org.ecdp.housing.allocation.entity.Stratum;

/**
 * A programme's concealed allocation sequence: stratified permuted blocks with random block
 * sizes. Each stratum has its own run of blocks. The sizes come, one after another, from the
 * stratum's size stream; block j's arms (the ratio's share of each, shuffled by Fisher–Yates)
 * from the stream for block j. Both are {@link BlockRandomness} keyed by the seed.
 *
 * <p>So the arm of the k-th participant of a stratum is a pure function of (seed, stratum, k):
 * the sequence is never stored in clear, cannot be previewed without the secret seed, and can
 * be recomputed in full once the programme closes ({@link #reveal}).
 */
public final class AllocationSequence {

    private final AllocationSeed seed;
    private final RandomisationScheme scheme;

    public AllocationSequence(AllocationSeed seed, RandomisationScheme scheme) {
        this.seed = seed;
        this.scheme = scheme;
    }

    public RandomisationScheme scheme() {
        return scheme;
    }

    /** The arm for the participant at {@code position} (from 1) in the stratum. */
    public Arm armFor(Stratum stratum, int position) {
        if (position < 1) {
            throw new IllegalArgumentException("positions in a stratum count from 1");
        }
        Mac mac = keyedMac();
        BlockRandomness sizes = new BlockRandomness(mac, BlockRandomness.BLOCK_SIZES, stratum.key(), 0);
        int blockStart = 1;
        for (long blockIndex = 0; ; blockIndex++) {
            int size = drawSize(sizes);
            if (position < blockStart + size) {
                return shuffledBlock(mac, stratum, blockIndex, size)[position - blockStart];
            }
            blockStart += size;
        }
    }

    /** The first {@code length} places of the stratum's sequence: only for after the programme closes. */
    public List<RevealedAllocation> reveal(Stratum stratum, int length) {
        Mac mac = keyedMac();
        BlockRandomness sizes = new BlockRandomness(mac, BlockRandomness.BLOCK_SIZES, stratum.key(), 0);
        List<RevealedAllocation> revealed = new ArrayList<>(length);
        for (int blockIndex = 0; revealed.size() < length; blockIndex++) {
            int size = drawSize(sizes);
            Arm[] block = shuffledBlock(mac, stratum, blockIndex, size);
            for (int i = 0; i < size && revealed.size() < length; i++) {
                revealed.add(new RevealedAllocation(stratum, revealed.size() + 1, blockIndex + 1, size, block[i]));
            }
        }
        return List.copyOf(revealed);
    }

    private int drawSize(BlockRandomness randomness) {
        return scheme.blockSizes().get(randomness.nextInt(scheme.blockSizes().size()));
    }

    private Arm[] shuffledBlock(Mac mac, Stratum stratum, long blockIndex, int size) {
        BlockRandomness randomness = new BlockRandomness(mac, BlockRandomness.BLOCK_ARMS, stratum.key(), blockIndex);
        int rounds = size / scheme.ratio().perRound();
        int coached = rounds * scheme.ratio().coached();
        Arm[] block = new Arm[size];
        for (int i = 0; i < size; i++) {
            block[i] = i < coached ? Arm.COACHED : Arm.CONTROL;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = randomness.nextInt(i + 1);
            Arm swap = block[i];
            block[i] = block[j];
            block[j] = swap;
        }
        return block;
    }

    private Mac keyedMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(seed.bytes(), "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
