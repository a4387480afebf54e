package dev.descent.charts;

import dev.descent.Recorder;
import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.Mse;
import dev.descent.core.analysis.CostSurface;
import dev.descent.core.analysis.QuadraticCost;
import dev.descent.core.optim.OptimizerConfig;
import dev.descent.core.optim.SgdConfig;
import dev.descent.core.train.EpochSnapshot;
import dev.descent.core.train.RunConfig;
import dev.descent.core.train.Trainer;
import dev.descent.lecture.Presets;
import org.jfree.chart.ChartUtils;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SurfaceChartTest {
    private static final RunConfig MOMENTUM = Presets.byId("momentum").config();
    private static final Dataset DATA = MOMENTUM.data();
    /** Where the pictures go, to be looked at. */
    private static final Path PICTURES = Path.of("target", "pictures");

    private static CostSurface surface() {
        return CostSurface.of(QuadraticCost.of(Model.AFFINE, DATA), DATA, 0, 1, MOMENTUM.init());
    }

    /** The start and the parameters after each epoch of the momentum preset's data run with {@code optimizer}. */
    private static double[][] path(OptimizerConfig optimizer, int epochs) {
        Recorder r = new Recorder(false);
        Trainer.run(MOMENTUM.withOptimizer(optimizer).withEpochs(epochs), r);
        double[][] wb = new double[2][r.epochs.size() + 1];
        wb[0][0] = MOMENTUM.init()[0];
        wb[1][0] = MOMENTUM.init()[1];
        for (int k = 0; k < r.epochs.size(); k++) {
            EpochSnapshot e = r.epochs.get(k);
            wb[0][k + 1] = e.param(0);
            wb[1][k + 1] = e.param(1);
        }
        return wb;
    }

    private static SurfaceChart threeRuns(int epochs) {
        SurfaceChart chart = new SurfaceChart();
        chart.setSurface(surface());
        double[][] gd = path(SgdConfig.plain(0.1), epochs);
        double[][] heavy = path(SgdConfig.heavyBall(0.1, 0.9), epochs);
        double[][] nesterov = path(new SgdConfig(0.1, 0.9, 0, true, 0), epochs);
        chart.setRun(0, "plain GD, lr 0.1", null);
        chart.setPath(0, gd[0], gd[1], gd[0].length);
        chart.setRun(1, "momentum 0.9", null);
        chart.setPath(1, heavy[0], heavy[1], heavy[0].length);
        chart.setRun(2, "Nesterov 0.9", null);
        chart.setPath(2, nesterov[0], nesterov[1], nesterov[0].length);
        return chart;
    }

    @Test
    void gridCellsHoldTheCostOfTheDataAtTheirCentres() {
        SurfaceChart chart = threeRuns(50);
        CostSurface.Grid g = chart.grid();
        assertEquals(SurfaceChart.COLUMNS, g.columns());
        assertEquals(SurfaceChart.ROWS, g.rows());
        for (int[] cell : new int[][] {{0, 0}, {119, 79}, {60, 40}, {7, 71}}) {
            double expected = Mse.cost(Model.AFFINE, DATA, new double[] {g.x(cell[0]), g.y(cell[1])});
            assertEquals(expected, g.at(cell[0], cell[1]), 1e-9 * expected);
        }
        // The grid covers exactly the view.
        assertEquals(chart.acrossView().lower(), g.x(0) - g.cellWidth() / 2, 1e-9);
        assertEquals(chart.upView().upper(), g.y(g.rows() - 1) + g.cellHeight() / 2, 1e-9);
    }

    @Test
    void optimumMarkerSitsAtTheLeastSquaresOptimum() {
        SurfaceChart chart = threeRuns(50);
        double[] star = QuadraticCost.of(Model.AFFINE, DATA).optimum().orElseThrow();
        XYDataset marks = chart.chart().getXYPlot().getDataset(4);
        assertEquals(1, marks.getItemCount(0));
        assertEquals(star[0], marks.getXValue(0, 0), 1e-12);
        assertEquals(star[1], marks.getYValue(0, 0), 1e-12);
        // The start ring at the preset's start.
        assertEquals(-1, marks.getXValue(1, 0));
        assertEquals(1, marks.getYValue(1, 0));
        assertTrue(chart.acrossView().contains(-1) && chart.upView().contains(1), "the start is in view");
        assertTrue(chart.acrossView().contains(star[0]) && chart.upView().contains(star[1]), "the optimum is in view");
    }

    @Test
    void currentPointIsTheLastFinitePointOfEachPath() {
        SurfaceChart chart = new SurfaceChart();
        chart.setSurface(surface());
        chart.setPath(0, new double[] {-1, 0, 1, Double.NaN}, new double[] {1, 1.5, 2, Double.NaN}, 4);
        XYDataset current = chart.chart().getXYPlot().getDataset(3);
        assertEquals(1, current.getItemCount(0));
        assertEquals(1, current.getXValue(0, 0));
        assertEquals(2, current.getYValue(0, 0));
        assertEquals(0, current.getItemCount(1), "no second run");
    }

    @Test
    void aDivergingPathDoesNotBlowUpTheView() throws IOException {
        SurfaceChart calm = new SurfaceChart();
        calm.setSurface(surface());
        calm.setPath(0, new double[] {-1}, new double[] {1}, 1);
        Span calmX = calm.acrossView();
        Span calmY = calm.upView();

        // lr 2.5 is beyond plain GD's limit 1/λmax(A) here: the swings grow without bound.
        double[][] wild = path(SgdConfig.plain(2.5), 60);
        double maxAbs = 0;
        for (double v : wild[1]) {
            maxAbs = Double.isFinite(v) ? Math.max(maxAbs, Math.abs(v)) : maxAbs;
        }
        assertTrue(maxAbs > 1000, "the run really diverges: " + maxAbs);
        SurfaceChart chart = new SurfaceChart();
        chart.setSurface(surface());
        chart.setPath(0, wild[0], wild[1], wild[0].length);
        // At most MAX_SPANS times the calm half-width (which already has the margin).
        assertTrue(chart.acrossView().length() <= calmX.length() * LandscapeRange.MAX_SPANS * 1.0001,
                chart.acrossView() + " vs " + calmX);
        assertTrue(chart.upView().length() <= calmY.length() * LandscapeRange.MAX_SPANS * 1.0001,
                chart.upView() + " vs " + calmY);
        assertTrue(chart.upView().length() > calmY.length(), "but it does widen for the first swings");
        assertTrue(chart.chart().getSubtitle(1).isVisible(), "and says the run has left the picture");
        assertFalse(calm.chart().getSubtitle(1).isVisible());
        chart.setRun(0, "plain GD, lr 2.5 (diverges)", null);
        Rendered r = Rendered.of(chart.chart(), 1000, 700);
        assertTrue(r.distinctColours() > 50, "still a picture");
        Files.createDirectories(PICTURES);
        ChartUtils.saveChartAsPNG(PICTURES.resolve("surface-diverging.png").toFile(), chart.chart(), 1200, 800);
    }

    @Test
    void aClickOnTheSurfaceGivesAStartPoint() {
        SurfaceChart chart = threeRuns(5);
        assertArrayEquals(new double[] {0.5, -2}, chart.startAt(0.5, -2).orElseThrow());
        assertTrue(chart.startAt(Double.NaN, 1).isEmpty());
        assertTrue(new SurfaceChart().startAt(1, 1).isEmpty(), "no surface yet");

        Rendered r = Rendered.of(chart.chart(), 1200, 800);
        Point2D p = chart.dataAt(r.px(2.0), r.py(1.5), r.dataArea).orElseThrow();
        assertEquals(2.0, p.getX(), 1e-9);
        assertEquals(1.5, p.getY(), 1e-9);
        assertTrue(chart.dataAt(r.dataArea.getMinX() - 5, r.py(1.5), r.dataArea).isEmpty(), "left of the plot");
    }

    @Test
    void quadraticModelShowsTwoParametersAndSaysWhichIsHeld() throws IOException {
        RunConfig q = Presets.byId("quadratic").config();
        SurfaceChart chart = new SurfaceChart();
        double[] held = {0.9, -5.0, 1.2};
        chart.setSurface(CostSurface.of(QuadraticCost.of(Model.QUADRATIC, q.data()), q.data(), 0, 1, held));
        assertEquals("Cost over a and b", chart.chart().getTitle().getText());
        assertEquals("a", chart.chart().getXYPlot().getDomainAxis().getLabel());
        assertEquals("b", chart.chart().getXYPlot().getRangeAxis().getLabel());
        String sub = ((org.jfree.chart.title.TextTitle) chart.chart().getSubtitle(0)).getText();
        assertTrue(sub.contains("c held at 1.20"), sub);
        assertArrayEquals(new double[] {0.3, 0.4, 1.2}, chart.startAt(0.3, 0.4).orElseThrow());
        Recorder r = new Recorder(false);
        Trainer.run(q.withInit(held).withOptimizer(dev.descent.core.optim.AdamConfig.withDefaults(0.05)).withEpochs(80), r);
        double[] as = new double[r.epochs.size() + 1];
        double[] bs = new double[as.length];
        as[0] = held[0];
        bs[0] = held[1];
        for (int k = 0; k < r.epochs.size(); k++) {
            as[k + 1] = r.epochs.get(k).param(0);
            bs[k + 1] = r.epochs.get(k).param(1);
        }
        chart.setRun(0, "Adam lr 0.05", null);
        chart.setPath(0, as, bs, as.length);
        Files.createDirectories(PICTURES);
        ChartUtils.saveChartAsPNG(PICTURES.resolve("surface-quadratic-a-b.png").toFile(), chart.chart(), 1200, 800);
        boolean namesSlice = false;
        var items = chart.chart().getLegend().getSources()[0].getLegendItems();
        for (int k = 0; k < items.getItemCount(); k++) {
            namesSlice |= items.get(k).getLabel().equals(SurfaceChart.SLICE_BOTTOM_LEGEND);
        }
        assertTrue(namesSlice, "c is not at its optimum, so the star is the slice's lowest point");
    }

    @Test
    void contourLevelsAreRoundCostsInsideTheColourRange() {
        SurfaceChart chart = threeRuns(50);
        double[] levels = chart.contourLevels();
        assertTrue(levels.length >= 4, "a few lines: " + levels.length);
        for (double level : levels) {
            assertTrue(level > chart.grid().min() && level < chart.grid().max(), "level " + level);
        }
        assertArrayEquals(new double[] {0.2, 0.5, 1, 2, 5, 10, 20}, SurfaceChart.niceLevels(0.15, 25), 1e-12);
        assertArrayEquals(new double[] {10, 100, 1000, 1e4, 1e5}, SurfaceChart.niceLevels(3, 3e5), 1e-6);
        assertEquals("0.5", SurfaceChart.tickLabel(0.5));
        assertEquals("20", SurfaceChart.tickLabel(20));
        assertEquals("0.002", SurfaceChart.tickLabel(0.002));
        assertEquals("10⁶", SurfaceChart.tickLabel(1e6));
        assertEquals("10⁻⁴", SurfaceChart.tickLabel(1e-4));
        assertEquals("2.00×10⁶", SurfaceChart.tickLabel(2e6));
    }

    @Test
    void drawsTheSurfaceThePathsAndTheOptimum() throws IOException {
        SurfaceChart chart = threeRuns(50);
        Files.createDirectories(PICTURES);
        ChartUtils.saveChartAsPNG(PICTURES.resolve("surface-momentum-3-runs.png").toFile(), chart.chart(), 1200, 800);
        ChartUtils.saveChartAsPNG(PICTURES.resolve("surface-momentum-epoch-12.png").toFile(), threeRuns(12).chart(),
                1200, 800);
        ChartUtils.saveChartAsPNG(PICTURES.resolve("surface-momentum-small.png").toFile(), chart.chart(), 800, 500);
        Rendered r = Rendered.of(chart.chart(), 1200, 800);
        assertTrue(r.distinctColours() > 100, "a heat map has many colours: " + r.distinctColours());
        double[] star = QuadraticCost.of(Model.AFFINE, DATA).optimum().orElseThrow();
        assertTrue(r.hasColourNear(r.px(star[0]), r.py(star[1]), 3, SurfaceChart.OPTIMUM_COLOUR, 30), "the star");
        // The top-left corner of the plot is far up the wall: dark. Near the optimum: light.
        var dark = new java.awt.Color(r.image.getRGB((int) r.dataArea.getMinX() + 3, (int) r.dataArea.getMinY() + 3));
        var light = new java.awt.Color(r.image.getRGB((int) r.px(star[0]) + 25, (int) r.py(star[1]) + 25));
        assertTrue(CostColours.lightness(light) > CostColours.lightness(dark) + 0.3, dark + " vs " + light);
        // Each run's current point is drawn in its colour (at epoch 12, when the three are apart).
        Rendered early = Rendered.of(threeRuns(12).chart(), 1200, 800);
        double[][] gd = path(SgdConfig.plain(0.1), 12);
        double[][] nesterov = path(new SgdConfig(0.1, 0.9, 0, true, 0), 12);
        assertTrue(early.hasColourNear(early.px(gd[0][12]), early.py(gd[1][12]), 3, SurfaceChart.RUN_COLOURS[0], 30),
                "GD's point");
        assertTrue(early.hasColourNear(early.px(nesterov[0][12]), early.py(nesterov[1][12]), 3,
                SurfaceChart.RUN_COLOURS[2], 30), "Nesterov's point");
        // And the path between points in its colour, not hidden under its white halo.
        double mx = (gd[0][3] + gd[0][4]) / 2;
        double my = (gd[1][3] + gd[1][4]) / 2;
        assertTrue(early.hasColourNear(early.px(mx), early.py(my), 1, SurfaceChart.RUN_COLOURS[0], 40), "GD's line");

    }

    @Test
    void colourScaleGetsDarkerAsCostRises() {
        double previous = Double.POSITIVE_INFINITY;
        for (int k = 0; k <= 20; k++) {
            double l = CostColours.lightness(CostColours.colourAt(k / 20.0));
            assertTrue(l < previous, "lightness falls at step " + k);
            previous = l;
        }
        assertFalse(CostColours.lightness(CostColours.colourAt(0)) < 0.95, "the valley is nearly white");
    }

    @Test
    void theOptimumsLabelStaysInsideThePlotAtTheSizeOfTheWindowsPlace() {
        // The README's screenshot, drawn smaller still (a 240 × 46 px plot), the star just right of the
        // middle. A label that ran towards the middle from there started outside the plot and was cut off.
        SurfaceChart chart = threeRuns(22);
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(480, 330,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        var info = new org.jfree.chart.ChartRenderingInfo();
        java.awt.Graphics2D g2 = image.createGraphics();
        chart.chart().draw(g2, new java.awt.geom.Rectangle2D.Double(0, 0, 480, 330), info);
        var area = info.getPlotInfo().getDataArea();
        var plot = chart.chart().getXYPlot();
        var label = plot.getAnnotations().stream()
                .filter(a -> a instanceof org.jfree.chart.annotations.XYTextAnnotation)
                .map(a -> (org.jfree.chart.annotations.XYTextAnnotation) a).findFirst().orElseThrow();
        java.awt.Shape bounds = org.jfree.chart.text.TextUtils.calculateRotatedStringBounds(label.getText(), g2,
                (float) plot.getDomainAxis().valueToJava2D(label.getX(), area, plot.getDomainAxisEdge()),
                (float) plot.getRangeAxis().valueToJava2D(label.getY(), area, plot.getRangeAxisEdge()),
                label.getTextAnchor(), 0, label.getRotationAnchor());
        g2.dispose();
        var box = bounds.getBounds2D();
        assertTrue(box.getMinX() >= area.getMinX() - 1 && box.getMaxX() <= area.getMaxX() + 1,
                "label " + box + " inside the plot " + area);
    }

    @Test
    void aLabelThatWouldLeaveThePlotIsSlidBackInside() {
        var area = new java.awt.geom.Rectangle2D.Double(100, 50, 300, 200);
        assertEquals(0, SurfaceChart.InsideLabel.shiftInside(new java.awt.geom.Rectangle2D.Double(150, 60, 200, 20), area),
                "inside: stays");
        assertEquals(30, SurfaceChart.InsideLabel.shiftInside(new java.awt.geom.Rectangle2D.Double(70, 60, 200, 20), area),
                "over the left edge by 30: slid right by 30");
        assertEquals(-50, SurfaceChart.InsideLabel.shiftInside(new java.awt.geom.Rectangle2D.Double(250, 60, 200, 20), area),
                "over the right edge by 50: slid left by 50");
        assertEquals(0, SurfaceChart.InsideLabel.shiftInside(new java.awt.geom.Rectangle2D.Double(50, 60, 400, 20), area),
                "wider than the plot: left where its anchor put it");
    }
}
