package dev.descent.charts;

import dev.descent.core.Dataset;
import dev.descent.core.optim.SgdConfig;
import dev.descent.core.train.RunConfig;
import dev.descent.lecture.Presets;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.axis.LogAxis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Paint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.descent.charts.RunAnimationTest.trace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompareChartsTest {
    @TempDir
    Path dir;

    static List<RunTrace> momentumRuns() {
        RunConfig m = Presets.byId("momentum").config();
        return List.of(trace("lesson", m), trace("plain", m.withOptimizer(SgdConfig.plain(0.1))),
                trace("heavy ball", m.withOptimizer(SgdConfig.heavyBall(0.1, 0.9))));
    }

    private static List<String> legend(JFreeChart chart) {
        List<String> labels = new ArrayList<>();
        LegendItemCollection items = new LegendItemCollection();
        for (var source : chart.getLegend().getSources()) {
            items.addAll(source.getLegendItems());
        }
        for (int i = 0; i < items.getItemCount(); i++) {
            labels.add(items.get(i).getLabel());
        }
        return labels;
    }

    @Test
    void eachChartNamesEveryRunInTheLegend() {
        List<RunTrace> runs = momentumRuns();
        assertEquals(List.of("data", "lesson", "plain", "heavy ball"), legend(CompareCharts.fitChart(runs)));
        JFreeChart cost = CompareCharts.costChart(runs);
        List<String> costLegend = new ArrayList<>();
        LegendItemCollection items = cost.getXYPlot().getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            costLegend.add(items.get(i).getLabel());
        }
        assertEquals(List.of("lesson", "plain", "heavy ball"), costLegend);
        assertEquals(List.of("cost(w)", "lesson", "plain", "heavy ball"),
                legend(CompareCharts.landscapeChart(runs, 1200)));
    }

    @Test
    void theLogScaleBoxPutsConvergingRunsOnALogAxisToo() {
        assertFalse(CompareCharts.costChart(momentumRuns()).getXYPlot().getRangeAxis() instanceof LogAxis,
                "converging runs are drawn on a linear axis by default");
        assertTrue(CompareCharts.costChart(momentumRuns(), true).getXYPlot().getRangeAxis() instanceof LogAxis);
    }

    @Test
    void runsGetDistinctPaletteColours() {
        Set<Color> colours = new HashSet<>(ChartStyle.RUN_COLORS);
        assertEquals(4, colours.size());
        XYPlot plot = CompareCharts.costChart(momentumRuns()).getXYPlot();
        Set<Paint> used = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            Paint p = plot.getRenderer().getSeriesPaint(i);
            assertEquals(ChartStyle.runColor(i), p);
            used.add(p);
        }
        assertEquals(3, used.size());
    }

    @Test
    void theCostChartHasEveryEpochOfEveryRunAndTheLandscapeEveryPath() {
        List<RunTrace> runs = momentumRuns();
        XYPlot cost = CompareCharts.costChart(runs).getXYPlot();
        for (int i = 0; i < runs.size(); i++) {
            // The cost each of the 50 epochs started from, then the cost after the last one.
            assertEquals(51, cost.getDataset().getItemCount(i));
            assertEquals(runs.get(i).history().get(7).costBefore(), cost.getDataset().getYValue(i, 7));
            assertEquals(50, cost.getDataset().getXValue(i, 50));
            assertEquals(runs.get(i).result().finalCost(), cost.getDataset().getYValue(i, 50));
        }
        XYPlot land = CompareCharts.landscapeChart(runs, 1200).getXYPlot();
        // Path: the start of each of the 50 epochs, then the end.
        assertEquals(51, land.getDataset(1).getItemCount(2));
        assertEquals(-1.0, land.getDataset(1).getXValue(2, 0));
        assertEquals(runs.get(2).result().finalParams()[0], land.getDataset(1).getXValue(2, 50));
    }

    @Test
    void aDivergedRunPutsTheCostOnALogScaleAndSaysSo() {
        RunConfig gd = Presets.byId("gd").config();
        List<RunTrace> runs = List.of(trace("ok", gd), trace("too fast", gd.withOptimizer(SgdConfig.plain(0.3))));
        JFreeChart cost = CompareCharts.costChart(runs);
        assertTrue(cost.getXYPlot().getRangeAxis() instanceof LogAxis);
        // Each curve ends as the run's own cost chart does: the diverged one at the cost that stopped it.
        RunTrace fast = runs.get(1);
        var own = RunCharts.costChart(fast.config(), fast.history(), fast.result()).chart().getXYPlot().getDataset();
        var data = cost.getXYPlot().getDataset();
        int n = data.getItemCount(1);
        assertEquals(fast.result().stopEpoch(), data.getXValue(1, n - 1));
        assertEquals(fast.result().finalCost(), data.getYValue(1, n - 1));
        assertEquals(own.getXValue(0, own.getItemCount(0) - 1), data.getXValue(1, n - 1));
        assertEquals(own.getYValue(0, own.getItemCount(0) - 1), data.getYValue(1, n - 1));
        assertTrue(legend(CompareCharts.fitChart(runs)).contains("too fast (diverged)"));
    }

    @Test
    void aRunWhoseLineLeftTheFitChartIsNamedThereAndOneThatShowsIsNot() {
        RunConfig gd = Presets.byId("gd").config();
        // lr 0.3 on the first lecture: |1 − 0.3·28/3| = 1.8, so w − 2 grows 1.8-fold an epoch and leaves the view.
        List<RunTrace> runs = List.of(trace("ok", gd), trace("too fast", gd.withOptimizer(SgdConfig.plain(0.3))));
        JFreeChart fit = CompareCharts.fitChart(runs);
        String note = ((org.jfree.chart.title.TextTitle) fit.getSubtitle(1)).getText();
        assertTrue(note.contains("too fast (diverged) is") && note.contains("the chart here"), note);
        assertFalse(note.contains("ok"), note);
        JFreeChart both = CompareCharts.fitChart(List.of(trace("ok", gd), trace("also ok", gd)));
        assertFalse(((org.jfree.chart.title.TextTitle) both.getSubtitle(1)).isVisible(), "every line shows");
    }

    @Test
    void framesPartWayShowThePathSoFar() {
        CompareCharts.Frames frames = new CompareCharts.Frames(momentumRuns(), 600, new int[] {0, 10, 50});
        assertEquals(50, frames.epochs());
        assertEquals(1, frames.landscape(0).getXYPlot().getDataset(1).getItemCount(0));
        assertEquals(11, frames.landscape(10).getXYPlot().getDataset(1).getItemCount(0));
        assertEquals(frames.landscape(0).getXYPlot().getRangeAxis().getRange(),
                frames.landscape(10).getXYPlot().getRangeAxis().getRange(), "the cost axis stays put");
    }

    @Test
    void runsThatCannotShareAChartAreRefused() {
        List<RunTrace> five = new ArrayList<>(momentumRuns());
        five.addAll(momentumRuns().subList(0, 2));
        assertThrows(IllegalArgumentException.class, () -> CompareCharts.fitChart(five));
        RunConfig gd = Presets.byId("gd").config();
        RunTrace other = trace("other data", gd.withData(Dataset.of(new double[] {1, 2}, new double[] {1, 1})));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CompareCharts.costChart(List.of(trace("gd", gd), other)));
        assertTrue(e.getMessage().contains("same model to the same data"), e.getMessage());
    }

    @Test
    void picturesAreThreeChartsOfTheAskedSize() throws Exception {
        var pictures = CompareCharts.pictures(momentumRuns(), 640, 400);
        assertEquals(List.of("fit.png", "cost.png", "landscape.png"), List.copyOf(pictures.keySet()));
        for (JFreeChart chart : pictures.values()) {
            var png = new java.io.ByteArrayOutputStream();
            ChartPng.writePng(png, chart, 640, 400);
            var image = ImageIO.read(new java.io.ByteArrayInputStream(png.toByteArray()));
            assertEquals(640, image.getWidth());
            assertEquals(400, image.getHeight());
        }
    }

    @Test
    void theRunsLinesStayVisibleOverACloudOfData() {
        // The momentum lecture's 100 points lie all along the fitted lines; the lines must be drawn over
        // them, or the dots hide what is being compared.
        List<RunTrace> runs = momentumRuns();
        JFreeChart fit = CompareCharts.fitChart(runs);
        Rendered r = Rendered.of(fit, 900, 600);
        var model = runs.get(0).config().model();
        double[] theta = runs.get(0).result().finalParams();
        var view = fit.getXYPlot().getDomainAxis().getRange();
        int seen = 0;
        int probes = 40;
        for (int k = 1; k <= probes; k++) {
            double x = view.getLowerBound() + view.getLength() * k / (probes + 1);
            double y = model.predict(theta, x);
            boolean found = false;
            for (int run = 0; run < runs.size() && !found; run++) {
                found = r.hasColourNear(r.px(x), r.py(y), 2, ChartStyle.runColor(run), 40);
            }
            seen += found ? 1 : 0;
        }
        assertTrue(seen >= probes * 9 / 10, "a run's line shows at " + seen + " of " + probes + " places");
    }

    @Test
    void largeDataAreDrawnAsAnEvenSampleAndTheChartSaysSo() {
        RunConfig m = Presets.byId("momentum").config();
        double[] xs = new double[10_000];
        double[] ys = new double[10_000];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = i / 1000.0;
            ys[i] = 2 * xs[i] + 1 + ((i * 7919) % 100) / 100.0;
        }
        RunConfig big = m.withData(dev.descent.core.Dataset.of(xs, ys)).withEpochs(3);
        JFreeChart fit = CompareCharts.fitChart(List.of(RunAnimationTest.trace("one", big),
                RunAnimationTest.trace("two", big.withOptimizer(SgdConfig.plain(0.01)))));
        var dots = fit.getXYPlot().getDataset(1);
        assertEquals(FitChart.MAX_SHOWN_POINTS, dots.getItemCount(0), "4,000 of the 10,000 points");
        String note = ((org.jfree.chart.title.TextTitle) fit.getSubtitle(0)).getText();
        assertTrue(note.endsWith("showing an even sample of 4,000 of the 10,000 points"), note);
    }
}
