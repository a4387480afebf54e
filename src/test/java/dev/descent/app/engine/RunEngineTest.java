package dev.descent.app.engine;

import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.optim.SgdConfig;
import dev.descent.core.train.RunConfig;
import dev.descent.core.train.RunResult;
import dev.descent.core.train.StopReason;
import dev.descent.lecture.LogStyle;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The worker behind the window, without a window. */
class RunEngineTest {
    private static final Dataset LECTURE = Dataset.of(new double[] {1, 2, 3}, new double[] {2, 4, 6});

    private static RunConfig config(int epochs) {
        return new RunConfig(LECTURE, Model.LINE, SgdConfig.plain(0.01), new double[] {1}, epochs, 0, false, 0, 0);
    }

    private static RunResult awaitResult(RunFeed feed) throws InterruptedException {
        await("a result", () -> feed.result() != null);
        return feed.result();
    }

    /**
     * Waits for a state the engine reaches by itself (a result, a worker held at its gate), failing after a
     * generous bound; the outcome is asserted on the state reached, never inferred from time passing.
     */
    private static void await(String what, java.util.function.BooleanSupplier reached) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!reached.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("never reached: " + what);
            }
            Thread.sleep(1);
        }
    }

    @Test
    void anUnexpectedErrorInTheWorkerEndsTheRunAsFailedWithTheReason() throws Exception {
        try (RunEngine engine = new RunEngine((config, listener, cancelled) -> {
            throw new IllegalStateException("listener broke");
        })) {
            RunFeed feed = engine.start(config(10), LogStyle.EPOCH, Double.NaN, Double.POSITIVE_INFINITY, false);
            RunResult result = awaitResult(feed);
            assertEquals(StopReason.FAILED, result.reason());
            assertTrue(result.message().contains("listener broke"), result.message());
        }
    }

    @Test
    void thousandsOfRestartsLeaveOneWorkerAndOnlyTheLastRunFinishes() throws Exception {
        try (RunEngine engine = new RunEngine()) {
            RunFeed first = engine.start(config(1_000_000), LogStyle.EPOCH, Double.NaN, Double.POSITIVE_INFINITY, false);
            RunFeed last = first;
            for (int i = 0; i < 2000; i++) {
                last = engine.start(config(1_000_000), LogStyle.EPOCH, Double.NaN, Double.POSITIVE_INFINITY, false);
            }
            RunFeed finishing = engine.start(config(50), LogStyle.EPOCH, Double.NaN, Double.POSITIVE_INFINITY, false);
            RunResult result = awaitResult(finishing);
            assertEquals(StopReason.COMPLETED, result.reason());
            assertEquals(50, finishing.epochs().size());
            RunResult cancelled = awaitResult(first);
            assertEquals(StopReason.CANCELLED, cancelled.reason(), "the first run was cancelled, not left running");
            assertTrue(last.result() == null || last.result().reason() == StopReason.CANCELLED);
            assertTrue(engine.liveThreads() <= 1, "worker threads: " + engine.liveThreads());
        }
    }

    @Test
    void comparedRunsTrainSideBySideAndStepTogether() throws Exception {
        RunEngine engine = new RunEngine();
        try {
            var lanes = java.util.List.of(
                    new RunEngine.Lane(config(100), LogStyle.EPOCH, Double.NaN),
                    new RunEngine.Lane(config(100).withOptimizer(new dev.descent.core.optim.SgdConfig(0.01, 0.9, 0, false, 0)),
                            LogStyle.EPOCH, Double.NaN),
                    new RunEngine.Lane(config(100).withOptimizer(dev.descent.core.optim.SgdConfig.plain(0.001)),
                            LogStyle.EPOCH, Double.NaN));
            var feeds = engine.start(lanes, Double.POSITIVE_INFINITY, true);
            await("held at the start", engine::held);
            for (int step = 1; step <= 2; step++) {
                engine.stepEpoch();
                await("held after the step", engine::held);
            }
            for (RunFeed feed : feeds) {
                assertEquals(2, feed.epochs().size(), "each lane held after two steps");
            }
            // Epoch 0 of plain GD at lr 0.01 from w = 1: w = 1 + 0.01·28/3 = 1.09333…
            assertEquals(1 + 0.01 * 28.0 / 3, feeds.get(0).epochs().get(0).params()[0], 1e-15);
            // lr 0.001: w = 1 + 0.001·28/3.
            assertEquals(1 + 0.001 * 28.0 / 3, feeds.get(2).epochs().get(0).params()[0], 1e-15);
            engine.play();
            for (RunFeed feed : feeds) {
                assertEquals(StopReason.COMPLETED, awaitResult(feed).reason());
            }
            assertEquals(3, engine.liveThreads(), "one thread per lane");
        } finally {
            engine.close();
        }
        assertEquals(0, engine.liveThreads());
    }

    @Test
    void closingDuringARunStopsTheWorkerBeforeReturning() throws Exception {
        RunEngine engine = new RunEngine();
        RunFeed running = engine.start(config(50_000_000), LogStyle.EPOCH, Double.NaN, Double.POSITIVE_INFINITY, false);
        while (running.epochs().size() < 1000) {
            Thread.sleep(1);
        }
        engine.close();
        assertEquals(0, engine.liveThreads(), "the worker is gone once close returns");
        assertEquals(StopReason.CANCELLED, running.result().reason());
    }

    @Test
    void aPauseAtFullSpeedHidesNoFinishedEpochAndOneStepShowsOneMore() throws Exception {
        try (RunEngine engine = new RunEngine()) {
            RunFeed feed = engine.start(config(50_000_000), LogStyle.EPOCH, Double.NaN, Double.POSITIVE_INFINITY, false);
            RunFeed.Cursor cursor = new RunFeed.Cursor();
            long versions = feed.version();
            int taken = 0;
            while (taken < 20_000) {
                taken += feed.drainSince(cursor).epochs().size();
                Thread.sleep(1);
            }
            // Running freely, the worker hands epochs over a batch at a time, not one by one.
            assertTrue(feed.version() - versions < taken / 10, (feed.version() - versions) + " hand-overs for " + taken);
            engine.pause();
            // Reading as the screen does meanwhile: a worker that had filled the feed goes on to its pause once
            // there is room.
            await("held by the pause", () -> {
                feed.drainSince(cursor);
                return engine.held();
            });
            int held = feed.publishedEpochs();
            engine.stepEpoch();
            await("held after one step", engine::held);
            // Had the pause left epochs kept back on the worker, they would come out with this one.
            assertEquals(held + 1, feed.publishedEpochs());
        }
    }

    @Test
    void aWorkerThatOutrunsItsReaderWaitsAndLosesNoEpoch() throws Exception {
        int total = 3 * RunFeed.MAX_UNREAD_EPOCHS;
        try (RunEngine engine = new RunEngine()) {
            RunFeed feed = engine.start(config(total), LogStyle.EPOCH, Double.NaN, Double.POSITIVE_INFINITY, false);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            // The worker hands epochs over in batches while it runs freely: it stops within a batch of the cap,
            // and waits there, for as long as nobody reads.
            await("the worker waits for room", feed::waitsForRoom);
            int waiting = feed.publishedEpochs();
            int nearCap = RunFeed.MAX_UNREAD_EPOCHS - Outbox.MAX_EPOCHS;
            assertTrue(waiting >= nearCap && waiting <= RunFeed.MAX_UNREAD_EPOCHS, "nobody read: " + waiting + " waiting");
            assertTrue(feed.waitsForRoom());
            assertEquals(waiting, feed.publishedEpochs(), "the worker waits at the cap");
            assertEquals(null, feed.result());

            // Reading in pieces lets it go on; every epoch arrives, in order, once.
            RunFeed.Cursor cursor = new RunFeed.Cursor();
            int next = 0;
            while (next < total && System.nanoTime() < deadline) {
                for (var epoch : feed.drainSince(cursor, 10_000).epochs()) {
                    assertEquals(next++, epoch.epoch());
                }
                Thread.sleep(1);
            }
            assertEquals(total, next);
            assertEquals(StopReason.COMPLETED, awaitResult(feed).reason());
        }
    }

    /** The newest update the feed has seen since {@code cursor}, waiting up to 5 s for one. */
    private static dev.descent.core.train.StepSnapshot nextStep(RunFeed feed, RunFeed.Cursor cursor) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            var step = feed.drainSince(cursor).latestStep();
            if (step != null) {
                return step;
            }
            Thread.sleep(2);
        }
        return null;
    }

    @Test
    void aFlatOutStochasticRunPausedMidEpochIsSteppedAndReportedOneUpdateAtATime() throws Exception {
        // 500 points: more than the log's per-gradient lines cover, so flat out it reports epochs' last updates only.
        double[] x = new double[500];
        double[] y = new double[500];
        for (int i = 0; i < x.length; i++) {
            x[i] = i / 100.0;
            y[i] = 2 * x[i] + 1;
        }
        RunConfig config = new RunConfig(Dataset.of(x, y), Model.AFFINE, SgdConfig.plain(0.001), new double[] {0, 0},
                1_000_000, 1, true, 4, 0);
        try (RunEngine engine = new RunEngine()) {
            RunFeed feed = engine.start(config, LogStyle.EPOCH, Double.NaN, Double.POSITIVE_INFINITY, false);
            RunFeed.Cursor cursor = new RunFeed.Cursor();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (feed.publishedEpochs() < 3 && System.nanoTime() < deadline) {
                feed.drainSince(cursor);
                Thread.sleep(1);
            }
            engine.pause();
            await("held by the pause", () -> {
                feed.drainSince(cursor);
                return engine.held();
            });
            feed.drainSince(cursor); // whatever was reported before the pause
            dev.descent.core.train.StepSnapshot previous = null;
            for (int k = 0; k < 5; k++) {
                engine.stepUpdate();
                dev.descent.core.train.StepSnapshot step = nextStep(feed, cursor);
                assertTrue(step != null, "step " + k + " was reported");
                if (previous != null) {
                    assertEquals(previous.iteration() + 1, step.iteration(), "one update per step, each reported");
                    assertArrayEquals(previous.params(), step.before(), "each starts where the last ended");
                }
                previous = step;
            }
        }
    }

    @Test
    void closingWhilePausedStopsTheWorkerToo() throws Exception {
        RunEngine engine = new RunEngine();
        RunFeed held = engine.start(config(100), LogStyle.EPOCH, Double.NaN, 1, true);
        await("the worker waits at its start", engine::held);
        assertEquals(1, engine.liveThreads());
        engine.close();
        assertEquals(0, engine.liveThreads());
        // The held run was cancelled where it waited, before its first epoch, and said so.
        assertEquals(StopReason.CANCELLED, held.result().reason());
        assertEquals(0, held.publishedEpochs());
    }
}
