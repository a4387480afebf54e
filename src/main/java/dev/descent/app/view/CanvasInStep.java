package dev.descent.app.view;

import org.jfree.chart.ChartPanel;
import org.jfree.chart.event.OverlayChangeListener;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.overlay.OverlayFX;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;

/**
 * Keeps a chart canvas's Graphics2D in step with the canvas it draws on, from one draw to the next.
 *
 * <p>The canvas wraps each chart draw in a save and restore of its own drawing state, so after a draw
 * the line width, colour and font go back to what they were before it. The Graphics2D in front of the
 * canvas does not see that: it still remembers the last stroke, paint and font set during the draw and
 * skips setting them again when asked for the same. The first thing the next draw asks for with the
 * stroke the last one ended with came out with the restored width: a compared run's solid legend line
 * drawn one pixel thin. Painted after every draw (outside the save and restore), this sets a stroke and
 * a paint no chart uses, so the next draw's own settings always reach the canvas. The font is left: a
 * draw starts with its title's font, which no other text of a chart uses, so it is always set anew, and
 * setting a font costs a font lookup each time.
 */
public final class CanvasInStep implements OverlayFX {
    /** No chart draws with these: setting them is never skipped, and setting anything else after is not either. */
    private static final BasicStroke UNUSED_STROKE = new BasicStroke(0.37f);
    private static final Color UNUSED_PAINT = new Color(1, 2, 3, 4);

    private CanvasInStep() {
    }

    /** Adds the overlay to each viewer's canvas. */
    public static void keep(ChartViewer... viewers) {
        for (ChartViewer v : viewers) {
            v.getCanvas().addOverlay(new CanvasInStep());
        }
    }

    @Override
    public void paintOverlay(Graphics2D g2, ChartCanvas chartCanvas) {
        g2.setStroke(UNUSED_STROKE);
        g2.setPaint(UNUSED_PAINT);
    }

    @Override
    public void paintOverlay(Graphics2D g2, ChartPanel chartPanel) {
        // Only on the JavaFX canvas.
    }

    @Override
    public void addChangeListener(OverlayChangeListener listener) {
        // Never changes: nothing to tell.
    }

    @Override
    public void removeChangeListener(OverlayChangeListener listener) {
    }
}
