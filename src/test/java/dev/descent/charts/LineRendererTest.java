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
}
