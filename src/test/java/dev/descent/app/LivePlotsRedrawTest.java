package dev.descent.app;

import dev.descent.app.engine.RunEngine;
import dev.descent.app.engine.RunFeed;
import dev.descent.charts.CostChart;
import dev.descent.charts.FitChart;
import dev.descent.charts.LandscapeChart;
import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.optim.SgdConfig;
import dev.descent.core.train.RunConfig;
import dev.descent.lecture.LogStyle;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A frame draws the charts whose picture changes, and every chart after a restart emptied them. */
class LivePlotsRedrawTest {
    private static int[] counting(LivePlots plots) {
        int[] redraws = new int[3];
        JFreeChart[] charts = plots.charts();
        for (int i = 0; i < charts.length; i++) {
            int k = i;
            charts[i].addChangeListener(e -> redraws[k]++);
        }
        return redraws;
    }

    /** The first lecture's run, played to its end into {@code plots}, then the charts emptied for it as a restart does. */
    private static RunTrack finishedAndEmptied(RunEngine engine, LivePlots plots) throws InterruptedException {
        RunConfig config = new RunConfig(Dataset.of(new double[] {1, 2, 3}, new double[] {2, 4, 6}), Model.LINE,
                SgdConfig.plain(0.01), new double[] {1}, 100, 0, false, 0, 0);
        RunFeed feed = engine.start(config, LogStyle.EPOCH, Double.NaN, Double.POSITIVE_INFINITY, false);
        RunTrack track = new RunTrack(feed);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (track.result() == null && System.nanoTime() < deadline) {
            plots.appendCosts(track.drain(10_000));
            Thread.sleep(1);
        }
        plots.clearFor(config, 0);
        plots.showCosts(track.history());
        return track;
    }

    @Test
    void aFinishedRunIsNotRedrawnAndARestartRedrawsEveryChartOnce() throws Exception {
        LivePlots plots = new LivePlots(new FitChart(Model.LINE), new CostChart(), new LandscapeChart());
        int[] redraws = counting(plots);
        try (RunEngine engine = new RunEngine()) {
            RunTrack track = finishedAndEmptied(engine, plots);
            assertEquals(List.of(0, 0, 0), List.of(redraws[0], redraws[1], redraws[2]), "emptying draws nothing");

            plots.draw(track, 0, 600, -1, List.of());
            assertEquals(List.of(1, 1, 1), List.of(redraws[0], redraws[1], redraws[2]), "the frame after: each once");
            for (JFreeChart chart : plots.charts()) {
                assertTrue(chart.isNotify(), "notifications are back on");
            }

            plots.draw(track, 0, 600, -1, List.of());
            assertEquals(List.of(1, 1, 1), List.of(redraws[0], redraws[1], redraws[2]), "nothing changed: nothing drawn");

            // Looking back at epoch 10 changes the line, the marker and the landscape.
            plots.draw(track, 0, 600, 10, List.of());
            assertEquals(List.of(2, 2, 2), List.of(redraws[0], redraws[1], redraws[2]));

            // A wider landscape samples its curve afresh; the fit and cost charts stay.
            plots.draw(track, 0, 900, 10, List.of());
            assertEquals(List.of(2, 2, 3), List.of(redraws[0], redraws[1], redraws[2]));
        }
    }

    @Test
    void aFrameOutOfTimeDrawsOneChartAndTheRestTakeTurnsOverTheNextFrames() throws Exception {
        LivePlots plots = new LivePlots(new FitChart(Model.LINE), new CostChart(), new LandscapeChart());
        int[] redraws = counting(plots);
        try (RunEngine engine = new RunEngine()) {
            RunTrack track = finishedAndEmptied(engine, plots);

            // Every frame here is already past its deadline: each draws exactly one chart, oldest first.
            assertFalse(plots.showsCurrentRun(), "emptied, not drawn");
            plots.draw(track, 0, 600, -1, List.of(), System.nanoTime() - 1);
            assertEquals(List.of(1, 0, 0), List.of(redraws[0], redraws[1], redraws[2]));
            assertTrue(plots.pending(), "two charts wait");
            assertFalse(plots.showsCurrentRun());
            plots.draw(track, 0, 600, -1, List.of(), System.nanoTime() - 1);
            assertEquals(List.of(1, 1, 0), List.of(redraws[0], redraws[1], redraws[2]));
            assertFalse(plots.showsCurrentRun());
            plots.draw(track, 0, 600, -1, List.of(), System.nanoTime() - 1);
            assertEquals(List.of(1, 1, 1), List.of(redraws[0], redraws[1], redraws[2]));
            assertFalse(plots.pending(), "all drawn");
            assertTrue(plots.showsCurrentRun(), "each chart drawn since the restart");
            for (JFreeChart chart : plots.charts()) {
                assertTrue(chart.isNotify(), "notifications are back on");
            }

            // Looking back changes all three. The fit changes again every frame, yet it does not starve
            // the others: the chart drawn longest ago goes first.
            plots.draw(track, 0, 600, 10, List.of(), System.nanoTime() - 1);
            plots.draw(track, 0, 600, 11, List.of(), System.nanoTime() - 1);
            plots.draw(track, 0, 600, 12, List.of(), System.nanoTime() - 1);
            assertEquals(List.of(2, 2, 2), List.of(redraws[0], redraws[1], redraws[2]));
            assertTrue(plots.pending(), "epoch 12 is not drawn everywhere yet");

            // With time to spare, one frame catches up: the fit (at epoch 10) and the cost marker (at 11);
            // the landscape, drawn last, already shows epoch 12.
            plots.draw(track, 0, 600, 12, List.of(), Long.MAX_VALUE);
            assertEquals(List.of(3, 3, 2), List.of(redraws[0], redraws[1], redraws[2]));
            assertFalse(plots.pending());
        }
    }
}
