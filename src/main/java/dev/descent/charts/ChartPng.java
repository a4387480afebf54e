package dev.descent.charts;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Charts as PNG files for slides. The charts' text and lines are sized for about
 * {@value #LAYOUT_WIDTH} × {@value #LAYOUT_HEIGHT} pixels; a picture larger both ways is drawn at a
 * size of about that and scaled up, so that on a projected slide the labels grow with the picture
 * instead of shrinking to specks in a wide, empty layout. A picture smaller either way is drawn as it
 * is (a wide, short strip keeps its full height for the plot).
 */
public final class ChartPng {
    /** The width the charts are laid out for; wider pictures scale the layout up. */
    static final double LAYOUT_WIDTH = 1100;
    /** The height the charts are laid out for; taller pictures scale the layout up. */
    static final double LAYOUT_HEIGHT = 690;

    private ChartPng() {
    }

    /** Draws {@code chart} as a {@code width} × {@code height} PNG into {@code out}, which is left open. */
    public static void writePng(OutputStream out, JFreeChart chart, int width, int height) throws IOException {
        ChartUtils.writeBufferedImageAsPNG(out, image(chart, width, height));
        out.flush();
    }

    /** The picture {@link #writePng} writes. */
    static BufferedImage image(JFreeChart chart, int width, int height) {
        double scale = scale(width, height);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        paint(chart, image, width / scale, height / scale, scale, null);
        return image;
    }

    /**
     * Draws {@code chart} laid out at {@code width} × {@code height} into {@code image}, scaled by
     * {@code scale}: the one way Descent draws a chart, for a file and for the window alike. Where the
     * plot and its items went is recorded in {@code info} (null: not recorded).
     */
    public static void paint(JFreeChart chart, BufferedImage image, double width, double height, double scale,
                             ChartRenderingInfo info) {
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.scale(scale, scale);
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height), info);
        } finally {
            g2.dispose();
        }
    }

    /**
     * How much a {@code width} × {@code height} picture scales the layout: by as much as both sides allow,
     * and not at all when either is within the layout's size.
     */
    static double scale(int width, int height) {
        return Math.max(1, Math.min(width / LAYOUT_WIDTH, height / LAYOUT_HEIGHT));
    }
}
