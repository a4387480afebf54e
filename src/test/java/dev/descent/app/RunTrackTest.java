package dev.descent.app;

import dev.descent.app.engine.RunEngine;
import dev.descent.app.engine.RunFeed;
import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.optim.SgdConfig;
import dev.descent.core.train.EpochSnapshot;
import dev.descent.core.train.RunConfig;
import dev.descent.lecture.LogStyle;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the screen keeps of a long run: bounded, with the start and the newest epochs whole. */
class RunTrackTest {
    /** A track that took {@code feed}'s run to its end, 5,000 epochs at a time, checking it after each take. */
    private static RunTrack drainedToTheEnd(RunFeed feed, java.util.function.Consumer<RunTrack> afterEachTake)
            throws InterruptedException {
        return drainedToTheEnd(feed, () -> 5_000, afterEachTake);
    }

    /** Like {@link #drainedToTheEnd(RunFeed, java.util.function.Consumer)}, taking as many epochs as {@code take} says each time. */
    private static RunTrack drainedToTheEnd(RunFeed feed, java.util.function.IntSupplier take,
                                            java.util.function.Consumer<RunTrack> afterEachTake)
            throws InterruptedException {
        RunTrack track = new RunTrack(feed);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (track.result() == null && System.nanoTime() < deadline) {
            track.drain(take.getAsInt());
            afterEachTake.accept(track);
            Thread.sleep(1);
        }
        return track;
    }

    /** The first lecture's data at a smaller rate, for as many epochs as asked. */
    private static RunConfig lectureRun(int epochs) {
        return new RunConfig(Dataset.of(new double[] {1, 2, 3}, new double[] {2, 4, 6}), Model.LINE,
                SgdConfig.plain(0.001), new double[] {1}, epochs, 0, false, 0, 0);
    }

    @Test
    void aLongRunKeepsABoundedHistoryAndTheFeedLetsGoOfWhatWasTaken() throws Exception {
        int epochs = 60_000;
        RunConfig config = lectureRun(epochs);
        try (RunEngine engine = new RunEngine()) {
            RunFeed feed = engine.start(config, LogStyle.EPOCH, Double.NaN, Double.POSITIVE_INFINITY, false);
            RunTrack track = drainedToTheEnd(feed,
                    t -> assertTrue(t.history().size() <= RunTrack.MAX_HISTORY, "kept " + t.history().size()));
            assertEquals(epochs, track.completedEpochs());
            assertTrue(feed.epochs().isEmpty(), "the feed holds nothing the screen has taken");
            assertEquals(epochs, feed.publishedEpochs());
            // The start is whole; the middle is even: every stride-th epoch, and no gap wider than that.
            for (int e = 0; e < RunTrack.FIRST; e++) {
                assertNotNull(track.epoch(e), "early epoch " + e);
            }
            int stride = track.stride();
            assertTrue(stride > 1 && stride <= 2 * (epochs / RunTrack.MAX_KEPT), "stride " + stride);
            for (int e = RunTrack.FIRST; e < epochs - RunTrack.RECENT; e += stride) {
                assertNotNull(track.epoch(e - e % stride), "epoch " + (e - e % stride) + " is on the stride");
            }
            var history = track.history();
            for (int i = 1; i < history.size(); i++) {
                int gap = history.get(i).epoch() - history.get(i - 1).epoch();
                assertTrue(gap >= 1 && gap <= stride, "gap of " + gap + " before epoch " + history.get(i).epoch());
            }
            // The newest epochs are whole, so the update panel can explain them exactly.
            for (int e = epochs - RunTrack.RECENT; e < epochs; e++) {
                assertNotNull(track.epoch(e), "epoch " + e);
            }
            EpochSnapshot last = track.epoch(epochs - 1);
            assertArrayEquals(last.params(), track.paramsAfter(epochs));
            assertArrayEquals(track.epoch(epochs - 10).params(), track.paramsAfter(epochs - 9));
            // An old, thinned epoch: the timeline shows the nearest kept one before it.
            int old = 1001;
            EpochSnapshot kept = track.epoch(old);
            if (kept == null) {
                assertNull(track.epoch(old));
                double[] shown = track.paramsAfter(old + 1);
                assertTrue(shown[0] < track.paramsAfter(old + 3)[0] + 1e-12, "nearest earlier state");
            }
            assertArrayEquals(config.init(), track.paramsAfter(0));
        }
    }

    @Test
    void aRunOfUpToTheLimitIsKeptWhole() throws Exception {
        int epochs = RunTrack.MAX_HISTORY;
        RunConfig config = lectureRun(epochs);
        try (RunEngine engine = new RunEngine()) {
            RunTrack track = drainedToTheEnd(engine.start(config, LogStyle.EPOCH, Double.NaN,
                    Double.POSITIVE_INFINITY, false), t -> { });
            assertEquals(epochs, track.completedEpochs());
            assertEquals(epochs, track.history().size(), "every epoch kept");
            assertEquals(1, track.stride());
        }
    }

    @Test
    void whatIsKeptDoesNotDependOnHowManyEpochsEachFrameTook() throws Exception {
        int epochs = 50_000;
        RunConfig config = lectureRun(epochs);
        java.util.Random sizes = new java.util.Random(5);
        try (RunEngine engine = new RunEngine()) {
            RunTrack evenly = drainedToTheEnd(engine.start(config, LogStyle.EPOCH, Double.NaN,
                    Double.POSITIVE_INFINITY, false), t -> { });
            RunTrack unevenly = drainedToTheEnd(engine.start(config, LogStyle.EPOCH, Double.NaN,
                    Double.POSITIVE_INFINITY, false), () -> 1 + sizes.nextInt(3_000), t -> { });
            RunTrack atOnce = drainedToTheEnd(engine.start(config, LogStyle.EPOCH, Double.NaN,
                    Double.POSITIVE_INFINITY, false), () -> epochs, t -> { });
            int[] kept = evenly.history().stream().mapToInt(EpochSnapshot::epoch).toArray();
            assertEquals(epochs, unevenly.completedEpochs());
            assertArrayEquals(kept, unevenly.history().stream().mapToInt(EpochSnapshot::epoch).toArray());
            assertArrayEquals(kept, atOnce.history().stream().mapToInt(EpochSnapshot::epoch).toArray());
            assertEquals(evenly.stride(), unevenly.stride());
            assertTrue(kept.length <= RunTrack.MAX_HISTORY && kept.length > RunTrack.MAX_HISTORY / 2, kept.length + " kept");
        }
    }
}
