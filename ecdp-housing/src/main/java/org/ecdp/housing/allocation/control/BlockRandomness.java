package org.ecdp.housing.allocation.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.crypto.Mac;

/**
 * A stream of random numbers for one purpose in one stratum (the sizes of all its blocks, or
 * the order of arms in block j): HMAC-SHA256 keyed with the programme's seed in counter mode
 * (message = label, purpose, stratum key, block number, counter), read as unsigned 32-bit words. Anyone without the seed cannot predict them; anyone with it gets the same
 * numbers, so nothing but the seed has to be kept. Bounded draws use rejection sampling, so
 * every arm order in a block is exactly equally likely.
 */
final class BlockRandomness {

    private static final byte[] LABEL = "ecdp-allocation-block-v1".getBytes(StandardCharsets.UTF_8);

    static final String BLOCK_SIZES = "block-sizes";
    static final String BLOCK_ARMS = "block-arms";

    private final Mac keyedMac;
    private final byte[] purpose;
    private final byte[] stratumKey;
    private final long blockIndex;
    private int counter;
    private ByteBuffer words = ByteBuffer.allocate(0);

    BlockRandomness(Mac keyedMac, String purpose, String stratumKey, long blockIndex) {
        this.keyedMac = keyedMac;
        this.purpose = purpose.getBytes(StandardCharsets.UTF_8);
        this.stratumKey = stratumKey.getBytes(StandardCharsets.UTF_8);
        this.blockIndex = blockIndex;
    }

    /** Uniform on 0 .. bound-1. */
    int nextInt(int bound) {
        long range = 1L << 32;
        long limit = range - range % bound;
        while (true) {
            long word = nextWord();
            if (word < limit) {
                return (int) (word % bound);
            }
        }
    }

    private long nextWord() {
        if (!words.hasRemaining()) {
            ByteBuffer message = ByteBuffer.allocate(
                    4 + LABEL.length + 4 + purpose.length + 4 + stratumKey.length + 8 + 4);
            message.putInt(LABEL.length).put(LABEL).putInt(purpose.length).put(purpose)
                    .putInt(stratumKey.length).put(stratumKey).putLong(blockIndex).putInt(counter++);
            words = ByteBuffer.wrap(keyedMac.doFinal(message.array()));
        }
        return Integer.toUnsignedLong(words.getInt());
    }
}
