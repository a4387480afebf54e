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
    @Test
    void aLongRunKeepsABoundedHistoryAndTheFeedLetsGoOfWhatWasTaken() throws Exception {
        int epochs = 60_000;
        RunConfig config = new RunConfig(Dataset.of(new double[] {1, 2, 3}, new double[] {2, 4, 6}), Model.LINE,
                SgdConfig.plain(0.001), new double[] {1}, epochs, 0, false, 0, 0);
        try (RunEngine engine = new RunEngine()) {
            RunFeed feed = engine.start(config, LogStyle.EPOCH, Double.NaN, Double.POSITIVE_INFINITY, false);
            RunTrack track = new RunTrack(feed);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (track.result() == null && System.nanoTime() < deadline) {
                track.drain(5_000);
                assertTrue(track.history().size() <= 2 * RunTrack.MAX_KEPT, "kept " + track.history().size());
                Thread.sleep(1);
            }
            assertEquals(epochs, track.completedEpochs());
            assertTrue(feed.epochs().isEmpty(), "the feed holds nothing the screen has taken");
            assertEquals(epochs, feed.publishedEpochs());
            assertEquals(0, track.history().get(0).epoch(), "the first epoch is kept");
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
}
