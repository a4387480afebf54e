package dev.descent.charts;

import dev.descent.core.Format;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;

/**
 * The look of every chart, in one place: made for slides and a classroom projector. Large sans-serif
 * text, a white background with a light grid, thick lines, and the Okabe–Ito colours, which stay
 * distinct for colour-blind viewers and on washed-out projectors. Also the texts of titles, axes and
 * legends, so that the charts, the app and the tests name things the same way.
 */
public final class ChartStyle {
    private ChartStyle() {
    }

    // ---- text -------------------------------------------------------------------------------------
    public static final String FONT_FAMILY = Font.SANS_SERIF;
    public static final Font TITLE_FONT = new Font(FONT_FAMILY, Font.BOLD, 28);
    public static final Font SUBTITLE_FONT = new Font(FONT_FAMILY, Font.PLAIN, 19);
    public static final Font AXIS_LABEL_FONT = new Font(FONT_FAMILY, Font.BOLD, 22);
    public static final Font TICK_LABEL_FONT = new Font(FONT_FAMILY, Font.PLAIN, 19);
    public static final Font LEGEND_FONT = new Font(FONT_FAMILY, Font.PLAIN, 20);
    public static final Font MARKER_FONT = new Font(FONT_FAMILY, Font.PLAIN, 18);

    // ---- colours (Okabe & Ito, "Color Universal Design") ------------------------------------------
    public static final Color BACKGROUND = Color.WHITE;
    public static final Color TEXT = new Color(0x20, 0x20, 0x20);
    public static final Color SUBTLE_TEXT = new Color(0x55, 0x55, 0x55);
    public static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    public static final Color AXIS_LINE = new Color(0x66, 0x66, 0x66);
    public static final Color BLUE = new Color(0x00, 0x72, 0xB2);
    public static final Color VERMILLION = new Color(0xD5, 0x5E, 0x00);
    public static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);
    public static final Color GREEN = new Color(0x00, 0x9E, 0x73);
    public static final Color PURPLE = new Color(0xCC, 0x79, 0xA7);
    public static final Color GREY = new Color(0x88, 0x88, 0x88);
    /** Behind marker labels: white, slightly see-through, so that grid lines do not cut the text. */
    public static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 220);
    /** Notes that something left the chart. */
    public static final Color WARNING_TEXT = VERMILLION;

    public static final Color DATA_COLOR = BLUE;
    public static final Color MODEL_COLOR = VERMILLION;
    public static final Color BATCH_COLOR = GREEN;
    public static final Color COST_COLOR = BLUE;
    public static final Color EPOCH_MARKER_COLOR = VERMILLION;
    public static final Color CURVE_COLOR = BLUE;
    public static final Color PATH_COLOR = ORANGE;
    public static final Color CURRENT_COLOR = VERMILLION;
    public static final Color TANGENT_COLOR = GREEN;
    public static final Color OPTIMUM_COLOR = GREY;

    /**
     * The colours of compared runs, in order: blue, vermillion, bluish green and reddish purple, four
     * Okabe–Ito colours that colour-blind viewers tell apart. Each run also gets its own line pattern
     * ({@link #RUN_STROKES}), so that the runs stay apart in a greyscale print too.
     */
    public static final java.util.List<Color> RUN_COLORS = java.util.List.of(BLUE, VERMILLION, GREEN, PURPLE);
    /** Earlier runs kept for comparison ("ghosts"): faded grey, so the live run stays in front. */
    public static final Color GHOST_COLOR = new Color(0x80, 0x80, 0x80, 0x90);
    public static final Stroke GHOST_LINE = new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {8f, 5f}, 0f);
    /** The most ghosts a chart shows. */
    public static final int MAX_GHOSTS = 3;

    /** Dark grey data dots when several runs' lines are drawn in colour over them. */
    public static final Color COMPARE_DATA_COLOR = new Color(0x44, 0x44, 0x44);
    /** The landscape's curve when several runs' paths are drawn on it. */
    public static final Color COMPARE_CURVE_COLOR = new Color(0xAA, 0xAA, 0xAA);

    // ---- strokes and shapes -----------------------------------------------------------------------
    public static final Stroke THICK_LINE = new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final Stroke MEDIUM_LINE = new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final Stroke THIN_LINE = new BasicStroke(1.5f);
    public static final Stroke GRID_LINE = new BasicStroke(1f);
    public static final Stroke DASHED_LINE = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {10f, 7f}, 0f);
    /** The line patterns of compared runs: solid, long dashes, short dashes, dash-dot. */
    public static final java.util.List<Stroke> RUN_STROKES = java.util.List.of(
            THICK_LINE,
            new BasicStroke(4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {16f, 8f}, 0f),
            new BasicStroke(4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 6f}, 0f),
            new BasicStroke(4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {16f, 6f, 4f, 6f}, 0f));
    public static final Shape DATA_DOT = circle(13);
    public static final Shape BATCH_RING = circle(26);
    public static final Shape PATH_DOT = circle(9);
    public static final Shape CURRENT_DOT = circle(22);

    // ---- words ------------------------------------------------------------------------------------
    public static final String FIT_X_LABEL = "x";
    public static final String FIT_Y_LABEL = "y";
    public static final String DATA_LEGEND = "data";
    public static final String MODEL_LEGEND = "model";
    public static final String BATCH_LEGEND = "current batch";
    public static final String COST_TITLE = "Cost per epoch";
    public static final String EPOCH_LABEL = "epoch";
    public static final String COST_LABEL = "cost (MSE)";
    public static final String COST_LOG_LABEL = "cost (MSE, log scale)";
    public static final String COST_LEGEND = "cost";
    public static final String LANDSCAPE_COST_LABEL = "cost";
    public static final String PATH_LEGEND = "path";
    public static final String CURRENT_LEGEND = "current";
    public static final String TANGENT_LEGEND = "tangent (slope = gradient)";
    /** The legend entry every ghost (earlier run) shares when there are several. */
    public static final String GHOSTS_LEGEND = "earlier runs";

    /** "Cost as a function of w". */
    public static String landscapeTitle(String parameter) {
        return "Cost as a function of " + parameter;
    }

    /** "cost(w)". */
    public static String curveLegend(String parameter) {
        return "cost(" + parameter + ")";
    }

    /** "w* = 2.00", the least-squares value's label on a chart. */
    public static String optimumLabel(String parameter, double value) {
        // Short enough to fit beside the line in a quarter-window chart; the notes under the charts
        // say that the starred value is the least-squares one.
        return parameter + "* = " + Format.sig3(value);
    }

    /** The colour of compared run {@code i} (0-based; wraps around after four). */
    public static Color runColor(int i) {
        return RUN_COLORS.get(Math.floorMod(i, RUN_COLORS.size()));
    }

    /** The line pattern of compared run {@code i}. */
    public static Stroke runStroke(int i) {
        return RUN_STROKES.get(Math.floorMod(i, RUN_STROKES.size()));
    }

    // ---- builders ---------------------------------------------------------------------------------

    /** A circle of the given diameter centred on the origin, as renderers expect item shapes. */
    public static Shape circle(double diameter) {
        return new Ellipse2D.Double(-diameter / 2, -diameter / 2, diameter, diameter);
    }

    /** The line drawn beside a line series' name in the legend: long enough to see its colour. */
    public static Shape legendLine() {
        return new Line2D.Double(-18, 0, 18, 0);
    }

    /** Styles an axis: large bold label, large tick labels, grey lines. */
    public static <A extends ValueAxis> A axis(A axis) {
        axis.setLabelFont(AXIS_LABEL_FONT);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(TICK_LABEL_FONT);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(AXIS_LINE);
        axis.setTickMarkPaint(AXIS_LINE);
        axis.setLabelInsets(new RectangleInsets(6, 6, 6, 6));
        if (axis instanceof NumberAxis n) {
            n.setAutoRangeIncludesZero(false);
        }
        return axis;
    }

    /** Styles a plot: white, light grid, no outline. */
    public static XYPlot plot(XYPlot plot) {
        plot.setBackgroundPaint(BACKGROUND);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(GRID_LINE);
        plot.setRangeGridlineStroke(GRID_LINE);
        plot.setOutlineVisible(false);
        plot.setDomainZeroBaselineVisible(false);
        plot.setRangeZeroBaselineVisible(false);
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        plot.setInsets(new RectangleInsets(8, 8, 8, 24));
        return plot;
    }

    /** A chart around a styled plot, with a big title, antialiasing and the legend at the top right. */
    public static JFreeChart chart(String title, XYPlot plot) {
        JFreeChart chart = new JFreeChart(title, TITLE_FONT, plot, false);
        FoldingLegend folding = new FoldingLegend(plot);
        folding.setMargin(new RectangleInsets(1, 1, 1, 1));
        chart.addLegend(folding);
        chart.setBackgroundPaint(BACKGROUND);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.getRenderingHints().put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        chart.setPadding(new RectangleInsets(12, 12, 12, 12));
        TextTitle t = chart.getTitle();
        t.setPaint(TEXT);
        t.setMargin(new RectangleInsets(4, 0, 6, 0));
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(LEGEND_FONT);
        legend.setItemPaint(TEXT);
        legend.setBackgroundPaint(BACKGROUND);
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.TOP);
        legend.setItemLabelPadding(new RectangleInsets(2, 6, 2, 18));
        return chart;
    }

    /**
     * Stops the chart's renderers from recording an entity (a hit area with its tooltip) for every item
     * they draw. Descent never asks which item is under the mouse: the readouts work from the axes. On
     * screen those entities, one per data point and per cost point, were a third of each redraw.
     */
    public static void withoutItemEntities(JFreeChart chart) {
        XYPlot plot = chart.getXYPlot();
        for (int i = 0; i < plot.getRendererCount(); i++) {
            org.jfree.chart.renderer.xy.XYItemRenderer r = plot.getRenderer(i);
            if (r != null) {
                r.setDefaultCreateEntities(false, false);
            }
        }
    }

    /** How much smaller {@link #setCompact} makes the text. */
    public static final float COMPACT_SCALE = 0.68f;

    /**
     * Projector-sized text ({@code compact} false), or text scaled by {@link #COMPACT_SCALE} for a chart
     * that has only a quarter of a small window ({@link #setTextScale}).
     */
    public static void setCompact(JFreeChart chart, boolean compact, org.jfree.chart.plot.Marker... markers) {
        setTextScale(chart, compact ? COMPACT_SCALE : 1f, markers);
    }

    /**
     * The chart's text at {@code k} times its full, projector size ({@link ChartFit#textScale} chooses k
     * for a place): titles, notes, legend, axis labels and ticks alike, and the gaps around them, so
     * the plot keeps most of the room; {@code markers} are the chart's markers, shown or not. Fires one
     * change.
     */
    public static void setTextScale(JFreeChart chart, float k, org.jfree.chart.plot.Marker... markers) {
        Charts.once(chart, () -> {
            java.util.List<org.jfree.chart.plot.Marker> all = java.util.List.of(markers);
            for (org.jfree.chart.plot.Marker m : all) {
                m.setLabelFont(MARKER_FONT.deriveFont(MARKER_FONT.getSize2D() * k));
            }
            chart.getTitle().setFont(TITLE_FONT.deriveFont(TITLE_FONT.getSize2D() * k));
            // Gaps shrink faster than the text (k²), so that a small place gives its room to the plot.
            float g = k * k;
            chart.getTitle().setMargin(new RectangleInsets(4 * g, 0, 6 * g, 0));
            chart.setPadding(new RectangleInsets(12 * g, 12 * g, 12 * g, 12 * g));
            for (int i = 0; i < chart.getSubtitleCount(); i++) {
                if (chart.getSubtitle(i) instanceof TextTitle t) {
                    t.setFont(SUBTITLE_FONT.deriveFont(SUBTITLE_FONT.getSize2D() * k));
                } else if (chart.getSubtitle(i) instanceof LegendTitle l) {
                    l.setItemFont(LEGEND_FONT.deriveFont(LEGEND_FONT.getSize2D() * k));
                    l.setItemLabelPadding(new RectangleInsets(2 * k, 6 * k, 2 * k, 18 * k));
                } else if (chart.getSubtitle(i) instanceof org.jfree.chart.title.PaintScaleLegend bar) {
                    scaleAxis(bar.getAxis(), k);
                }
            }
            XYPlot plot = chart.getXYPlot();
            plot.setInsets(new RectangleInsets(8 * g, 8 * g, 8 * g, 24 * g));
            for (int i = 0; i < plot.getDomainAxisCount(); i++) {
                scaleAxis(plot.getDomainAxis(i), k);
            }
            for (int i = 0; i < plot.getRangeAxisCount(); i++) {
                scaleAxis(plot.getRangeAxis(i), k);
            }
        });
    }

    /**
     * {@link #setTextScale} with every domain marker on the plot too: for a chart built for the screen
     * alone (the compared runs'), whose markers no copy shares. (A chart's copy for export shares its
     * markers with the chart on screen, so the copy's text is set without them.)
     */
    public static void setTextScaleWithMarkers(JFreeChart chart, float k) {
        java.util.List<org.jfree.chart.plot.Marker> all = new java.util.ArrayList<>();
        for (org.jfree.chart.ui.Layer layer : new org.jfree.chart.ui.Layer[] {org.jfree.chart.ui.Layer.FOREGROUND,
                org.jfree.chart.ui.Layer.BACKGROUND}) {
            java.util.Collection<?> onPlot = chart.getXYPlot().getDomainMarkers(layer);
            for (Object m : onPlot == null ? java.util.List.of() : onPlot) {
                all.add((org.jfree.chart.plot.Marker) m);
            }
        }
        setTextScale(chart, k, all.toArray(org.jfree.chart.plot.Marker[]::new));
    }

    /** Small or full-size text on one axis, for an axis that is not in its plot at the moment. */
    public static void setCompact(org.jfree.chart.axis.ValueAxis axis, boolean compact) {
        scaleAxis(axis, compact ? COMPACT_SCALE : 1f);
    }

    /** Text at {@code k} times full size on one axis, for an axis that is not in its plot at the moment. */
    public static void setTextScale(org.jfree.chart.axis.ValueAxis axis, float k) {
        scaleAxis(axis, k);
    }

    private static void scaleAxis(org.jfree.chart.axis.ValueAxis axis, float k) {
        if (axis != null) {
            axis.setLabelFont(AXIS_LABEL_FONT.deriveFont(AXIS_LABEL_FONT.getSize2D() * k));
            axis.setTickLabelFont(TICK_LABEL_FONT.deriveFont(TICK_LABEL_FONT.getSize2D() * k));
            axis.setLabelInsets(new RectangleInsets(6 * k, 6 * k, 6 * k, 6 * k));
        }
    }

    /** How much thicker presentation mode draws the charts' lines. */
    public static final float PRESENTATION_LINES = 1.5f;

    /**
     * Every series' line {@code k} times as thick as the chart was built with (dashes lengthened alike),
     * for presentation mode; 1 puts the built lines back. Fires one change.
     */
    public static void setLineScale(JFreeChart chart, float k) {
        Charts.once(chart, () -> {
            XYPlot plot = chart.getXYPlot();
            for (int i = 0; i < plot.getRendererCount(); i++) {
                org.jfree.chart.renderer.xy.XYItemRenderer r = plot.getRenderer(i);
                int series = r == null || plot.getDataset(i) == null ? 0 : plot.getDataset(i).getSeriesCount();
                for (int s = 0; s < series; s++) {
                    if (r.getSeriesStroke(s) instanceof BasicStroke now) {
                        BasicStroke base = now instanceof WideStroke w ? w.base : now;
                        r.setSeriesStroke(s, k == 1f ? base : new WideStroke(base, k), false);
                    }
                }
            }
        });
    }

    /** A stroke widened from the one a chart was built with, which it keeps to go back to. */
    private static final class WideStroke extends BasicStroke {
        private final BasicStroke base;

        WideStroke(BasicStroke base, float k) {
            super(base.getLineWidth() * k, base.getEndCap(), base.getLineJoin(), base.getMiterLimit(),
                    scaled(base.getDashArray(), k), base.getDashPhase() * k);
            this.base = base;
        }

        private static float[] scaled(float[] dashes, float k) {
            if (dashes == null) {
                return null;
            }
            float[] out = dashes.clone();
            for (int i = 0; i < out.length; i++) {
                out[i] *= k;
            }
            return out;
        }
    }

    /** A one-line note under the title; hidden until it has text. */
    public static TextTitle subtitle() {
        TextTitle s = new TextTitle("", SUBTITLE_FONT);
        s.setPaint(SUBTLE_TEXT);
        s.setPosition(RectangleEdge.TOP);
        s.setMargin(new RectangleInsets(0, 0, 4, 0));
        s.setVisible(false);
        return s;
    }

    /** A note under the title in the warning colour, hidden until it has text. */
    public static TextTitle warning() {
        TextTitle s = subtitle();
        s.setPaint(WARNING_TEXT);
        return s;
    }

    /** A vertical marker line with a label at its top. */
    public static ValueMarker marker(Color color, Stroke stroke) {
        ValueMarker m = new ValueMarker(0, color, stroke);
        m.setLabelFont(MARKER_FONT);
        m.setLabelPaint(color.darker());
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        m.setLabelOffset(new RectangleInsets(6, 6, 6, 6));
        m.setLabelBackgroundColor(LABEL_BACKGROUND);
        return m;
    }
}
