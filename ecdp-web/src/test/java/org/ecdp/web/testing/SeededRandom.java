package org.ecdp.web.testing;

import java.util.Random;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * The randomness a test class draws its data from, seeded so a failure can be repeated: each
 * test gets a {@link Random} seeded from the class's seed and the test's name (so two tests
 * of a run do not draw the same values), and a failing test names the seed to repeat it with
 * ({@code -Decdp.test.seed=...}). The seed is fixed: the integration tests start on a fresh
 * database each run. On a database kept between runs ({@code ECDP_TEST_DB_URL} set) it is taken
 * from the clock instead, so a rerun does not meet the data of the run before; either way the
 * failure message names it. Register it as a static field with {@code @RegisterExtension}.
 */
public final class SeededRandom implements BeforeEachCallback, TestExecutionExceptionHandler {

    /** The seed of every class's randomness unless {@code -Decdp.test.seed} or a kept database says otherwise. */
    public static final long FIXED = 20261205L;

    private final long seed;
    private Random random;
    private long testSeed;

    public SeededRandom() {
        String given = System.getProperty("ecdp.test.seed");
        if (given != null) {
            seed = Long.parseLong(given.trim());
        } else if (System.getenv("ECDP_TEST_DB_URL") != null && !System.getenv("ECDP_TEST_DB_URL").isBlank()) {
            seed = System.currentTimeMillis();
        } else {
            seed = FIXED;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        testSeed = seed ^ context.getUniqueId().hashCode();
        random = new Random(testSeed);
    }

    /** This test's random numbers. */
    public Random random() {
        if (random == null) {
            throw new IllegalStateException("SeededRandom is used outside a test: register it with @RegisterExtension");
        }
        return random;
    }

    public long seed() {
        return seed;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        failure.addSuppressed(new AssertionError("The test's random data came from seed " + testSeed + " (class seed " + seed
                + "): repeat it with -Decdp.test.seed=" + seed));
        throw failure;
    }
}
