package dev.descent.charts;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * A horizontal arrow on the landscape from the current value of the parameter to where a step would
 * take it, at a fixed height above the current point (below it near the top of the chart), with a
 * short label on the plot's background: "−lr·g" for the gradient's
 * step, "−lr·v" for momentum's. Drawn in screen units for the head and the label, so it reads the same
 * at any zoom; an arrow shorter than its head is drawn as a head alone.
 */
final class StepArrow extends AbstractXYAnnotation {
    private static final double HEAD = 9;
    private final double from;
    private final double to;
    private final double y;
    private final double liftPixels;
    private final String label;
    private final Color colour;
    private final Color labelBackground;

    StepArrow(double from, double to, double y, double liftPixels, String label, Color colour, Color labelBackground) {
        this.labelBackground = labelBackground;
        this.from = from;
        this.to = to;
        this.y = y;
        this.liftPixels = liftPixels;
        this.label = label;
        this.colour = colour;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D area, ValueAxis domain, ValueAxis range, int index,
                     PlotRenderingInfo info) {
        if (!Double.isFinite(from) || !Double.isFinite(to) || !Double.isFinite(y)) {
            return;
        }
        RectangleEdge xEdge = plot.getDomainAxisEdge();
        RectangleEdge yEdge = plot.getRangeAxisEdge();
        double x0 = clamp(domain.valueToJava2D(from, area, xEdge), area.getMinX(), area.getMaxX());
        double x1 = clamp(domain.valueToJava2D(to, area, xEdge), area.getMinX(), area.getMaxX());
        // Above the point, or below it when the point is too near the top: two arrows clamped to the
        // top edge together would lie one on the other.
        double pointY = range.valueToJava2D(y, area, yEdge);
        double above = pointY - liftPixels;
        double py = above >= area.getMinY() + 12 ? above
                : clamp(pointY + liftPixels, area.getMinY() + 12, area.getMaxY() - 6);
        g2.setPaint(colour);
        g2.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double dir = Math.signum(x1 - x0);
        if (dir == 0) {
            return;
        }
        double headBase = Math.abs(x1 - x0) > HEAD ? x1 - dir * HEAD : x0;
        g2.draw(new java.awt.geom.Line2D.Double(x0, py, headBase, py));
        Path2D head = new Path2D.Double();
        head.moveTo(x1, py);
        head.lineTo(x1 - dir * HEAD, py - HEAD / 2);
        head.lineTo(x1 - dir * HEAD, py + HEAD / 2);
        head.closePath();
        g2.fill(head);
        g2.setFont(new Font(ChartStyle.FONT_FAMILY, Font.BOLD, 15));
        var metrics = g2.getFontMetrics();
        int width = metrics.stringWidth(label);
        float tx = (float) (dir > 0 ? x1 + 4 : x1 - 4 - width);
        // On the plot's background: a line behind the label (the dashed optimum, a grid line) must not
        // cross its minus sign, which then reads as a plus.
        g2.setPaint(labelBackground);
        g2.fill(new java.awt.geom.Rectangle2D.Double(tx - 2, py + 5 - metrics.getAscent(), width + 4,
                metrics.getAscent() + metrics.getDescent()));
        g2.setPaint(colour);
        g2.drawString(label, tx, (float) (py + 5));
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
