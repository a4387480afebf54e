package dev.descent.core.train;

import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.optim.AdamConfig;
import dev.descent.core.optim.OptimizerConfig;
import dev.descent.core.optim.SgdConfig;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mini-batch and SGD steps allocate nothing: a run of many small batches allocates no more than a run
 * of a few large ones over the same epochs. Counted with the JVM's per-thread allocation counter
 * (bytes, not time, so the shared machine's noise does not matter).
 */
class StepAllocationTest {
    private static final int N = 30_000;
    private static final int EPOCHS = 3;

    private static final Dataset DATA = data();

    private static Dataset data() {
        double[] x = new double[N];
        double[] y = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = (i % 1000) / 500.0 - 1;
            y[i] = 2 * x[i] + 0.5 + ((i * 7919) % 13 - 6) / 30.0;
        }
        return Dataset.of(x, y);
    }

    private static final TrainingListener QUIET = epoch -> {
    };

    private static long allocatedBy(Runnable r) {
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = bean.getThreadAllocatedBytes(id);
        r.run();
        return bean.getThreadAllocatedBytes(id) - before;
    }

    private static long bytesFor(Model model, OptimizerConfig optimizer, int batch, boolean shuffle) {
        RunConfig config = new RunConfig(DATA, model, optimizer, new double[model.parameterCount()], EPOCHS, batch,
                shuffle, 1, 0);
        // Warm up (class loading, interpreter-to-compiled transitions), then keep the smallest of three counts.
        Trainer.run(config, QUIET);
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            best = Math.min(best, allocatedBy(() -> Trainer.run(config, QUIET)));
        }
        return best;
    }

    @Test
    void stepsAllocateNothing() {
        for (Model model : Model.values()) {
            for (OptimizerConfig optimizer : new OptimizerConfig[] {SgdConfig.heavyBall(0.01, 0.9),
                    AdamConfig.withDefaults(0.01)}) {
                for (boolean shuffle : new boolean[] {false, true}) {
                    long few = bytesFor(model, optimizer, 10_000, shuffle);   // 3 steps per epoch
                    long sgd = bytesFor(model, optimizer, 1, shuffle);        // 30,000 steps per epoch
                    long mini = bytesFor(model, optimizer, 32, shuffle);      // 938 steps per epoch
                    int steps = EPOCHS * N;
                    // Even 8 bytes per step would be 720,000 bytes; allow 1/16 byte per step of slack
                    // for the counter's granularity (it counts whole thread-local allocation buffers).
                    String what = model + ", " + optimizer.describe() + (shuffle ? ", shuffled" : "")
                            + ": " + few + " bytes with 9 steps, " + mini + " with 2,814, " + sgd + " with " + steps;
                    assertTrue(sgd - few < steps / 16, what);
                    assertTrue(mini - few < steps / 16, what);
                }
            }
        }
    }
}
