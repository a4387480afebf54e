package dev.descent.app;

import dev.descent.app.engine.RunEngine;
import dev.descent.app.engine.RunFeed;
import dev.descent.charts.CostChart;
import dev.descent.charts.FitChart;
import dev.descent.charts.LandscapeChart;
import dev.descent.core.Model;
import dev.descent.core.train.RunConfig;
import dev.descent.lecture.LogStyle;
import dev.descent.lecture.Presets;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The charts as the timeline, a batch's update, a ghost and the hover readout show them, drawn from a real
 * run without the window. The runs are driven to a state (ended, or one step taken) and then read; the
 * expected numbers are worked by hand from the first lecture (w starts at 1 on (1,2), (2,4), (3,6)).
 */
class LivePlotsLookBackTest {
    private static final RunConfig GD = Presets.first().config();

    /** Drains {@code track} into {@code plots} until {@code reached}, within a generous bound. */
    private static void drainUntil(RunTrack track, LivePlots plots, String what, BooleanSupplier reached)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            plots.appendCosts(track.drain(10_000));
            if (reached.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("never reached: " + what);
            }
            Thread.sleep(1);
        }
    }

    private static LivePlots plots() {
        return new LivePlots(new FitChart(Model.LINE), new CostChart(), new LandscapeChart());
    }

    private static List<String> legend(XYPlot plot) {
        List<String> labels = new ArrayList<>();
        var items = plot.getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            labels.add(items.get(i).getLabel());
        }
        return labels;
    }

    /** Plain GD at lr 0.01 on the lecture: w ← w − 0.01·(28/3)(w − 2), so w_k = 2 − (1 − 0.28/3)^k. */
    private static double w(int k) {
        return 2 - Math.pow(1 - 0.28 / 3, k);
    }

    @Test
    void theTimelineMovesTheChartsToTheRecordedParameters() throws Exception {
        LivePlots plots = plots();
        try (RunEngine engine = new RunEngine()) {
            RunFeed feed = engine.start(GD, LogStyle.EPOCH, Double.NaN, Double.POSITIVE_INFINITY, false);
            RunTrack track = new RunTrack(feed);
            plots.clearFor(GD, 0);
            drainUntil(track, plots, "the run ends", () -> track.result() != null);
            assertEquals(100, track.completedEpochs());

            LivePlots.Reading reading = plots.draw(track, 0, 600, 10, List.of());
            assertEquals(w(10), reading.params()[0], 1e-12, "the parameters after 10 epochs");
            assertEquals(14.0 / 3 * (w(10) - 2) * (w(10) - 2), reading.cost(), 1e-12);
            XYDataset line = plots.fit().chart().getXYPlot().getDataset(0);
            int last = line.getItemCount(0) - 1;
            double slope = (line.getYValue(0, last) - line.getYValue(0, 0)) / (line.getXValue(0, last) - line.getXValue(0, 0));
            assertEquals(w(10), slope, 1e-9, "the fitted line is epoch 10's");
            XYDataset point = plots.landscape().chart().getXYPlot().getDataset(4);
            assertEquals(w(10), point.getXValue(0, 0), 1e-12, "the landscape's point is at the recorded w");
            XYDataset dot = plots.cost().chart().getXYPlot().getDataset(2);
            assertEquals(10, dot.getXValue(0, 0), "the cost chart's dot at epoch 10");

            // Live again: the state after the last epoch.
            reading = plots.draw(track, 0, 600, -1, List.of());
            assertEquals(w(100), reading.params()[0], 1e-12);
            assertEquals(w(100), plots.landscape().chart().getXYPlot().getDataset(4).getXValue(0, 0), 1e-12);
            assertEquals(100, plots.cost().chart().getXYPlot().getDataset(2).getXValue(0, 0));
        }
    }

    @Test
    void afterOneBatchsUpdateTheCostCurveEndsAtTheCostTheStatusLineGives() throws Exception {
        RunConfig sgd = Presets.byId("sgd").config();
        LivePlots plots = plots();
        try (RunEngine engine = new RunEngine()) {
            RunFeed feed = engine.start(sgd, LogStyle.SGD, Double.NaN, Double.POSITIVE_INFINITY, true);
            RunTrack track = new RunTrack(feed);
            plots.clearFor(sgd, 0);
            engine.stepEpoch();
            drainUntil(track, plots, "one epoch", () -> track.completedEpochs() == 1);
            // Drawn once after the epoch, as the frame after a step does: the curve ends at epoch 1's start.
            double afterEpoch = plots.draw(track, 0, 600, -1, List.of()).cost();
            XYDataset before = plots.cost().chart().getXYPlot().getDataset();
            assertEquals(afterEpoch, before.getYValue(0, before.getItemCount(0) - 1), 0.0);
            engine.stepUpdate();
            drainUntil(track, plots, "the first update of epoch 1", () -> track.latestStep() != null
                    && track.latestStep().epoch() == 1 && track.latestStep().batch() == 0);

            // By hand, one point at a time (g = 2x(wx − y)): epoch 0 takes w from 1 to 1.02, 1.0984, 1.260688;
            // epoch 1's first point then to 1.27547424.
            double after = 1.260688 - 0.01 * 2 * (1.260688 - 2);
            assertEquals(1.27547424, after, 1e-12);
            LivePlots.Reading reading = plots.draw(track, 0, 600, -1, List.of());
            assertEquals(after, reading.params()[0], 1e-12);
            double costNow = 14.0 / 3 * (after - 2) * (after - 2);
            assertEquals(costNow, reading.cost(), 1e-12, "the status line's cost");
            XYDataset curve = plots.cost().chart().getXYPlot().getDataset();
            int n = curve.getItemCount(0);
            assertEquals(1, curve.getXValue(0, n - 1), "the curve ends where the run is, within epoch 1");
            assertEquals(costNow, curve.getYValue(0, n - 1), 1e-12, "at the cost the status line gives");
            assertTrue(costNow < 14.0 / 3 * (1.260688 - 2) * (1.260688 - 2), "the update moved it below epoch 1's start");
        }
    }

    @Test
    void aGhostIsLabelledInTheLegendUntilCleared() throws Exception {
        LivePlots plots = plots();
        try (RunEngine engine = new RunEngine()) {
            RunFeed feed = engine.start(GD, LogStyle.EPOCH, Double.NaN, Double.POSITIVE_INFINITY, false);
            RunTrack track = new RunTrack(feed);
            plots.clearFor(GD, 0);
            drainUntil(track, plots, "the run ends", () -> track.result() != null);
            LivePlots.Ghost ghost = LivePlots.Ghost.of("before: " + dev.descent.workspace.RunLabel.of(GD), track);
            assertEquals("before: GD lr 0.01", ghost.label());

            plots.draw(track, 0, 600, -1, List.of(ghost));
            assertTrue(legend(plots.cost().chart().getXYPlot()).contains("before: GD lr 0.01"),
                    legend(plots.cost().chart().getXYPlot()).toString());
            assertTrue(legend(plots.landscape().chart().getXYPlot()).contains("before: GD lr 0.01"),
                    legend(plots.landscape().chart().getXYPlot()).toString());
            plots.draw(track, 0, 600, -1, List.of());
            assertEquals(1, plots.cost().chart().getXYPlot().getLegendItems().getItemCount(),
                    "only the live cost is left: " + legend(plots.cost().chart().getXYPlot()));
            assertFalse(legend(plots.landscape().chart().getXYPlot()).contains("before: GD lr 0.01"));
        }
    }

    @Test
    void theRunBeforeARestartIsAGhostUnlessTheNextOneRetracesIt() {
        assertTrue(Ghosts.retraces(GD, GD), "Reset and Play again with the same settings");
        assertTrue(Ghosts.retraces(GD, GD.withEpochs(40)), "only the length differs");
        assertFalse(Ghosts.retraces(GD, GD.withOptimizer(dev.descent.core.optim.SgdConfig.plain(0.05))));
        assertFalse(Ghosts.retraces(GD, GD.withInit(new double[] {0.5})));
        assertFalse(Ghosts.retraces(GD, GD.withBatchSize(1)));
    }

    @Test
    void hoveringOverTheCostChartReadsOutTheEpochAndItsCost() throws Exception {
        LivePlots plots = plots();
        try (RunEngine engine = new RunEngine()) {
            RunFeed feed = engine.start(GD, LogStyle.EPOCH, Double.NaN, Double.POSITIVE_INFINITY, false);
            RunTrack track = new RunTrack(feed);
            plots.clearFor(GD, 0);
            drainUntil(track, plots, "the run ends", () -> track.result() != null);
            // Epoch 0 started from w = 1: cost (1 + 4 + 9)/3 = 4.67.
            assertEquals("epoch 0: cost = 4.67", HoverReadout.costText(0.2, 1, track, null));
            // Epoch 1 started from w = 1.0933…: (14/3)(0.9067)² = 3.84.
            assertEquals("epoch 1: cost = 3.84", HoverReadout.costText(0.8, 1, track, null));
            assertEquals("epoch 100: cost = " + dev.descent.core.Format.sig3(14.0 / 3 * (w(100) - 2) * (w(100) - 2))
                    + " (now)", HoverReadout.costText(100, 1, track, null));
            assertEquals("epoch 120: not run yet", HoverReadout.costText(120, 1, track, null));
        }
    }

    @Test
    void theLandscapeAlongAParameterAwayFromItsBestShowsTheBottomOfItsOwnCurve() throws Exception {
        // The quadratic lecture along b, with a and c held at their starts: this slice's bottom lies far
        // from the least-squares b, and the view is centred on the slice's own bottom.
        RunConfig quadratic = Presets.byId("quadratic").config();
        LivePlots plots = new LivePlots(new FitChart(quadratic.model()), new CostChart(), new LandscapeChart());
        try (RunEngine engine = new RunEngine()) {
            RunFeed feed = engine.start(quadratic, LogStyle.EPOCH, Double.NaN, Double.POSITIVE_INFINITY, true);
            RunTrack track = new RunTrack(feed);
            plots.clearFor(quadratic, 1);
            plots.draw(track, 1, 600, -1, List.of());
            XYPlot plot = plots.landscape().chart().getXYPlot();
            XYDataset curve = plot.getDataset(0);
            int n = curve.getItemCount(0);
            int lowest = 0;
            for (int i = 1; i < n; i++) {
                if (curve.getYValue(0, i) < curve.getYValue(0, lowest)) {
                    lowest = i;
                }
            }
            assertTrue(lowest > 0 && lowest < n - 1, "the curve's bottom inside the view: sample " + lowest + " of " + n);
            var range = plot.getDomainAxis().getRange();
            double b = quadratic.init()[1];
            assertTrue(range.getLowerBound() < b - 0.05 * range.getLength()
                    && range.getUpperBound() > b + 0.05 * range.getLength(), "the run is not at the edge: " + range);
        }
    }

    @Test
    void exportedChartsHaveFullSizeTextWhateverTheirPlaceOnScreen() {
        LivePlots plots = plots();
        for (var chart : plots.charts()) {
            dev.descent.charts.ChartStyle.setCompact(chart, true);
        }
        float screenTitle = plots.fit().chart().getTitle().getFont().getSize2D();
        assertTrue(screenTitle < dev.descent.charts.ChartStyle.TITLE_FONT.getSize2D(), "small on screen: " + screenTitle);
        JFreeChart[] on = plots.charts();
        Exporter.ChartSet copies = LivePlots.forExport(on[0], on[1], on[2]);
        for (JFreeChart chart : List.of(copies.fit(), copies.cost(), copies.landscape())) {
            assertEquals(dev.descent.charts.ChartStyle.TITLE_FONT.getSize2D(), chart.getTitle().getFont().getSize2D());
            assertEquals(dev.descent.charts.ChartStyle.TICK_LABEL_FONT.getSize2D(),
                    chart.getXYPlot().getDomainAxis().getTickLabelFont().getSize2D());
        }
        for (JFreeChart chart : on) {
            assertEquals(screenTitle, chart.getTitle().getFont().getSize2D(), 0f, "the screen's stay small");
            assertTrue(chart.getXYPlot().getDomainAxis().getTickLabelFont().getSize2D()
                    < dev.descent.charts.ChartStyle.TICK_LABEL_FONT.getSize2D(), "the screen's ticks stay small");
        }
    }
}
