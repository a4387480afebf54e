package dev.descent.charts;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;

/**
 * Lines without shapes, each series drawn as one path in a single pass over its items.
 * {@link XYLineAndShapeRenderer} makes a second pass over every item for shapes, item labels and the
 * crosshair, looking the dataset's index up in the plot's map at each one; a line has none of these,
 * and that pass cost as much as the line itself. Shapes must stay off: they would not be drawn.
 *
 * <p>The path leaves out a point that is within half a pixel of the last one it kept, across and up
 * (the pixels of the picture, after its scale). Such a point cannot move the line by more than that,
 * and a long run's cost curve has thousands of them: two thousand epochs on a chart a few hundred
 * pixels wide, stroked thick and dashed, cost the rasteriser five times what the eye can see. The last
 * point before a gap or the end is always kept, so the line ends where the data does.
 */
final class LineRenderer extends XYLineAndShapeRenderer {
    /** Points nearer than this to the last one kept, in pixels of the picture, are left out. */
    static final double LEFT_OUT_PIXELS = 0.5;
    /** Points in the last series path drawn (tests read it). */
    private int lastPathPoints;

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

    /** What a series path remembers while it is built: the last point kept, and the last one left out. */
    static final class PathState extends State {
        private double keptX;
        private double keptY;
        private boolean leftOut;
        private float leftOutX;
        private float leftOutY;
        private double near = LEFT_OUT_PIXELS;
        private int points;

        PathState(PlotRenderingInfo info) {
            super(info);
        }

        @Override
        public void startSeriesPass(XYDataset dataset, int series, int firstItem, int lastItem, int pass,
                                    int passCount) {
            leftOut = false;
            points = 0;
            super.startSeriesPass(dataset, series, firstItem, lastItem, pass, passCount);
        }
    }

    @Override
    public XYItemRendererState initialise(Graphics2D g2, Rectangle2D dataArea, XYPlot plot, XYDataset data,
                                          PlotRenderingInfo info) {
        PathState state = new PathState(info);
        state.seriesPath.reset();
        AffineTransform t = g2.getTransform();
        double scale = Math.max(Math.hypot(t.getScaleX(), t.getShearY()), Math.hypot(t.getShearX(), t.getScaleY()));
        state.near = scale > 0 ? LEFT_OUT_PIXELS / scale : LEFT_OUT_PIXELS;
        return state;
    }

    @Override
    protected void drawPrimaryLineAsPath(XYItemRendererState state, Graphics2D g2, XYPlot plot, XYDataset dataset,
                                         int pass, int series, int item, ValueAxis domainAxis, ValueAxis rangeAxis,
                                         Rectangle2D dataArea) {
        PathState s = (PathState) state;
        double tx = domainAxis.valueToJava2D(dataset.getXValue(series, item), dataArea, plot.getDomainAxisEdge());
        double ty = rangeAxis.valueToJava2D(dataset.getYValue(series, item), dataArea, plot.getRangeAxisEdge());
        if (Double.isNaN(tx) || Double.isNaN(ty)) {
            keepLeftOut(s);
            s.setLastPointGood(false);
        } else {
            float x = (float) (plot.getOrientation() == PlotOrientation.HORIZONTAL ? ty : tx);
            float y = (float) (plot.getOrientation() == PlotOrientation.HORIZONTAL ? tx : ty);
            if (!s.isLastPointGood()) {
                s.seriesPath.moveTo(x, y);
                keep(s, x, y);
            } else if (Math.abs(x - s.keptX) < s.near && Math.abs(y - s.keptY) < s.near) {
                s.leftOut = true;
                s.leftOutX = x;
                s.leftOutY = y;
            } else {
                s.seriesPath.lineTo(x, y);
                keep(s, x, y);
            }
            s.setLastPointGood(true);
        }
        if (item == s.getLastItemIndex()) {
            keepLeftOut(s);
            lastPathPoints = s.points;
            drawFirstPassShape(g2, pass, series, item, s.seriesPath);
        }
    }

    private static void keep(PathState s, float x, float y) {
        s.keptX = x;
        s.keptY = y;
        s.leftOut = false;
        s.points++;
    }

    /** Ends the line where the data does: the last point, if it was left out, goes in after all. */
    private static void keepLeftOut(PathState s) {
        if (s.leftOut) {
            s.seriesPath.lineTo(s.leftOutX, s.leftOutY);
            keep(s, s.leftOutX, s.leftOutY);
        }
    }

    /** The number of points in the last series path drawn. */
    int lastPathPoints() {
        return lastPathPoints;
    }
}
