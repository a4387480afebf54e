package dev.descent.charts;

import dev.descent.core.train.EpochSnapshot;
import dev.descent.core.train.RunConfig;
import dev.descent.lecture.Presets;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A run from the window may have only some of its epochs (a long run is kept thinned); its epochs are
 * found by number. With every other epoch of 100, "after 50 epochs" is the state after epoch 48, not
 * after the 50th snapshot (epoch 98).
 */
class RunTraceTest {
    @Test
    void aThinnedRunIsReadByEpochNumber() {
        RunTrace full = RunAnimationTest.trace("full", Presets.byId("gd").config());
        assertEquals(100, full.epochs());
        List<EpochSnapshot> everyOther = new ArrayList<>();
        for (EpochSnapshot s : full.history()) {
            if (s.epoch() % 2 == 0 || s.epoch() == 99) {
                everyOther.add(s);
            }
        }
        RunTrace thinned = new RunTrace("thinned", full.config(), everyOther, full.result());
        assertEquals(100, thinned.epochs(), "the epochs run, not the snapshots kept");
        assertEquals(25, thinned.recordedBefore(50));
        // After 50 epochs: the last kept epoch before 50 is 48, so the state after it.
        assertArrayEquals(full.paramsAfter(49), thinned.paramsAfter(50));
        assertArrayEquals(full.paramsAfter(41), thinned.paramsAfter(41), "epoch 40 was kept");
        assertArrayEquals(full.paramsAfter(100), thinned.paramsAfter(100), "the end");
        assertArrayEquals(full.config().init(), thinned.paramsAfter(0));
    }

    @Test
    void compareFramesPartWayThroughAThinnedRunSayAndDrawTheRightEpoch() {
        RunConfig c = Presets.byId("gd").config();
        RunTrace full = RunAnimationTest.trace("full", c);
        List<EpochSnapshot> everyOther = new ArrayList<>();
        for (EpochSnapshot s : full.history()) {
            if (s.epoch() % 2 == 0 || s.epoch() == 99) {
                everyOther.add(s);
            }
        }
        RunTrace thinned = new RunTrace("thinned", c, everyOther, full.result());
        var frames = new CompareCharts.Frames(List.of(thinned), 800, null);
        assertEquals(100, frames.epochs());
        var land = frames.landscape(20).getXYPlot();
        // The path after 20 epochs: the starts of the kept epochs 0, 2, ..., 18, then where it is now.
        var path = land.getDataset(1);
        int n = path.getItemCount(0);
        assertEquals(11, n);
        assertEquals(full.paramsAfter(19)[0], path.getXValue(0, n - 1), 0.0);
    }
}
