package dev.descent.charts;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;

import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;

/**
 * Round dots (filled, with an outline, or rings), optionally joined by a line, drawn for speed.
 * {@link XYLineAndShapeRenderer} moves each item's shape into place as a new general path and strokes
 * a line one segment at a time; here a dot is one circle moved into place (no new path per dot), the
 * line one path, a dot outside the plot area or on the very pixel of the dot before it is skipped, and no
 * hit-test entity is kept per dot (nothing in the charts uses them). The legend is the parent's.
 * Series shapes must be centred circles (their bounds give the diameter).
 */
final class DotRenderer extends XYLineAndShapeRenderer {
    /** Reused from dot to dot; a copy of the renderer gets its own ({@link #clone}). */
    private Ellipse2D.Double dot = new Ellipse2D.Double();
    private int lastSeries = -1;
    private int lastItem = -2;
    private long lastPixel;

    /** Dots only. */
    DotRenderer() {
        this(false);
    }

    /** Dots, joined in order by a line when {@code lines}. */
    DotRenderer(boolean lines) {
        super(lines, true);
        setDrawSeriesLineAsPath(true);
    }

    @Override
    protected void drawSecondaryPass(Graphics2D g2, XYPlot plot, XYDataset dataset, int pass, int series, int item,
                                     ValueAxis domainAxis, Rectangle2D dataArea, ValueAxis rangeAxis,
                                     CrosshairState crosshairState, EntityCollection entities) {
        if (!getItemShapeVisible(series, item)) {
            return;
        }
        double x = dataset.getXValue(series, item);
        double y = dataset.getYValue(series, item);
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return;
        }
        double tx = domainAxis.valueToJava2D(x, dataArea, plot.getDomainAxisEdge());
        double ty = rangeAxis.valueToJava2D(y, dataArea, plot.getRangeAxisEdge());
        if (plot.getOrientation() == PlotOrientation.HORIZONTAL) {
            double t = tx;
            tx = ty;
            ty = t;
        }
        Shape shape = getItemShape(series, item);
        Rectangle2D bounds = shape.getBounds2D();
        double w = bounds.getWidth();
        double h = bounds.getHeight();
        if (tx < dataArea.getMinX() - w || tx > dataArea.getMaxX() + w
                || ty < dataArea.getMinY() - h || ty > dataArea.getMaxY() + h) {
            return;
        }
        // A run that has converged piles hundreds of dots on one pixel: draw that dot once.
        long pixel = (Math.round(tx * 2) << 32) ^ (Math.round(ty * 2) & 0xffffffffL);
        boolean same = series == lastSeries && item == lastItem + 1 && pixel == lastPixel;
        lastSeries = series;
        lastItem = item;
        lastPixel = pixel;
        if (same) {
            return;
        }
        dot.setFrame(tx + bounds.getX(), ty + bounds.getY(), w, h);
        if (getItemShapeFilled(series, item)) {
            g2.setPaint(getUseFillPaint() ? getItemFillPaint(series, item) : getItemPaint(series, item));
            g2.fill(dot);
        }
        if (getDrawOutlines()) {
            Paint outline = getUseOutlinePaint() ? getItemOutlinePaint(series, item) : getItemPaint(series, item);
            g2.setPaint(outline);
            g2.setStroke(getItemOutlineStroke(series, item));
            g2.draw(dot);
        }
    }

    /**
     * A copy with its own dot and its own memory of the last one: a chart copied for a file is drawn on
     * another thread than the chart it was copied from.
     */
    @Override
    public Object clone() throws CloneNotSupportedException {
        DotRenderer copy = (DotRenderer) super.clone();
        copy.dot = new Ellipse2D.Double();
        copy.lastSeries = -1;
        copy.lastItem = -2;
        return copy;
    }
}
