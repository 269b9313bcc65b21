package org.ecdp.web.testing;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * Waiting for what the portal does in the background (the scan after an entry, a restart, a
 * queue draining): asks again every so often until the answer is right or the time is up. The
 * one place a test sleeps to wait for something.
 */
public final class Eventually {

    private Eventually() {
    }

    /**
     * Asks until {@code done} holds, then answers it; fails naming {@code what} and the last
     * answer when it still does not hold after {@code within}.
     */
    public static <T> T await(String what, Duration within, Duration every, Callable<T> ask, Predicate<? super T> done) throws Exception {
        T answer = poll(within, every, ask, done);
        if (!done.test(answer)) {
            throw new AssertionError("Waited " + within.toSeconds() + " s for " + what + "; the last answer was: " + answer);
        }
        return answer;
    }

    /**
     * Asks until {@code done} holds or {@code within} has passed, and answers the last answer
     * either way: for a test that measures or asserts on it itself.
     */
    public static <T> T poll(Duration within, Duration every, Callable<T> ask, Predicate<? super T> done) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        T answer = ask.call();
        while (!done.test(answer) && System.nanoTime() - deadline < 0) {
            Thread.sleep(every.toMillis());
            answer = ask.call();
        }
        return answer;
    }
}
