package dev.descent.charts;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;

/** A chart drawn headless into an image, with what is needed to find data points in its pixels. */
final class Rendered {
    final BufferedImage image;
    final Rectangle2D dataArea;
    final XYPlot plot;

    private Rendered(BufferedImage image, Rectangle2D dataArea, XYPlot plot) {
        this.image = image;
        this.dataArea = dataArea;
        this.plot = plot;
    }

    static Rendered of(JFreeChart chart, int width, int height) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = chart.createBufferedImage(width, height, info);
        return new Rendered(image, info.getPlotInfo().getDataArea(), chart.getXYPlot());
    }

    /** The pixel column of data value x. */
    double px(double x) {
        ValueAxis axis = plot.getDomainAxis();
        return axis.valueToJava2D(x, dataArea, plot.getDomainAxisEdge());
    }

    /** The pixel row of data value y. */
    double py(double y) {
        ValueAxis axis = plot.getRangeAxis();
        return axis.valueToJava2D(y, dataArea, plot.getRangeAxisEdge());
    }

    /** Whether some pixel within {@code radius} of (x, y) is within {@code tolerance} of {@code colour}. */
    boolean hasColourNear(double x, double y, int radius, Color colour, int tolerance) {
        int cx = (int) Math.round(x);
        int cy = (int) Math.round(y);
        for (int dy = -radius; dy <= radius; dy++) {
            for (int dx = -radius; dx <= radius; dx++) {
                int px = cx + dx;
                int py = cy + dy;
                if (px >= 0 && py >= 0 && px < image.getWidth() && py < image.getHeight()
                        && distance(new Color(image.getRGB(px, py)), colour) <= tolerance) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many pixels of the whole image are within {@code tolerance} of {@code colour}. */
    int countColour(Color colour, int tolerance) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (distance(new Color(image.getRGB(x, y)), colour) <= tolerance) {
                    n++;
                }
            }
        }
        return n;
    }

    int distinctColours() {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                seen.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return seen.size();
    }

    static int distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue());
    }
}
