package dev.descent.testing;

import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Waiting for a state that the FX thread or another thread reaches, by asking on the FX thread every
 * 20 ms. The patience is only a bound for a test that would otherwise hang: no test waits for time.
 */
public final class FxPolling {
    /** How long a state may take to come on a busy machine before the test fails instead of hanging. */
    public static final long PATIENCE_SECONDS = 60;

    private FxPolling() {
    }

    /** Whether {@code condition}, asked on the FX thread, became true within {@link #PATIENCE_SECONDS}. */
    public static boolean reached(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (System.nanoTime() < deadline) {
            try {
                if (WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get()) {
                    return true;
                }
            } catch (ExecutionException e) {
                throw new AssertionError("the condition failed: " + e.getCause(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting", e);
            }
            WaitForAsyncUtils.sleep(20, TimeUnit.MILLISECONDS);
        }
        return false;
    }
}
