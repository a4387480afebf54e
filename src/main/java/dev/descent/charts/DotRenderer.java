package dev.descent.charts;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.GraphicsDevice;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Round dots (filled, with an outline, or rings), optionally joined by a line, drawn for speed.
 * {@link XYLineAndShapeRenderer} moves each item's shape into place as a new general path and strokes
 * a line one segment at a time; here a dot is one circle moved into place (no new path per dot), the
 * line one path, a dot outside the plot area or on the very pixel of the dot before it is skipped, and no
 * hit-test entity is kept per dot (nothing in the charts uses them). The legend is the parent's.
 * Series shapes must be centred circles (their bounds give the diameter).
 *
 * <p>Drawing into an image, a dot is stamped: each look (colours, outline, size, scale) is drawn once,
 * anti-aliased, at each of {@value #PHASES}×{@value #PHASES} places within a pixel, and copied to every
 * dot from then on. Filling a small circle costs the rasteriser about as much as a large one, and a fit
 * chart shows up to 4,000 dots each frame; a copy of a few pixels costs a tenth of that. A dot lands
 * within 1/{@value #PHASES} of a pixel of its place, below what the eye can tell. A series of fewer
 * than {@value #STAMPS_FROM} dots (the lectures' three points) is drawn dot by dot, exactly.
 */
final class DotRenderer extends XYLineAndShapeRenderer {
    /** Reused from dot to dot; a copy of the renderer gets its own ({@link #clone}). */
    private Ellipse2D.Double dot = new Ellipse2D.Double();
    private int lastSeries = -1;
    private int lastItem = -2;
    private long lastPixel;
    /** The fewest dots in a series for stamps to be worth it. */
    static final int STAMPS_FROM = 100;
    /** Places within a pixel a stamp is drawn at, across and up. */
    static final int PHASES = 4;
    /** Stamps kept at most: a few looks, each at {@code PHASES²} places. */
    private static final int MOST_STAMPS = 1024;
    /**
     * The stamps drawn so far, for every renderer: charts built afresh for each picture (the compared
     * runs') draw the same looks. A stamp is never changed once made, so any thread may copy it.
     */
    private static final Map<Look, BufferedImage> STAMPED = new ConcurrentHashMap<>();
    /** Whether dots are stamped where they can be (a test draws them one by one to compare). */
    private final boolean stamps;

    /** Dots only. */
    DotRenderer() {
        this(false);
    }

    /** Dots, joined in order by a line when {@code lines}. */
    DotRenderer(boolean lines) {
        this(lines, true);
    }

    /** As above; {@code stamps} false draws every dot by itself. */
    DotRenderer(boolean lines, boolean stamps) {
        super(lines, true);
        this.stamps = stamps;
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
        Paint fill = getItemShapeFilled(series, item)
                ? (getUseFillPaint() ? getItemFillPaint(series, item) : getItemPaint(series, item)) : null;
        Paint outline = getDrawOutlines()
                ? (getUseOutlinePaint() ? getItemOutlinePaint(series, item) : getItemPaint(series, item)) : null;
        Stroke stroke = outline == null ? null : getItemOutlineStroke(series, item);
        if (stamps && dataset.getItemCount(series) >= STAMPS_FROM && stamp(g2, tx, ty, bounds, fill, outline, stroke)) {
            return;
        }
        dot.setFrame(tx + bounds.getX(), ty + bounds.getY(), w, h);
        drawDot(g2, dot, fill, outline, stroke);
    }

    private static void drawDot(Graphics2D g2, Shape dot, Paint fill, Paint outline, Stroke stroke) {
        if (fill != null) {
            g2.setPaint(fill);
            g2.fill(dot);
        }
        if (outline != null) {
            g2.setPaint(outline);
            g2.setStroke(stroke);
            g2.draw(dot);
        }
    }

    /**
     * How one dot looks, at one place within a pixel: a stamp is drawn once for each. The paints and
     * strokes are compared by value (colours and basic strokes are), so equal looks of other charts share.
     */
    private record Look(Paint fill, Paint outline, Stroke stroke, Rectangle2D bounds, double scaleX, double scaleY,
                        int phaseX, int phaseY) {
    }

    /**
     * Copies the stamp of this dot's look, centred on (x, y), when drawing into an image with plain
     * colours and no rotation; returns false (nothing drawn) otherwise.
     */
    private boolean stamp(Graphics2D g2, double x, double y, Rectangle2D bounds, Paint fill, Paint outline,
                          Stroke stroke) {
        AffineTransform t = g2.getTransform();
        if (t.getShearX() != 0 || t.getShearY() != 0 || (fill != null && !(fill instanceof Color))
                || (outline != null && !(outline instanceof Color))
                || g2.getDeviceConfiguration().getDevice().getType() != GraphicsDevice.TYPE_IMAGE_BUFFER) {
            return false;
        }
        double px = t.getScaleX() * x + t.getTranslateX();
        double py = t.getScaleY() * y + t.getTranslateY();
        long cellX = Math.round(px * PHASES);
        long cellY = Math.round(py * PHASES);
        int phaseX = (int) Math.floorMod(cellX, PHASES);
        int phaseY = (int) Math.floorMod(cellY, PHASES);
        Look look = new Look(fill, outline, stroke, bounds, t.getScaleX(), t.getScaleY(), phaseX, phaseY);
        BufferedImage image = STAMPED.get(look);
        if (image == null) {
            if (STAMPED.size() >= MOST_STAMPS) {
                STAMPED.clear();
            }
            image = drawStamp(g2, look);
            STAMPED.put(look, image);
        }
        int half = image.getWidth() / 2;
        g2.setTransform(new AffineTransform());
        try {
            g2.drawImage(image, (int) Math.floorDiv(cellX, PHASES) - half, (int) Math.floorDiv(cellY, PHASES) - half,
                    null);
        } finally {
            g2.setTransform(t);
        }
        return true;
    }

    /** The stamp of {@code look}: the dot drawn as {@code g2} would, its centre at the middle pixel plus the phase. */
    private static BufferedImage drawStamp(Graphics2D g2, Look look) {
        Rectangle2D b = look.bounds();
        double strokeWidth = look.stroke() instanceof java.awt.BasicStroke bs ? bs.getLineWidth() : 2;
        double radius = Math.max(Math.max(Math.abs(b.getMinX()), Math.abs(b.getMaxX())),
                Math.max(Math.abs(b.getMinY()), Math.abs(b.getMaxY())));
        double reach = (radius + strokeWidth) * Math.max(Math.abs(look.scaleX()), Math.abs(look.scaleY()));
        int half = (int) Math.ceil(reach) + 2;
        BufferedImage image = new BufferedImage(2 * half + 1, 2 * half + 1, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D s = image.createGraphics();
        try {
            s.setRenderingHints(g2.getRenderingHints());
            s.translate(half + (double) look.phaseX() / PHASES, half + (double) look.phaseY() / PHASES);
            s.scale(look.scaleX(), look.scaleY());
            drawDot(s, new Ellipse2D.Double(b.getX(), b.getY(), b.getWidth(), b.getHeight()), look.fill(),
                    look.outline(), look.stroke());
        } finally {
            s.dispose();
        }
        return image;
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
