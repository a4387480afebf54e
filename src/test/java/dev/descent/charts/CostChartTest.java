package dev.descent.charts;

import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CostChartTest {

    /** The first lecture's costs: 14/3 · (w − 2)² with w approaching 2 by a factor 1 − 0.28/3 per epoch. */
    private static CostChart lectureCurve(int epochs) {
        CostChart chart = new CostChart();
        int[] e = new int[epochs];
        double[] c = new double[epochs];
        double w = 1;
        for (int i = 0; i < epochs; i++) {
            e[i] = i;
            c[i] = 14.0 / 3 * (w - 2) * (w - 2);
            w -= 0.01 * 28.0 / 3 * (w - 2);
        }
        chart.append(e, c, epochs);
        return chart;
    }

    private static void assertFinite(ValueAxis axis) {
        assertTrue(Double.isFinite(axis.getLowerBound()) && Double.isFinite(axis.getUpperBound())
                && axis.getLowerBound() < axis.getUpperBound(), axis.getRange().toString());
    }

    @Test
    void drawsTheCostCurveWhereTheCostsAre() {
        CostChart chart = lectureCurve(100);
        Rendered r = Rendered.of(chart.chart(), 1200, 800);
        assertEquals(1200, r.image.getWidth());
        assertTrue(r.distinctColours() > 50);
        double cost0 = 14.0 / 3;
        assertTrue(r.hasColourNear(r.px(0), r.py(cost0), 3, ChartStyle.COST_COLOR, 40), "the first epoch's cost");
        assertFalse(r.hasColourNear(r.px(50), r.py(cost0 / 2), 3, ChartStyle.COST_COLOR, 40),
                "nothing half-way up at epoch 50");
        XYPlot plot = chart.chart().getXYPlot();
        assertTrue(plot.getRangeAxis().getRange().contains(cost0));
        assertTrue(plot.getRangeAxis().getUpperBound() < cost0 * 1.2, "no wasted headroom");
        assertEquals(99, plot.getDomainAxis().getUpperBound(), 1e-9);
        assertEquals(ChartStyle.COST_LABEL, plot.getRangeAxis().getLabel());
        assertEquals(ChartStyle.EPOCH_LABEL, plot.getDomainAxis().getLabel());
    }

    @Test
    void appendIsOneEventAndAccumulates() {
        CostChart chart = new CostChart();
        ChangeCounter events = ChangeCounter.on(chart.chart());
        assertEquals(1, events.during(() -> chart.append(new int[] {0, 1, 2}, new double[] {9, 4, 1}, 3)));
        assertEquals(1, events.during(() -> chart.append(new int[] {3, 4, 99}, new double[] {0.5, 0.2, 7}, 2)));
        assertEquals(5, chart.chart().getXYPlot().getDataset().getItemCount(0), "count limits what is appended");
        assertEquals(1, events.during(() -> chart.setCurrentEpoch(4)));
        assertEquals(1, events.during(() -> chart.setLogScale(true)));
        assertEquals(1, events.during(() -> chart.setLogScale(false)));
        assertEquals(1, events.during(() -> chart.setCurrentEpoch(-1)));
        assertEquals(1, events.during(chart::clear));
        assertEquals(0, chart.chart().getXYPlot().getDataset().getItemCount(0));
    }

    @Test
    void nonFiniteCostsAreSkippedAndAxesStayFinite() {
        CostChart chart = new CostChart();
        assertDoesNotThrow(() -> chart.append(new int[] {0, 1, 2, 3},
                new double[] {5, Double.NaN, Double.POSITIVE_INFINITY, 3}, 4));
        assertEquals(2, chart.chart().getXYPlot().getDataset().getItemCount(0));
        Rendered r = Rendered.of(chart.chart(), 600, 400);
        assertFinite(r.plot.getRangeAxis());
        assertFinite(r.plot.getDomainAxis());
        CostChart onlyBad = new CostChart();
        onlyBad.append(new int[] {0}, new double[] {Double.NaN}, 1);
        onlyBad.setLogScale(true);
        assertFinite(Rendered.of(onlyBad.chart(), 600, 400).plot.getRangeAxis());
    }

    @Test
    void anExplodingCostIsCappedOnTheLinearAxisAndSaidSo() {
        CostChart chart = new CostChart();
        int n = 12;
        int[] e = new int[n];
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            e[i] = i;
            c[i] = 4.67 * Math.pow(3.24, i);
        }
        chart.append(e, c, n);
        assertTrue(chart.isCapped());
        Span view = chart.costView();
        assertEquals(ViewRanges.COST_CAP_FACTOR * 4.67 * (1 + ViewRanges.COST_HEADROOM), view.upper(), 1e-9);
        String notes = chart.chart().getSubtitles().toString();
        assertTrue(titleTexts(chart).contains("leaves the chart"), notes);

        chart.setLogScale(true);
        assertFalse(chart.isCapped());
        assertFalse(titleTexts(chart).contains("leaves the chart"));
        assertTrue(chart.costView().contains(c[n - 1]) && chart.costView().contains(c[0]));
    }

    private static String titleTexts(CostChart chart) {
        StringBuilder sb = new StringBuilder();
        for (Object t : chart.chart().getSubtitles()) {
            if (t instanceof org.jfree.chart.title.TextTitle tt && tt.isVisible()) {
                sb.append(tt.getText()).append('|');
            }
        }
        return sb.toString();
    }

    @Test
    void logScaleSkipsZeroCostsAndCoversThePositiveOnes() {
        CostChart chart = new CostChart();
        chart.append(new int[] {0, 1, 2, 3}, new double[] {18.7, 0.5, 0.0, 1e-8}, 4);
        chart.setLogScale(true);
        assertTrue(chart.isLogScale());
        XYPlot plot = chart.chart().getXYPlot();
        assertInstanceOf(LogAxis.class, plot.getRangeAxis());
        assertEquals(3, plot.getDataset().getItemCount(0), "the zero cost has no place on a log axis");
        Rendered r = assertDoesNotThrow(() -> Rendered.of(chart.chart(), 800, 500));
        assertTrue(r.plot.getRangeAxis().getLowerBound() > 0 && r.plot.getRangeAxis().getLowerBound() <= 1e-8);
        assertTrue(r.plot.getRangeAxis().getUpperBound() >= 18.7);
        assertTrue(r.hasColourNear(r.px(3), r.py(1e-8), 3, ChartStyle.COST_COLOR, 40), "the smallest cost is drawn");
        chart.append(new int[] {4}, new double[] {0.25}, 1); // taken while the log scale is shown
        assertEquals(4, plot.getDataset().getItemCount(0));
        chart.setLogScale(false);
        assertInstanceOf(NumberAxis.class, plot.getRangeAxis());
        assertEquals(5, plot.getDataset().getItemCount(0), "the linear curve has every epoch, the one taken on the log scale too");
        assertEquals(0.25, plot.getDataset().getYValue(0, 4));
    }

    @Test
    void currentEpochMarkerIsDrawnAndRemovable() {
        CostChart chart = lectureCurve(100);
        chart.setCurrentEpoch(40);
        Rendered r = Rendered.of(chart.chart(), 1000, 700);
        double midY = r.dataArea.getCenterY();
        assertTrue(r.hasColourNear(r.px(40), midY, 2, ChartStyle.EPOCH_MARKER_COLOR, 60), "a marker at epoch 40");
        chart.setCurrentEpoch(-1);
        Rendered gone = Rendered.of(chart.chart(), 1000, 700);
        assertFalse(gone.hasColourNear(gone.px(40), midY, 2, ChartStyle.EPOCH_MARKER_COLOR, 60));
    }

    @Test
    void theCurveGoesOnToTheCostNowSoTheMarkerTheCurveAndTheStatusLineAgree() {
        // After 17 epochs of the first lecture the curve holds the costs epochs 0..16 started from; the
        // cost now, at w after 17 epochs, is epoch 17's. Worked by hand: w17 = 2 − (1 − 0.28/3)^17.
        CostChart chart = lectureCurve(17);
        double w17 = 2 - Math.pow(1 - 0.28 / 3, 17);
        double now = 14.0 / 3 * (w17 - 2) * (w17 - 2);
        chart.setCurrent(17, now);
        XYPlot plot = chart.chart().getXYPlot();
        var data = plot.getDataset();
        int last = data.getItemCount(0) - 1;
        assertEquals(18, data.getItemCount(0), "epochs 0..16 and the point now");
        assertEquals(17, data.getXValue(0, last));
        assertEquals(now, data.getYValue(0, last), 1e-15);
        assertEquals(17, plot.getDomainAxis().getUpperBound(), 1e-9, "the axis reaches the marker");
        assertEquals(1, plot.getDataset(2).getItemCount(0), "a dot where the run is now");
        assertEquals(17, plot.getDataset(2).getXValue(0, 0));
        assertEquals(now, plot.getDataset(2).getYValue(0, 0), 1e-15);
        Rendered r = Rendered.of(chart.chart(), 1000, 700);
        assertTrue(r.hasColourNear(r.px(17), r.dataArea.getCenterY(), 2, ChartStyle.EPOCH_MARKER_COLOR, 60),
                "the marker at epoch 17");
        assertTrue(r.hasColourNear(r.px(17) - 2, r.py(now), 3, ChartStyle.COST_COLOR, 40), "the curve reaches it");

        // Epoch 17 arrives with its recorded cost: it takes the place of the point now, once.
        chart.append(new int[] {17}, new double[] {now * (1 + 1e-12)}, 1);
        assertEquals(18, plot.getDataset().getItemCount(0));
        assertEquals(now * (1 + 1e-12), plot.getDataset().getYValue(0, 17), 0);

        // Looking back to epoch 5 the curve is as recorded: nothing is added; the dot marks epoch 5.
        chart.setCurrent(5, 1.0);
        assertEquals(18, plot.getDataset().getItemCount(0));
        assertEquals(5, plot.getDataset(2).getXValue(0, 0));
        chart.setCurrent(-1, Double.NaN);
        assertEquals(0, plot.getDataset(2).getItemCount(0), "no marker, no dot");
        chart.setCurrent(5, 1.0);
        chart.setLogScale(true);
        chart.setCurrent(18, now / 2);
        assertEquals(19, plot.getDataset().getItemCount(0), "the point now is on the log scale too");
        assertTrue(plot.getRangeAxis().getRange().contains(now / 2));
    }

    @Test
    void theAxesShowTheEarlierRunWholeWhileTheNewOneHasOnlyBegun() {
        // The lecture's 100 epochs as a ghost; the new run has 3 epochs so far.
        double[] xs = new double[100];
        double[] cs = new double[100];
        double w = 1;
        for (int i = 0; i < 100; i++) {
            xs[i] = i;
            cs[i] = 14.0 / 3 * (w - 2) * (w - 2);
            w -= 0.01 * 28.0 / 3 * (w - 2);
        }
        CostChart chart = new CostChart();
        chart.setGhosts(java.util.List.of("before: GD lr 0.01"), java.util.List.of(xs), java.util.List.of(cs));
        XYPlot plot = chart.chart().getXYPlot();
        assertEquals(99, plot.getDomainAxis().getUpperBound(), 1e-9, "before the new run's first epoch");
        assertTrue(plot.getRangeAxis().getRange().contains(14.0 / 3));
        chart.append(new int[] {0, 1, 2}, new double[] {4, 3, 2}, 3);
        chart.setCurrent(3, 1.5);
        assertEquals(99, plot.getDomainAxis().getUpperBound(), 1e-9, "the ghost's 100 epochs, not the new run's 3");
        chart.setLogScale(true);
        assertTrue(plot.getRangeAxis().getRange().contains(cs[99]), "the ghost's last cost on the log scale");
        chart.setGhosts(java.util.List.of(), java.util.List.of(), java.util.List.of());
        chart.setLogScale(false);
        assertEquals(3, plot.getDomainAxis().getUpperBound(), 1e-9, "without ghosts, the new run alone");
    }

    @Test
    void aCostNowAboveTheCapIsNamedInTheNote() {
        CostChart chart = lectureCurve(3);
        double start = 14.0 / 3;
        chart.setCurrent(3, 1000 * start);
        assertTrue(chart.isCapped());
        String note = ((org.jfree.chart.title.TextTitle) chart.chart().getSubtitle(1)).getText();
        assertTrue(note.contains("at epoch 3"), note);
        chart.setCurrent(-1, Double.NaN);
        assertFalse(chart.isCapped(), "without the point now the curve fits again");
    }

    @Test
    void aHundredThousandEpochsAppendAndDrawQuickly() {
        CostChart chart = new CostChart();
        int n = 100_000;
        int[] e = new int[n];
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            e[i] = i;
            c[i] = 10 * Math.exp(-i / 5000.0);
        }
        long t0 = System.nanoTime();
        chart.append(e, c, n);
        Rendered r = Rendered.of(chart.chart(), 1200, 800);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 5000, "took " + ms + " ms");
        assertTrue(r.hasColourNear(r.px(50_000), r.py(10 * Math.exp(-10)), 3, ChartStyle.COST_COLOR, 40));
    }

    @Test
    void compactTextReachesTheScaleSwappedInLater() {
        float small = ChartStyle.TICK_LABEL_FONT.getSize2D() * ChartStyle.COMPACT_SCALE;
        CostChart chart = lectureCurve(50);
        chart.setCompact(true);
        chart.setLogScale(true);
        ValueAxis log = chart.chart().getXYPlot().getRangeAxis();
        assertInstanceOf(LogAxis.class, log);
        assertEquals(small, log.getTickLabelFont().getSize2D(), 1e-6, "the log axis was hidden when text shrank");
        chart.setCompact(false);
        chart.setLogScale(false);
        ValueAxis linear = chart.chart().getXYPlot().getRangeAxis();
        assertEquals(ChartStyle.TICK_LABEL_FONT.getSize2D(), linear.getTickLabelFont().getSize2D(), 1e-6,
                "the linear axis was hidden when text grew back");
    }
}
