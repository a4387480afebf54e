package dev.descent.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineRendererTest {
    /** A zigzag with a gap (NaN), two series, so joins, breaks and colours are all in the picture. */
    private static XYSeriesCollection zigzag() {
        XYSeriesCollection data = new XYSeriesCollection();
        for (int s = 0; s < 2; s++) {
            XYSeries series = new XYSeries("series " + s, false, true);
            for (int i = 0; i < 200; i++) {
                series.add(i, i == 120 ? Double.NaN : (i % 7) * (s + 1) + 3 * s);
            }
            data.addSeries(series);
        }
        return data;
    }

    private static int[] pixels(XYLineAndShapeRenderer renderer, XYSeriesCollection data) {
        for (int s = 0; s < 2; s++) {
            renderer.setSeriesPaint(s, s == 0 ? Color.BLUE : Color.RED);
            renderer.setSeriesStroke(s, new BasicStroke(2f));
        }
        XYPlot plot = new XYPlot(data, new NumberAxis("x"), new NumberAxis("y"), renderer);
        JFreeChart chart = new JFreeChart("lines", plot);
        BufferedImage image = chart.createBufferedImage(500, 300);
        return image.getRGB(0, 0, 500, 300, null, 0, 500);
    }

    @Test
    void drawsTheSamePictureAsTheStandardRendererDrawingEachSeriesAsOnePath() {
        XYLineAndShapeRenderer standard = new XYLineAndShapeRenderer(true, false);
        standard.setDrawSeriesLineAsPath(true);
        int[] expected = pixels(standard, zigzag());
        int[] actual = pixels(new LineRenderer(), zigzag());
        assertArrayEquals(expected, actual);
        int blue = 0;
        for (int p : actual) {
            blue += (p & 0xffffff) == 0x0000ff ? 1 : 0;
        }
        assertTrue(blue > 500, "the first series' line is drawn: " + blue + " blue pixels");
    }

    @Test
    void skipsTheSecondPassOverEveryPoint() {
        XYLineAndShapeRenderer standard = new XYLineAndShapeRenderer(true, false);
        standard.setDrawSeriesLineAsPath(true);
        int standardReads = xReads(standard);
        int lineReads = xReads(new LineRenderer());
        // The standard renderer reads all 400 points a second time in its shape pass, with no shape to draw;
        // the axes' ranges, the search for the visible items and the line itself read them in both.
        assertTrue(lineReads <= standardReads - 400, lineReads + " reads, against " + standardReads);
    }

    /** How many times drawing a chart with {@code renderer} reads a point's x value. */
    private static int xReads(XYLineAndShapeRenderer renderer) {
        int[] reads = new int[1];
        XYSeriesCollection counted = new XYSeriesCollection() {
            @Override
            public double getXValue(int series, int item) {
                reads[0]++;
                return super.getXValue(series, item);
            }
        };
        XYSeriesCollection data = zigzag();
        counted.addSeries(data.getSeries(0));
        counted.addSeries(data.getSeries(1));
        pixels(renderer, counted);
        return reads[0];
    }

    @Test
    void leavesOutPointsWithinHalfAPixelAndDrawsTheSameLine() {
        // A long run's cost: 20,000 epochs falling fast, then flat, on a 500-pixel chart.
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries cost = new XYSeries("cost", false, true);
        for (int i = 0; i < 20_000; i++) {
            cost.add(i, 10 * Math.exp(-i / 500.0));
        }
        data.addSeries(cost);
        XYLineAndShapeRenderer standard = new XYLineAndShapeRenderer(true, false);
        standard.setDrawSeriesLineAsPath(true);
        int[] expected = pixels(standard, data);
        LineRenderer thin = new LineRenderer();
        int[] actual = pixels(thin, data);
        assertTrue(thin.lastPathPoints() < 2_000, thin.lastPathPoints() + " of 20,000 points kept");
        assertTrue(thin.lastPathPoints() > 200, "the path still follows the curve: " + thin.lastPathPoints());
        long total = 0;
        int far = 0;
        for (int i = 0; i < expected.length; i++) {
            int d = channelDifference(expected[i], actual[i]);
            total += d;
            far += d > 64 ? 1 : 0;
        }
        double mean = (double) total / expected.length;
        assertTrue(mean < 0.2, "mean difference " + mean);
        assertTrue(far < 50, far + " pixels differ by more than 64");
    }

    @Test
    void keepsNoiseTheEyeCanSee() {
        // Stochastic epochs: noise of several pixels stays in the line, point by point.
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries cost = new XYSeries("cost", false, true);
        java.util.Random noise = new java.util.Random(3);
        for (int i = 0; i < 5_000; i++) {
            cost.add(i, 5 + noise.nextDouble());
        }
        data.addSeries(cost);
        LineRenderer thin = new LineRenderer();
        pixels(thin, data);
        assertTrue(thin.lastPathPoints() > 4_000, thin.lastPathPoints() + " of 5,000 points kept");
    }

    @Test
    void theLineStillEndsAtTheLastPoint() {
        // Ten points within half a pixel of the first: only the first and the last are drawn.
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries s = new XYSeries("s", false, true);
        s.add(0, 0);
        for (int i = 1; i <= 10; i++) {
            s.add(i * 1e-4, i * 1e-4);
        }
        s.add(1, 1);
        data.addSeries(s);
        LineRenderer thin = new LineRenderer();
        pixels(thin, data);
        assertTrue(thin.lastPathPoints() >= 2 && thin.lastPathPoints() <= 3, thin.lastPathPoints() + " points");
        XYSeriesCollection ending = new XYSeriesCollection();
        XYSeries e = new XYSeries("e", false, true);
        e.add(0, 0);
        e.add(1, 1);
        e.add(1 + 1e-4, 1);
        ending.addSeries(e);
        pixels(thin, ending);
        assertEquals(3, thin.lastPathPoints(), "a last point left out goes in at the end");
    }

    private static int channelDifference(int a, int b) {
        int most = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            most = Math.max(most, Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)));
        }
        return most;
    }
}
