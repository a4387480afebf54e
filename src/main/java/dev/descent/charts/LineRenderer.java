package dev.descent.charts;

import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/**
 * Lines without shapes, each series drawn as one path in a single pass over its items.
 * {@link XYLineAndShapeRenderer} makes a second pass over every item for shapes, item labels and the
 * crosshair, looking the dataset's index up in the plot's map at each one; a line has none of these,
 * and that pass cost as much as the line itself. Shapes must stay off: they would not be drawn.
 */
final class LineRenderer extends XYLineAndShapeRenderer {
    LineRenderer() {
        super(true, false);
        // One path per series rather than a stroke per segment: one shape to fill, and smooth joins.
        setDrawSeriesLineAsPath(true);
    }

    /** The line pass only. */
    @Override
    public int getPassCount() {
        return 1;
    }
}
