package dev.descent.core.train;

import dev.descent.Golden;
import dev.descent.Recorder;
import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.optim.AdamConfig;
import dev.descent.core.optim.SgdConfig;
import dev.descent.lecture.Presets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainerTest {
    private static final Dataset TEN = ten();

    /** Ten points near y = 2x − 1, for shuffling and mini-batches. */
    private static Dataset ten() {
        double[] x = new double[10];
        double[] y = new double[10];
        for (int i = 0; i < 10; i++) {
            x[i] = i / 5.0 - 1;
            y[i] = 2 * x[i] - 1 + ((i * 37) % 11 - 5) / 20.0;
        }
        return Dataset.of(x, y);
    }

    private static RunConfig tenConfig(int batch, boolean shuffle, long seed) {
        return new RunConfig(TEN, Model.AFFINE, SgdConfig.heavyBall(0.05, 0.5), new double[] {0, 0}, 30, batch,
                shuffle, seed, 0);
    }

    private static Recorder run(RunConfig c) {
        Recorder r = new Recorder();
        Trainer.run(c, r);
        return r;
    }

    private static void assertSameRun(Recorder a, Recorder b) {
        assertEquals(a.epochs.size(), b.epochs.size());
        assertEquals(a.steps.size(), b.steps.size());
        for (int k = 0; k < a.epochs.size(); k++) {
            EpochSnapshot x = a.epochs.get(k);
            EpochSnapshot y = b.epochs.get(k);
            assertArrayEquals(x.params(), y.params(), "epoch " + k);
            assertArrayEquals(x.before(), y.before());
            assertEquals(Double.doubleToRawLongBits(x.costBefore()), Double.doubleToRawLongBits(y.costBefore()));
            assertArrayEquals(x.gradient(), y.gradient());
            assertEquals(x.state(), y.state());
        }
        for (int s = 0; s < a.steps.size(); s++) {
            assertArrayEquals(a.steps.get(s).rows(), b.steps.get(s).rows(), "step " + s);
            assertArrayEquals(a.steps.get(s).params(), b.steps.get(s).params(), "step " + s);
        }
        assertArrayEquals(a.result.finalParams(), b.result.finalParams());
        assertEquals(a.result.finalCost(), b.result.finalCost());
    }

    @Test
    void twoRunsAreBitIdentical() {
        assertSameRun(run(tenConfig(3, false, 0)), run(tenConfig(3, false, 0)));
        RunConfig adam = tenConfig(0, false, 0).withOptimizer(AdamConfig.withDefaults(0.05));
        assertSameRun(run(adam), run(adam));
    }

    @Test
    void shuffledRunsWithTheSameSeedAreBitIdentical() {
        assertSameRun(run(tenConfig(3, true, 42)), run(tenConfig(3, true, 42)));
        assertSameRun(run(tenConfig(1, true, -7)), run(tenConfig(1, true, -7)));
    }

    @Test
    void differentSeedsGiveDifferentOrdersAndResults() {
        Recorder a = run(tenConfig(3, true, 1));
        Recorder b = run(tenConfig(3, true, 2));
        assertFalse(Arrays.equals(a.result.finalParams(), b.result.finalParams()));
        assertFalse(Arrays.equals(a.steps.get(0).rows(), b.steps.get(0).rows()));
    }

    @Test
    void shuffledEpochsVisitEveryRowOnceInAnotherOrder() {
        Recorder r = run(tenConfig(3, true, 5));
        boolean someEpochNotInDataOrder = false;
        List<Integer> firstOrder = null;
        boolean ordersVary = false;
        for (int epoch = 0; epoch < 30; epoch++) {
            int[] seen = new int[10];
            List<Integer> order = new java.util.ArrayList<>();
            for (StepSnapshot s : r.steps.subList(4 * epoch, 4 * epoch + 4)) {
                assertEquals(epoch, s.epoch());
                for (int row : s.rows()) {
                    seen[row]++;
                    order.add(row);
                }
            }
            int[] once = new int[10];
            Arrays.fill(once, 1);
            assertArrayEquals(once, seen, "epoch " + epoch + " is a permutation of the rows");
            if (!order.equals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9))) {
                someEpochNotInDataOrder = true;
            }
            if (firstOrder == null) {
                firstOrder = order;
            } else if (!order.equals(firstOrder)) {
                ordersVary = true;
            }
        }
        assertTrue(someEpochNotInDataOrder);
        assertTrue(ordersVary, "each epoch is shuffled afresh");
    }

    @Test
    void cancelledFromAnotherThreadStopsPromptly() throws Exception {
        RunConfig endless = tenConfig(1, true, 3).withEpochs(RunConfig.MAX_EPOCHS);
        AtomicBoolean cancel = new AtomicBoolean();
        CountDownLatch running = new CountDownLatch(1);
        AtomicLong epochsAfterCancel = new AtomicLong();
        Recorder recorder = new Recorder(false) {
            @Override
            public void onEpoch(EpochSnapshot epoch) {
                running.countDown();
                if (cancel.get()) {
                    epochsAfterCancel.incrementAndGet();
                }
            }
        };
        CompletableFuture<RunResult> future = CompletableFuture.supplyAsync(
                () -> Trainer.run(endless, recorder, cancel::get));
        assertTrue(running.await(10, TimeUnit.SECONDS), "the run started");
        long t0 = System.nanoTime();
        cancel.set(true);
        RunResult result = future.get(2, TimeUnit.SECONDS);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(StopReason.CANCELLED, result.reason());
        assertTrue(millis < 2_000, "stopped after " + millis + " ms");
        assertTrue(epochsAfterCancel.get() <= 1, "at most the epoch in progress finished");
        assertEquals(result, recorder.result);
        assertTrue(result.epochs() < RunConfig.MAX_EPOCHS);
    }

    @Test
    void cancelledBeforeTheFirstUpdate() {
        Recorder r = new Recorder();
        RunResult result = Trainer.run(Presets.byId("gd").config(), r, () -> true);
        assertEquals(StopReason.CANCELLED, result.reason());
        assertEquals(0, result.epochs());
        assertTrue(r.steps.isEmpty());
        assertArrayEquals(new double[] {1}, result.finalParams());
    }

    @Test
    void stopsAsConvergedOnceTheCostChangeIsWithinTolerance() {
        // From the golden costs: the first epoch k whose cost differs from the previous one by at most
        // tol·(1 + previous) is where the run stops; it completed k epochs.
        double tol = 1e-3;
        List<double[]> golden = Golden.rows("lecture_batch_gd.csv");
        int k = 1;
        while (Math.abs(golden.get(k - 1)[2] - golden.get(k)[2]) > tol * (1 + golden.get(k - 1)[2])) {
            k++;
        }
        assertTrue(k > 5 && k < 100, "the gd run settles somewhere in the middle: " + k);
        Recorder r = new Recorder(false);
        RunResult result = Trainer.run(Presets.byId("gd").config().withTolerance(tol), r);
        assertEquals(StopReason.CONVERGED, result.reason(), result.message());
        assertEquals(k, result.epochs());
        assertEquals(k - 1, result.stopEpoch());
        assertEquals(k, r.epochs.size());
        assertEquals(golden.get(k - 1)[1], result.finalParams()[0]);
        assertEquals(golden.get(k)[2], result.finalCost());
        assertTrue(result.message().startsWith("converged after " + k + " epochs"), result.message());
    }

    @Test
    void completedRunReportsEveryEpoch() {
        Recorder r = new Recorder(false);
        RunResult result = Trainer.run(Presets.byId("gd").config(), r);
        assertEquals(StopReason.COMPLETED, result.reason());
        assertEquals("finished 100 epochs", result.message());
        assertEquals(100, result.epochs());
        assertEquals(-1, result.stopEpoch());
        assertEquals(100, r.epochs.size());
        assertTrue(r.steps.isEmpty(), "no step snapshots unless asked");
    }

    @Test
    void epochSnapshotHoldsParamsAfterAndCostBefore() {
        // gd, epoch 0 by hand: before w = 1, cost(1) = 14/3, gradient −28/3, after w = 1 + 0.28/3.
        Recorder r = run(Presets.byId("gd").config().withEpochs(3));
        EpochSnapshot e0 = r.epochs.get(0);
        assertEquals(0, e0.epoch());
        assertEquals(1, e0.iteration());
        assertArrayEquals(new double[] {1}, e0.before());
        assertEquals(14.0 / 3, e0.costBefore(), 1e-15);
        assertEquals(-28.0 / 3, e0.gradient()[0], 1e-14);
        assertEquals(1 + 0.28 / 3, e0.param(0), 1e-15);
        for (int k = 1; k < 3; k++) {
            assertArrayEquals(r.epochs.get(k - 1).params(), r.epochs.get(k).before(), "epoch " + k + " starts where " + (k - 1) + " ended");
            assertEquals(k + 1, r.epochs.get(k).iteration());
        }
        // Snapshots are values: changing what they hand out does not change them.
        e0.params()[0] = 99;
        assertEquals(1 + 0.28 / 3, e0.param(0), 1e-15);
    }

    @Test
    void miniBatchesOfTwoKeepTheLastPartialBatch() {
        // The minibatch preset on (1,2), (2,4), (3,6), w = 1, lr 0.01:
        // batch 0 = rows 0, 1: g = (2·1·(1−2) + 2·2·(2−4))/2 = (−2 − 8)/2 = −5, w = 1.05
        // batch 1 = row 2 alone: g = 2·3·(3.15 − 6) = −17.1, w = 1.05 + 0.171 = 1.221
        RunConfig c = Presets.byId("minibatch").config().withEpochs(2);
        assertEquals(2, c.effectiveBatchSize());
        Recorder r = run(c);
        assertEquals(4, r.steps.size());
        StepSnapshot s0 = r.steps.get(0);
        StepSnapshot s1 = r.steps.get(1);
        assertArrayEquals(new int[] {0, 1}, s0.rows());
        assertArrayEquals(new int[] {2}, s1.rows());
        assertEquals(0, s0.batch());
        assertEquals(1, s1.batch());
        assertEquals(1, s0.iteration());
        assertEquals(2, s1.iteration());
        assertEquals(-5, s0.gradient()[0], 1e-15);
        assertEquals(1.05, s0.param(0), 1e-15);
        assertEquals(-17.1, s1.gradient()[0], 1e-13);
        assertEquals(1.221, s1.param(0), 1e-15);
        assertEquals(1.221, r.epochs.get(0).param(0), 1e-15);
        assertEquals(2, r.epochs.get(0).iteration());
        // The epoch's gradient is the whole data set's at the epoch's start, not the last batch's.
        assertEquals(-28.0 / 3, r.epochs.get(0).gradient()[0], 1e-14);
        assertArrayEquals(new int[] {0, 1}, r.steps.get(2).rows());
        assertEquals(1, r.steps.get(2).epoch());
    }

    @Test
    void batchSizeOneIsOneUpdatePerPointAndFullBatchIsOne() {
        assertEquals(10, run(tenConfig(1, false, 0).withEpochs(1)).steps.size());
        assertEquals(4, run(tenConfig(3, false, 0).withEpochs(1)).steps.size());
        Recorder full = run(tenConfig(0, false, 0).withEpochs(1));
        assertEquals(1, full.steps.size());
        assertEquals(10, full.steps.get(0).rows().length);
        Recorder tooBig = run(tenConfig(25, false, 0).withEpochs(1));
        assertEquals(1, tooBig.steps.size(), "a batch larger than the data is the full batch");
        assertArrayEquals(full.steps.get(0).params(), tooBig.steps.get(0).params());
        Recorder k3 = run(tenConfig(3, false, 0).withEpochs(1));
        assertArrayEquals(new int[] {9}, k3.steps.get(3).rows(), "10 = 3 + 3 + 3 + 1: the last row is kept");
    }

    @Test
    void overflowingParametersEndTheRunAsDiverged() {
        // lr 1e308 makes w = 1 + 1e308·28/3 overflow to infinity on the first update.
        RunConfig c = Presets.byId("gd").config().withOptimizer(SgdConfig.plain(1e308));
        Recorder r = new Recorder(false);
        RunResult result = Trainer.run(c, r);
        assertEquals(StopReason.DIVERGED, result.reason());
        assertEquals(0, result.stopEpoch());
        assertTrue(result.message().startsWith("diverged at epoch 0: "), result.message());
        assertEquals(1, r.epochs.size(), "the epoch that overflowed is still reported");
        assertFalse(Double.isFinite(r.epochs.get(0).param(0)));
    }

    @Test
    void inputConfigIsNotChanged() {
        RunConfig c = tenConfig(3, true, 9);
        double[] init = c.init();
        run(c);
        assertArrayEquals(init, c.init());
        assertNotEquals(0.0, run(c).result.finalParams()[0]);
    }

    @Test
    @Timeout(20)
    void aMillionStepsRunQuickly() {
        RunConfig c = Presets.byId("sgd").config().withEpochs(400_000);
        RunResult result = Trainer.run(c, new Recorder(false));
        assertEquals(StopReason.COMPLETED, result.reason());
        assertEquals(2.0, result.finalParams()[0], 1e-12);
    }
}
