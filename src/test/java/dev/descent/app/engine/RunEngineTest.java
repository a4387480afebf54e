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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The worker behind the window, without a window. */
class RunEngineTest {
    private static final Dataset LECTURE = Dataset.of(new double[] {1, 2, 3}, new double[] {2, 4, 6});

    private static RunConfig config(int epochs) {
        return new RunConfig(LECTURE, Model.LINE, SgdConfig.plain(0.01), new double[] {1}, epochs, 0, false, 0, 0);
    }

    private static RunResult awaitResult(RunFeed feed) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (feed.result() == null && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        return feed.result();
    }

    private static long trainerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("descent-trainer") && t.isAlive()).count();
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
            assertTrue(trainerThreads() <= 1, "worker threads: " + trainerThreads());
        }
    }

    @Test
    void closingDuringARunStopsTheWorkerBeforeReturning() throws Exception {
        RunEngine engine = new RunEngine();
        RunFeed running = engine.start(config(50_000_000), LogStyle.EPOCH, Double.NaN, Double.POSITIVE_INFINITY, false);
        while (running.epochs().size() < 1000) {
            Thread.sleep(1);
        }
        engine.close();
        assertEquals(0, trainerThreads(), "the worker is gone once close returns");
        assertEquals(StopReason.CANCELLED, running.result().reason());
    }

    @Test
    void closingWhilePausedStopsTheWorkerToo() throws Exception {
        RunEngine engine = new RunEngine();
        RunFeed held = engine.start(config(100), LogStyle.EPOCH, Double.NaN, 1, true);
        Thread.sleep(50);
        engine.close();
        assertEquals(0, trainerThreads());
        assertFalse(held.result() != null && held.result().reason() == StopReason.COMPLETED);
    }
}
