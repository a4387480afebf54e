package dev.descent.charts;

import dev.descent.io.AtomicFiles;
import dev.descent.io.DataFileException;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * Charts as PNG files for slides. The charts' text and lines are sized for a window about
 * {@value #LAYOUT_WIDTH} pixels wide; a larger picture is drawn at that size and scaled up, so that
 * on a projected slide the labels grow with the picture instead of shrinking to specks in a wide,
 * empty layout. Smaller pictures are drawn as they are.
 */
public final class ChartPng {
    /** The width the charts are laid out for; wider pictures scale the layout up. */
    static final double LAYOUT_WIDTH = 1100;

    private ChartPng() {
    }

    /** Writes {@code chart} as a {@code width} × {@code height} PNG, whole or not at all. */
    public static void write(Path file, JFreeChart chart, int width, int height) throws DataFileException {
        AtomicFiles.write(file, out -> ChartUtils.writeBufferedImageAsPNG(out, image(chart, width, height)));
    }

    /** The picture {@link #write} writes. */
    static BufferedImage image(JFreeChart chart, int width, int height) {
        double scale = scale(width);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.scale(scale, scale);
            chart.draw(g2, new Rectangle2D.Double(0, 0, width / scale, height / scale));
        } finally {
            g2.dispose();
        }
        return image;
    }

    /** How much a picture {@code width} pixels wide scales the layout: 1 up to {@link #LAYOUT_WIDTH}. */
    static double scale(int width) {
        return Math.max(1, width / LAYOUT_WIDTH);
    }
}
