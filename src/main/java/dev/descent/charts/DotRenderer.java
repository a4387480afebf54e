package dev.descent.charts;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;

import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;

/**
 * Round dots (filled, with an outline, or rings), drawn as ellipses rather than as general shapes.
 * {@link XYLineAndShapeRenderer} moves each item's shape into place as a new general path, which the
 * JavaFX canvas then has to take apart segment by segment; an ellipse goes to the canvas as one
 * {@code fillOval}, and to an image as the same circle. A dot outside the plot area is not drawn, and no
 * hit-test entity is kept per dot (nothing in the charts uses them). The legend is the parent's.
 * Series shapes must be centred circles (their bounds give the diameter).
 */
final class DotRenderer extends XYLineAndShapeRenderer {
    private final Ellipse2D.Double dot = new Ellipse2D.Double();

    DotRenderer() {
        super(false, true);
    }

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                         XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series,
                         int item, CrosshairState crosshairState, int pass) {
        if (!isItemPass(pass) || !getItemVisible(series, item)) {
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
        dot.setFrame(tx + bounds.getX(), ty + bounds.getY(), w, h);
        if (getItemShapeFilled(series, item)) {
            g2.setPaint(getUseFillPaint() ? getItemFillPaint(series, item) : getItemPaint(series, item));
            g2.fill(dot);
        }
        if (getDrawOutlines()) {
            Paint outline = getUseOutlinePaint() ? getItemOutlinePaint(series, item) : getItemPaint(series, item);
            Stroke stroke = getItemOutlineStroke(series, item);
            g2.setPaint(outline);
            g2.setStroke(stroke);
            g2.draw(dot);
        }
    }
}
