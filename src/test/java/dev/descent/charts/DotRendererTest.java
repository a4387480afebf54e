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
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stamped dots look like dots drawn one by one: the same chart is drawn both ways, at the screen's
 * scale and at twice it, and compared pixel by pixel.
 */
class DotRendererTest {
    private static final Color FILL = new Color(31, 119, 180);
    private static final Color RING = new Color(214, 39, 40);

    @Test
    void stampedDotsMatchDotsDrawnOneByOne() {
        for (double scale : new double[] {1, 2, 1.25}) {
            BufferedImage stamped = draw(true, scale);
            BufferedImage drawn = draw(false, scale);
            long total = 0;
            int far = 0;
            for (int y = 0; y < drawn.getHeight(); y++) {
                for (int x = 0; x < drawn.getWidth(); x++) {
                    int d = difference(stamped.getRGB(x, y), drawn.getRGB(x, y));
                    total += d;
                    far += d > 64 ? 1 : 0;
                }
            }
            int pixels = drawn.getWidth() * drawn.getHeight();
            double mean = (double) total / pixels;
            // Dots drawn a quarter-pixel place apart differ only at their edges: about 0.7 on average here,
            // against 1.5–2.9 when the place within the pixel is ignored and 4 for a dot a pixel off.
            assertTrue(mean < 1.0, "scale " + scale + ": mean difference " + mean);
            assertTrue(far < pixels / 1000, "scale " + scale + ": " + far + " of " + pixels + " pixels differ by more than 64");
        }
    }

    @Test
    void aStampedDotIsWhereItsValueIs() {
        // Enough dots to be stamped, all on one place: the first is drawn, the rest are on its pixel.
        XYSeries lone = new XYSeries("lone");
        for (int i = 0; i < DotRenderer.STAMPS_FROM; i++) {
            lone.add(5.0, 5.0);
        }
        JFreeChart chart = chart(new XYSeriesCollection(lone), new DotRenderer(false, true));
        Rendered r = Rendered.of(chart, 400, 300);
        // Pixel k covers [k, k + 1): the one the value falls in.
        int x = (int) Math.floor(r.px(5.0));
        int y = (int) Math.floor(r.py(5.0));
        assertEquals(FILL.getRGB(), r.image.getRGB(x, y), "the dot's middle has its fill");
        assertEquals(FILL.getRGB(), r.image.getRGB(x + 2, y), "it is 8 pixels across (its outline within), not one");
        assertEquals(FILL.getRGB(), r.image.getRGB(x - 2, y - 2));
        assertEquals(Color.WHITE.getRGB(), r.image.getRGB(x + 6, y), "and no wider");
        assertEquals(Color.WHITE.getRGB(), r.image.getRGB(x, y - 6));
    }

    /** A chart of 300 scattered dots and 100 rings, drawn into a 640×400 picture at {@code scale}. */
    private static BufferedImage draw(boolean stamps, double scale) {
        Random random = new Random(7);
        XYSeries dots = new XYSeries("dots");
        XYSeries rings = new XYSeries("rings");
        for (int i = 0; i < 300; i++) {
            dots.add(random.nextDouble() * 10, random.nextDouble() * 10);
        }
        for (int i = 0; i < DotRenderer.STAMPS_FROM; i++) {
            rings.add(random.nextDouble() * 10, random.nextDouble() * 10);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(dots);
        data.addSeries(rings);
        JFreeChart chart = chart(data, new DotRenderer(false, stamps));
        int width = (int) Math.ceil(640 * scale);
        int height = (int) Math.ceil(400 * scale);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        ChartPng.paint(chart, image, 640, 400, scale, new org.jfree.chart.ChartRenderingInfo());
        return image;
    }

    private static JFreeChart chart(XYSeriesCollection data, XYLineAndShapeRenderer r) {
        r.setSeriesPaint(0, FILL);
        r.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        r.setSeriesShapesFilled(0, true);
        r.setUseOutlinePaint(true);
        r.setSeriesOutlinePaint(0, Color.WHITE);
        r.setSeriesOutlineStroke(0, new BasicStroke(1f));
        r.setSeriesPaint(1, RING);
        r.setSeriesShape(1, new Ellipse2D.Double(-6, -6, 12, 12));
        r.setSeriesShapesFilled(1, false);
        r.setSeriesOutlinePaint(1, RING);
        r.setSeriesOutlineStroke(1, new BasicStroke(2f));
        NumberAxis x = new NumberAxis("x");
        x.setRange(0, 10);
        NumberAxis y = new NumberAxis("y");
        y.setRange(0, 10);
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setBackgroundPaint(Color.WHITE);
        JFreeChart chart = new JFreeChart(plot);
        chart.removeLegend();
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** The largest difference of two pixels' channels. */
    private static int difference(int a, int b) {
        int most = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            most = Math.max(most, Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)));
        }
        return most;
    }
}
