package dev.descent.charts;

import dev.descent.core.Dataset;
import dev.descent.core.Model;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fit chart on large data: a bounded sample of dots, said so on the chart; small data untouched. */
class FitChartSampleTest {
    private static final int MILLION = 1_000_000;

    /** y = 2x + 1 on x = 0 … n−1, with one far outlier at {@code outlierRow}. */
    private static Dataset line(int n, int outlierRow) {
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = i;
            ys[i] = 2.0 * i + 1 + ((i * 7919) % 13 - 6) * 0.5;
        }
        ys[outlierRow] = 10.0 * n;
        return Dataset.of(xs, ys);
    }

    private static XYDataset dots(FitChart fit) {
        return fit.chart().getXYPlot().getDataset(1);
    }

    private static XYDataset rings(FitChart fit) {
        return fit.chart().getXYPlot().getDataset(2);
    }

    @Test
    void aMillionPointsAreDrawnAsABoundedSampleAndTheChartSaysSo() {
        FitChart fit = new FitChart(Model.AFFINE);
        fit.setData(line(MILLION, 123_457));
        fit.setParams(new double[] {2, 1});

        int drawn = dots(fit).getItemCount(0);
        assertEquals(4000, drawn);
        assertEquals(drawn, fit.shownPoints());
        assertEquals("showing an even sample of 4,000 of the 1,000,000 points", fit.sampleNote());
        boolean noteOnChart = false;
        for (int i = 0; i < fit.chart().getSubtitleCount(); i++) {
            if (fit.chart().getSubtitle(i) instanceof org.jfree.chart.title.TextTitle t && t.isVisible()
                    && t.getText().equals(fit.sampleNote())) {
                noteOnChart = true;
            }
        }
        assertTrue(noteOnChart, "the note is a visible line of the chart");
        // Every dot is a real data point (x = row, y from that row), spread over the whole data.
        Dataset data = line(MILLION, 123_457);
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < drawn; i++) {
            int row = (int) dots(fit).getXValue(0, i);
            assertEquals(data.y(row), dots(fit).getYValue(0, i));
            lowest = Math.min(lowest, row);
            highest = Math.max(highest, row);
        }
        assertTrue(lowest < MILLION / 1000.0 && highest > MILLION - MILLION / 1000.0,
                "the sample reaches both ends: rows " + lowest + " to " + highest);
        // The model's line is drawn over the cloud, not hidden under it.
        Rendered r = Rendered.of(fit.chart(), 800, 500);
        assertTrue(r.hasColourNear(r.px(500_000), r.py(1_000_001), 1, ChartStyle.MODEL_COLOR, 30),
                "the model's colour in the middle of the cloud");
        // The axes still take in all the data, the outlier included, drawn or not.
        assertTrue(fit.yView().contains(10.0 * MILLION), "y axis " + fit.yView());
        assertTrue(fit.xView().contains(0) && fit.xView().contains(MILLION - 1), "x axis " + fit.xView());
    }

    @Test
    void theBatchIsRingedAtItsOwnRowsEvenWhenTheSampleLeavesThemOut() {
        FitChart fit = new FitChart(Model.AFFINE);
        Dataset data = line(MILLION, 5);
        fit.setData(data);
        fit.setParams(new double[] {2, 1});
        Set<Double> drawnXs = new HashSet<>();
        for (int i = 0; i < dots(fit).getItemCount(0); i++) {
            drawnXs.add(dots(fit).getXValue(0, i));
        }
        int[] batch = new int[2];
        int found = 0;
        for (int r = 500_000; found < 2; r++) {
            if (!drawnXs.contains((double) r)) {
                batch[found++] = r;
            }
        }
        fit.setBatch(batch);
        assertEquals(2, rings(fit).getItemCount(0));
        for (int i = 0; i < 2; i++) {
            assertEquals(batch[i], rings(fit).getXValue(0, i));
            assertEquals(data.y(batch[i]), rings(fit).getYValue(0, i));
        }
    }

    @Test
    void aHugeBatchIsRingedAtABoundedNumberOfItsRows() {
        FitChart fit = new FitChart(Model.AFFINE);
        fit.setData(line(MILLION, 5));
        int[] batch = new int[100_000];
        for (int i = 0; i < batch.length; i++) {
            batch[i] = 200_000 + i;
        }
        fit.setBatch(batch);
        int ringed = rings(fit).getItemCount(0);
        assertEquals(FitChart.MAX_RINGED_ROWS, ringed);
        assertEquals(200_000, rings(fit).getXValue(0, 0));
        assertEquals(299_999, rings(fit).getXValue(0, ringed - 1));
    }

    @Test
    void theLecturesThreePointsAreAllDrawnAsBefore() {
        FitChart fit = new FitChart(Model.LINE);
        fit.setData(Dataset.of(new double[] {1, 2, 3}, new double[] {2, 4, 6}));
        fit.setParams(new double[] {1.5});
        assertEquals(3, dots(fit).getItemCount(0));
        assertEquals(3, fit.shownPoints());
        for (int i = 0; i < 3; i++) {
            assertEquals(i + 1.0, dots(fit).getXValue(0, i));
            assertEquals(2.0 * (i + 1), dots(fit).getYValue(0, i));
        }
        assertNull(fit.sampleNote());
        assertSame(ChartStyle.DATA_DOT, fit.chart().getXYPlot().getRenderer(1).getSeriesShape(0));
        Rendered r = Rendered.of(fit.chart(), 800, 500);
        for (int i = 1; i <= 3; i++) {
            assertTrue(r.hasColourNear(r.px(i), r.py(2.0 * i), 2, ChartStyle.DATA_COLOR, 30), "dot at x = " + i);
        }
        // In the plot, pixel for pixel what the stock shape renderer, set up the same way, draws (the
        // legend, which lists the chart's own renderer, is left out of the comparison).
        var dotRenderer = (org.jfree.chart.renderer.xy.XYLineAndShapeRenderer) fit.chart().getXYPlot().getRenderer(1);
        var stock = new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer(false, true);
        stock.setSeriesPaint(0, dotRenderer.getSeriesPaint(0));
        stock.setSeriesShape(0, dotRenderer.getSeriesShape(0));
        stock.setSeriesShapesFilled(0, true);
        stock.setUseOutlinePaint(true);
        stock.setSeriesOutlinePaint(0, dotRenderer.getSeriesOutlinePaint(0));
        stock.setSeriesOutlineStroke(0, dotRenderer.getSeriesOutlineStroke(0));
        fit.chart().getXYPlot().setRenderer(1, stock);
        Rendered before = Rendered.of(fit.chart(), 800, 500);
        int differing = 0;
        for (int y = (int) r.dataArea.getMinY(); y < (int) r.dataArea.getMaxY(); y++) {
            for (int x = (int) r.dataArea.getMinX(); x < (int) r.dataArea.getMaxX(); x++) {
                differing += r.image.getRGB(x, y) != before.image.getRGB(x, y) ? 1 : 0;
            }
        }
        assertEquals(0, differing, "pixels that differ from the stock renderer's");
    }

    @Test
    void goingBackToSmallDataDropsTheNoteAndTheSmallDots() {
        FitChart fit = new FitChart(Model.AFFINE);
        fit.setData(line(10_000, 5));
        assertTrue(fit.sampleNote() != null);
        fit.setData(Dataset.of(new double[] {1, 2, 3}, new double[] {2, 4, 6}));
        assertNull(fit.sampleNote());
        assertSame(ChartStyle.DATA_DOT, fit.chart().getXYPlot().getRenderer(1).getSeriesShape(0));
    }
}
