package dev.descent.charts;

import dev.descent.core.Format;
import dev.descent.core.analysis.CostSurface;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.xy.AbstractXYZDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.Serial;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The cost over two parameters as a heat map seen from above: cost(w, b) for the affine model, or any
 * two of a, b, c for the quadratic with the third held. The colour is the cost on a log scale (lighter
 * is lower, see {@link CostColours}) with a colour bar beside it, thin lines join points of equal cost
 * at the values labelled on the bar, a star marks the least-squares optimum, and each run draws the
 * path of the points it visited, its current point large. This is Distill's "Why Momentum Really
 * Works" picture, live.
 *
 * <p>Two speeds of update. {@link #setSurface} (new data or a new held value) builds the slice once in
 * O(N); from then on the grid of {@value #COLUMNS}×{@value #ROWS} cells costs a handful of
 * multiplications per cell and is recomputed only when the view changes. {@link #setPath} per frame
 * touches only the path, the points and the view. The view is chosen by {@link SurfaceRange}: the
 * valley around the start, widened for the path up to a cap, so a diverging run cannot blow the axes up.
 *
 * <p>{@link #startAt} and {@link #dataAt} turn a click into a start point. Use from one thread at a
 * time; every update method causes at most one chart change event.
 */
public final class SurfaceChart {
    /** Grid cells across and up. */
    public static final int COLUMNS = 120;
    public static final int ROWS = 80;
    /** Runs drawn at once (compare mode's four, plus faded earlier runs). */
    public static final int MAX_RUNS = 8;
    /** The default colours of runs 0, 1, 2, …: Okabe–Ito hues that stand out on the blue-white surface. */
    public static final Color[] RUN_COLOURS = {ChartStyle.VERMILLION, ChartStyle.TEXT, ChartStyle.GREEN,
            ChartStyle.ORANGE, ChartStyle.PURPLE, ChartStyle.GREY, ChartStyle.BLUE, Color.BLACK};
    public static final Color OPTIMUM_COLOUR = Color.BLACK;
    public static final Color HALO = Color.WHITE;
    /** Equal-cost lines: dark, mostly transparent, so that they read on the light and the dark end. */
    public static final Color CONTOUR_COLOUR = new Color(0x10, 0x18, 0x30, 110);
    public static final String COLOUR_BAR_LABEL = "cost (MSE, log scale)";
    public static final String OPTIMUM_LEGEND = "least-squares optimum";
    public static final String SLICE_BOTTOM_LEGEND = "lowest point of this slice";
    public static final String START_LEGEND = "start";
    public static final String OUTSIDE_WARNING = "A run has left the picture: its steps grow instead of shrinking";

    private static final int GRID = 0;
    private static final int CONTOURS = 1;
    private static final int PATHS = 2;
    private static final int CURRENT = 3;
    /** On top of everything: the star must stay visible when runs arrive at the optimum. */
    private static final int MARKS = 4;

    private static final Stroke HALO_LINE = new BasicStroke(5.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke CONTOUR_LINE = new BasicStroke(1.3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Shape STAR = star(30);
    private static final Shape START_RING = ChartStyle.circle(16);
    private static final Shape PATH_DOT = ChartStyle.circle(8);
    private static final Shape CURRENT_DOT = ChartStyle.circle(20);

    private final int columns;
    private final int rows;
    private final GridDataset grid = new GridDataset();
    private final SegmentDataset contours = new SegmentDataset();
    private final ArrayXYDataset paths;
    private final ArrayXYDataset marks = new ArrayXYDataset("optimum", "start");
    private final ArrayXYDataset current;
    private final XYBlockRenderer gridRenderer = new CrispBlocks();
    private final XYLineAndShapeRenderer pathRenderer = new XYLineAndShapeRenderer(true, true);
    private final XYLineAndShapeRenderer markRenderer = new XYLineAndShapeRenderer(false, true);
    private final XYLineAndShapeRenderer currentRenderer = new XYLineAndShapeRenderer(false, true);
    private final NumberAxis acrossAxis;
    private final NumberAxis upAxis;
    private final CostBarAxis barAxis = new CostBarAxis();
    private final PaintScaleLegend colourBar;
    private final XYTextAnnotation optimumLabel = new InsideLabel();
    private final TextTitle subtitle = ChartStyle.subtitle();
    private final TextTitle warning = ChartStyle.warning();
    private final XYPlot plot;
    private final JFreeChart chart;

    private final String[] runLabels = new String[MAX_RUNS];
    private final Color[] runColours = RUN_COLOURS.clone();
    private final double[][] runXs = new double[MAX_RUNS][0];
    private final double[][] runYs = new double[MAX_RUNS][0];
    private final int[] runCounts = new int[MAX_RUNS];

    private CostSurface surface;
    private CostSurface.Grid costs;
    private double[] levels = new double[0];
    private double startX = Double.NaN;
    private double startY = Double.NaN;
    private Span xView = LandscapeRange.DEFAULT;
    private Span yView = LandscapeRange.DEFAULT;
    private boolean labelShown;
    private String note;

    public SurfaceChart() {
        this(COLUMNS, ROWS);
    }

    /** A chart whose grid has the given number of cells across and up (at least 2 each). */
    public SurfaceChart(int columns, int rows) {
        if (columns < 2 || rows < 2) {
            throw new IllegalArgumentException("a surface grid needs at least 2×2 cells; got " + columns + "×" + rows);
        }
        this.columns = columns;
        this.rows = rows;
        String[] pathKeys = new String[2 * MAX_RUNS];
        String[] currentKeys = new String[MAX_RUNS];
        for (int k = 0; k < MAX_RUNS; k++) {
            pathKeys[2 * k] = "halo " + k;
            pathKeys[2 * k + 1] = "run " + k;
            currentKeys[k] = "current " + k;
        }
        paths = new ArrayXYDataset(pathKeys);
        current = new ArrayXYDataset(currentKeys);

        acrossAxis = ViewAxes.linear("w", () -> xView);
        upAxis = ViewAxes.linear("b", () -> yView);
        gridRenderer.setPaintScale(new CostColours(0, 1));
        plot = ChartStyle.plot(new XYPlot(grid, acrossAxis, upAxis, gridRenderer));
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setBackgroundPaint(CostColours.colourAt(1));
        plot.setDataset(CONTOURS, contours);
        plot.setRenderer(CONTOURS, contourRenderer());
        plot.setDataset(PATHS, paths);
        plot.setRenderer(PATHS, pathRenderer);
        plot.setDataset(CURRENT, current);
        plot.setRenderer(CURRENT, currentRenderer);
        plot.setDataset(MARKS, marks);
        plot.setRenderer(MARKS, markRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        // Each run's white halo (series 2k) first, then its colour (2k + 1) on top.
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        styleRuns();
        styleMarks();

        optimumLabel.setFont(ChartStyle.MARKER_FONT);
        optimumLabel.setPaint(ChartStyle.TEXT);
        optimumLabel.setBackgroundPaint(ChartStyle.LABEL_BACKGROUND);

        chart = ChartStyle.chart(title("w", "b"), plot);
        chart.getLegend().setSources(new LegendItemSource[] {this::legendItems});
        chart.addSubtitle(0, subtitle);
        chart.addSubtitle(1, warning);

        barAxis.setLabel(COLOUR_BAR_LABEL);
        ChartStyle.axis(barAxis);
        barAxis.setRange(0, 1);
        colourBar = new PaintScaleLegend(new CostColours(0, 1), barAxis);
        colourBar.setPosition(RectangleEdge.RIGHT);
        colourBar.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        colourBar.setSubdivisionCount(256);
        colourBar.setStripWidth(18);
        colourBar.setStripOutlineVisible(true);
        colourBar.setStripOutlinePaint(ChartStyle.AXIS_LINE);
        colourBar.setAxisOffset(4);
        colourBar.setMargin(new RectangleInsets(8, 12, 8, 4));
        colourBar.setFrame(BlockBorder.NONE);
        colourBar.setBackgroundPaint(ChartStyle.BACKGROUND);
        chart.addSubtitle(colourBar);
        refreshSubtitle();
    }

    public JFreeChart chart() {
        return chart;
    }

    /**
     * The slice to draw: call when the data, the model, the pair of parameters or a held value changes.
     * Names the axes after the two parameters and recomputes the grid.
     */
    public void setSurface(CostSurface newSurface) {
        Charts.once(chart, () -> {
            surface = newSurface;
            List<String> names = newSurface.model().parameterNames();
            String across = names.get(newSurface.across());
            String up = names.get(newSurface.up());
            acrossAxis.setLabel(across);
            upAxis.setLabel(up);
            chart.setTitle(title(across, up));
            costs = null;
            refreshSubtitle();
            refresh();
        });
    }

    public Optional<CostSurface> surface() {
        return Optional.ofNullable(surface);
    }

    /** Where runs start (θ_i, θ_j): the view always includes the valley around it. NaN to use the first path's start. */
    public void setStart(double x, double y) {
        Charts.once(chart, () -> {
            startX = x;
            startY = y;
            refresh();
        });
    }

    /** Names a run for the legend (null hides it there) and gives it a colour (null for the default). */
    public void setRun(int run, String label, Color colour) {
        checkRun(run);
        Charts.once(chart, () -> {
            runLabels[run] = label;
            runColours[run] = colour != null ? colour : RUN_COLOURS[run];
            styleRun(run);
            chart.fireChartChanged();
        });
    }

    /**
     * The points run {@code run} visited, (θ_i, θ_j) in order; the first is its start and the last its
     * current point, drawn large. Non-finite points are left out. Cheap: call every frame.
     */
    public void setPath(int run, double[] xs, double[] ys, int count) {
        checkRun(run);
        Charts.once(chart, () -> {
            int n = Math.max(0, Math.min(count, Math.min(xs.length, ys.length)));
            if (runXs[run].length < n) {
                runXs[run] = new double[Math.max(n, 2 * runXs[run].length)];
                runYs[run] = new double[runXs[run].length];
            }
            System.arraycopy(xs, 0, runXs[run], 0, n);
            System.arraycopy(ys, 0, runYs[run], 0, n);
            runCounts[run] = n;
            paths.set(2 * run, xs, ys, n);
            paths.set(2 * run + 1, xs, ys, n);
            refresh();
        });
    }

    /** Removes every path (and the runs' labels). */
    public void clearRuns() {
        Charts.once(chart, () -> {
            Arrays.fill(runCounts, 0);
            Arrays.fill(runLabels, null);
            paths.clearAll();
            refresh();
        });
    }

    /** A line of text under the title, after the note on what colour means (null or blank for none). */
    public void setNote(String text) {
        Charts.once(chart, () -> {
            note = text;
            refreshSubtitle();
        });
    }

    public Span acrossView() {
        return xView;
    }

    public Span upView() {
        return yView;
    }

    /** The grid on screen (null before {@link #setSurface}). */
    public CostSurface.Grid grid() {
        return costs;
    }

    /** The costs at which the equal-cost lines are drawn, the values labelled on the colour bar. */
    public double[] contourLevels() {
        return levels.clone();
    }

    /**
     * The start point a click at (x, y) in data coordinates asks for: the full parameter vector with
     * θ_i = x, θ_j = y and the other parameters at their held values. Empty before there is a surface
     * or for a non-finite point.
     */
    public Optional<double[]> startAt(double x, double y) {
        if (surface == null || !Double.isFinite(x) || !Double.isFinite(y)) {
            return Optional.empty();
        }
        return Optional.of(surface.point(x, y));
    }

    /**
     * The data coordinates (θ_i, θ_j) under a point on screen, given the data area the chart was last
     * drawn in (a chart viewer's rendering info has it); empty outside that area.
     */
    public Optional<Point2D> dataAt(double java2DX, double java2DY, Rectangle2D dataArea) {
        if (dataArea == null || !dataArea.contains(java2DX, java2DY)) {
            return Optional.empty();
        }
        double x = acrossAxis.java2DToValue(java2DX, dataArea, plot.getDomainAxisEdge());
        double y = upAxis.java2DToValue(java2DY, dataArea, plot.getRangeAxisEdge());
        return Double.isFinite(x) && Double.isFinite(y) ? Optional.of(new Point2D.Double(x, y)) : Optional.empty();
    }

    // ---- refresh ---------------------------------------------------------------------------------

    private void refresh() {
        double sx = startX;
        double sy = startY;
        if (!Double.isFinite(sx) || !Double.isFinite(sy)) {
            for (int k = 0; k < MAX_RUNS && !Double.isFinite(sx); k++) {
                if (runCounts[k] > 0 && Double.isFinite(runXs[k][0]) && Double.isFinite(runYs[k][0])) {
                    sx = runXs[k][0];
                    sy = runYs[k][0];
                }
            }
        }
        double[] bottom = surface == null ? null : surface.bottom().orElse(null);
        double[] startHalf = surface != null && Double.isFinite(sx) && Double.isFinite(sy)
                ? surface.levelHalfExtents(surface.cost(sx, sy)) : null;
        int total = 0;
        for (int k = 0; k < MAX_RUNS; k++) {
            total += runCounts[k];
        }
        double[] allX = new double[total];
        double[] allY = new double[total];
        int at = 0;
        for (int k = 0; k < MAX_RUNS; k++) {
            System.arraycopy(runXs[k], 0, allX, at, runCounts[k]);
            System.arraycopy(runYs[k], 0, allY, at, runCounts[k]);
            at += runCounts[k];
        }
        Span[] views = SurfaceRange.choose(bottom, startHalf, sx, sy, allX, allY, total);
        boolean moved = !views[0].equals(xView) || !views[1].equals(yView);
        xView = views[0];
        yView = views[1];
        if (surface != null && (moved || costs == null)) {
            recomputeGrid();
        } else if (surface == null) {
            costs = null;
            grid.set(null, 0, 1);
            contours.set(new double[0]);
        }

        marks.clearAll();
        if (bottom != null) {
            marks.add(0, bottom[0], bottom[1]);
        }
        if (Double.isFinite(sx) && Double.isFinite(sy)) {
            marks.add(1, sx, sy);
        }
        current.clearAll();
        boolean left = false;
        for (int k = 0; k < MAX_RUNS; k++) {
            for (int i = runCounts[k] - 1; i >= 0; i--) {
                if (current.add(k, runXs[k][i], runYs[k][i])) {
                    left |= i < runCounts[k] - 1 || !xView.contains(runXs[k][i]) || !yView.contains(runYs[k][i]);
                    break;
                }
            }
        }
        Charts.setSubtitle(warning, left ? OUTSIDE_WARNING : null);
        refreshOptimumLabel(bottom);
        paths.changed();
        marks.changed();
        current.changed();
    }

    private void recomputeGrid() {
        costs = surface.grid(xView.lower(), xView.upper(), columns, yView.lower(), yView.upper(), rows);
        double hi = costs.max();
        double lo = Math.max(costs.min(), hi * 1e-9);
        if (!(hi > 0)) {
            hi = 1;
            lo = 0.1;
        }
        double logLo = Math.log10(Math.max(lo, Double.MIN_NORMAL));
        double logHi = Math.log10(hi);
        if (!(logHi - logLo > 1e-6)) {
            logLo = logHi - 1;
        }
        CostColours scale = new CostColours(logLo, logHi);
        gridRenderer.setPaintScale(scale);
        gridRenderer.setBlockWidth(costs.cellWidth());
        gridRenderer.setBlockHeight(costs.cellHeight());
        grid.set(costs, logLo, logHi);
        colourBar.setScale(scale);
        barAxis.setRange(new Range(logLo, logHi), true, false);

        levels = niceLevels(Math.pow(10, logLo), Math.pow(10, logHi));
        barAxis.ticks = levels;
        List<double[]> parts = new ArrayList<>();
        int size = 0;
        for (double level : levels) {
            double[] s = ContourLines.segments(costs, level);
            parts.add(s);
            size += s.length;
        }
        double[] all = new double[size];
        int at = 0;
        for (double[] s : parts) {
            System.arraycopy(s, 0, all, at, s.length);
            at += s.length;
        }
        contours.set(all);
    }

    private void refreshOptimumLabel(double[] bottom) {
        boolean show = bottom != null && surface != null;
        if (show) {
            List<String> names = surface.model().parameterNames();
            String text = names.get(surface.across()) + "* = " + Format.sig3(bottom[0]) + ", "
                    + names.get(surface.up()) + "* = " + Format.sig3(bottom[1]);
            optimumLabel.setText(" " + text + " ");
            // The label reaches away from the nearer side: from the left third it runs right, from the right
            // third left, and from the middle it is centred, under or over the star. (Always running towards
            // the middle put a long label out over the axis when the star sat just past it.)
            double across = (bottom[0] - xView.lower()) / xView.length();
            int side = across < 1.0 / 3 ? 1 : across > 2.0 / 3 ? -1 : 0;
            boolean top = bottom[1] > yView.middle();
            double dx = xView.length() * 0.025 * side;
            double dy = yView.length() * (side == 0 ? 0.06 : 0.035) * (top ? -1 : 1);
            optimumLabel.setX(bottom[0] + dx);
            optimumLabel.setY(bottom[1] + dy);
            optimumLabel.setTextAnchor(switch (side) {
                case 1 -> top ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_LEFT;
                case -1 -> top ? TextAnchor.TOP_RIGHT : TextAnchor.BOTTOM_RIGHT;
                default -> top ? TextAnchor.TOP_CENTER : TextAnchor.BOTTOM_CENTER;
            });
        }
        if (show && !labelShown) {
            plot.addAnnotation(optimumLabel, false);
        } else if (!show && labelShown) {
            plot.removeAnnotation(optimumLabel, false);
        }
        labelShown = show;
    }

    private void refreshSubtitle() {
        StringBuilder sb = new StringBuilder("Lighter = lower cost; thin lines join equal costs");
        if (surface != null) {
            List<String> names = surface.model().parameterNames();
            double[] held = surface.point(0, 0);
            for (int k = 0; k < names.size(); k++) {
                if (k != surface.across() && k != surface.up()) {
                    sb.append("; ").append(names.get(k)).append(" held at ").append(Format.sig3(held[k]));
                }
            }
        }
        if (note != null && !note.isBlank()) {
            sb.append(" · ").append(note);
        }
        Charts.setSubtitle(subtitle, sb.toString());
    }

    // ---- legend and looks ------------------------------------------------------------------------

    /** The legend's entries; their text takes the legend's font, small in a small place. */
    private LegendItemCollection legendItems() {
        LegendItemCollection items = new LegendItemCollection();
        for (int k = 0; k < MAX_RUNS; k++) {
            if (runLabels[k] != null && runCounts[k] > 0) {
                LegendItem item = new LegendItem(runLabels[k], null, null, null, true, CURRENT_DOT, true, runColours[k],
                        true, ChartStyle.TEXT, ChartStyle.THIN_LINE, true, ChartStyle.legendLine(), ChartStyle.MEDIUM_LINE,
                        runColours[k]);
                item.setLabelPaint(ChartStyle.TEXT);
                items.add(item);
            }
        }
        if (surface != null && surface.bottom().isPresent()) {
            String label = surface.bottomIsOptimum() ? OPTIMUM_LEGEND : SLICE_BOTTOM_LEGEND;
            LegendItem item = new LegendItem(label, null, null, null, STAR, OPTIMUM_COLOUR, ChartStyle.THIN_LINE, HALO);
            item.setLabelPaint(ChartStyle.TEXT);
            items.add(item);
        }
        if (marks.getItemCount(1) > 0) {
            LegendItem item = new LegendItem(START_LEGEND, null, null, null, START_RING, HALO, ChartStyle.MEDIUM_LINE,
                    ChartStyle.TEXT);
            item.setLabelPaint(ChartStyle.TEXT);
            items.add(item);
        }
        return items;
    }

    private static String title(String across, String up) {
        return "Cost over " + across + " and " + up;
    }

    private void styleRuns() {
        pathRenderer.setUseOutlinePaint(true);
        pathRenderer.setDrawOutlines(true);
        currentRenderer.setUseOutlinePaint(true);
        currentRenderer.setDrawOutlines(true);
        for (int k = 0; k < MAX_RUNS; k++) {
            styleRun(k);
        }
    }

    private void styleRun(int k) {
        Color c = runColours[k];
        pathRenderer.setSeriesPaint(2 * k, HALO, false);
        pathRenderer.setSeriesStroke(2 * k, HALO_LINE, false);
        pathRenderer.setSeriesShapesVisible(2 * k, false);
        pathRenderer.setSeriesPaint(2 * k + 1, c, false);
        pathRenderer.setSeriesStroke(2 * k + 1, ChartStyle.MEDIUM_LINE, false);
        pathRenderer.setSeriesShape(2 * k + 1, PATH_DOT, false);
        pathRenderer.setSeriesOutlinePaint(2 * k + 1, HALO, false);
        pathRenderer.setSeriesOutlineStroke(2 * k + 1, ChartStyle.GRID_LINE, false);
        currentRenderer.setSeriesPaint(k, c, false);
        currentRenderer.setSeriesShape(k, CURRENT_DOT, false);
        currentRenderer.setSeriesOutlinePaint(k, HALO, false);
        currentRenderer.setSeriesOutlineStroke(k, new BasicStroke(3f), false);
    }

    private void styleMarks() {
        markRenderer.setUseOutlinePaint(true);
        markRenderer.setDrawOutlines(true);
        markRenderer.setUseFillPaint(true);
        markRenderer.setSeriesShape(0, STAR);
        markRenderer.setSeriesPaint(0, OPTIMUM_COLOUR);
        markRenderer.setSeriesFillPaint(0, OPTIMUM_COLOUR);
        markRenderer.setSeriesOutlinePaint(0, HALO);
        markRenderer.setSeriesOutlineStroke(0, new BasicStroke(2f));
        markRenderer.setSeriesShape(1, START_RING);
        markRenderer.setSeriesPaint(1, ChartStyle.TEXT);
        markRenderer.setSeriesFillPaint(1, HALO);
        markRenderer.setSeriesOutlinePaint(1, ChartStyle.TEXT);
        markRenderer.setSeriesOutlineStroke(1, ChartStyle.MEDIUM_LINE);
    }

    private static XYLineAndShapeRenderer contourRenderer() {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setSeriesPaint(0, CONTOUR_COLOUR);
        r.setSeriesStroke(0, CONTOUR_LINE);
        r.setSeriesVisibleInLegend(0, false);
        return r;
    }

    /** A five-pointed star of the given outer diameter, centred on the origin. */
    static Shape star(double diameter) {
        Path2D.Double p = new Path2D.Double();
        double outer = diameter / 2;
        double inner = outer * 0.45;
        for (int k = 0; k < 10; k++) {
            double r = k % 2 == 0 ? outer : inner;
            double angle = -Math.PI / 2 + k * Math.PI / 5;
            double x = r * Math.cos(angle);
            double y = r * Math.sin(angle);
            if (k == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        return p;
    }

    private static void checkRun(int run) {
        if (run < 0 || run >= MAX_RUNS) {
            throw new IllegalArgumentException("run " + run + " is out of range: the surface draws runs 0 to "
                    + (MAX_RUNS - 1));
        }
    }

    /**
     * Round costs for the colour bar and the equal-cost lines: 1, 2 and 5 times powers of ten between
     * {@code lo} and {@code hi} (only powers of ten over more than four decades; 1 to 9 times them when the
     * range is under one decade), leaving out values at the very ends.
     */
    static double[] niceLevels(double lo, double hi) {
        if (!(lo > 0) || !(hi > lo) || !Double.isFinite(hi)) {
            return new double[0];
        }
        double decades = Math.log10(hi / lo);
        int[] mantissas = decades > 4 ? new int[] {1} : decades < 1 ? new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9}
                : new int[] {1, 2, 5};
        List<Double> out = new ArrayList<>();
        double margin = (Math.log10(hi) - Math.log10(lo)) * 0.02;
        for (int e = (int) Math.floor(Math.log10(lo)) - 1; e <= (int) Math.ceil(Math.log10(hi)); e++) {
            for (int m : mantissas) {
                double v = m * Math.pow(10, e);
                double lv = Math.log10(v);
                if (lv > Math.log10(lo) + margin && lv < Math.log10(hi) - margin) {
                    out.add(v);
                }
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    // ---- datasets and the colour bar's axis ------------------------------------------------------

    /** The grid as an XYZ dataset whose z is log₁₀ of the cost, clamped to the colour scale's range. */
    private static final class GridDataset extends AbstractXYZDataset implements CopiedData {
        @Serial
        private static final long serialVersionUID = 1L;
        private transient CostSurface.Grid grid;
        private transient double[] z = new double[0];

        /** A copy of the grid now: {@link #set} puts in new arrays and never writes into these. */
        @Override
        public GridDataset copy() {
            GridDataset c = new GridDataset();
            c.grid = grid;
            c.z = z;
            return c;
        }

        void set(CostSurface.Grid g, double logLo, double logHi) {
            grid = g;
            if (g == null) {
                z = new double[0];
            } else {
                double[] c = g.cost();
                z = new double[c.length];
                for (int k = 0; k < c.length; k++) {
                    double v = c[k] > 0 ? Math.log10(c[k]) : logLo;
                    z[k] = Math.max(logLo, Math.min(logHi, v));
                }
            }
            fireDatasetChanged();
        }

        @Override
        public int getSeriesCount() {
            return 1;
        }

        @Override
        public Comparable<?> getSeriesKey(int series) {
            return "cost";
        }

        @Override
        public int getItemCount(int series) {
            return grid == null ? 0 : grid.columns() * grid.rows();
        }

        @Override
        public Number getX(int series, int item) {
            return getXValue(series, item);
        }

        @Override
        public double getXValue(int series, int item) {
            return grid.x(item % grid.columns());
        }

        @Override
        public Number getY(int series, int item) {
            return getYValue(series, item);
        }

        @Override
        public double getYValue(int series, int item) {
            return grid.y(item / grid.columns());
        }

        @Override
        public Number getZ(int series, int item) {
            return getZValue(series, item);
        }

        @Override
        public double getZValue(int series, int item) {
            return z[item];
        }
    }

    /** Contour segments as one series: (x1, y1), (x2, y2), then a gap, so a line renderer draws each apart. */
    private static final class SegmentDataset extends org.jfree.data.xy.AbstractXYDataset implements CopiedData {
        @Serial
        private static final long serialVersionUID = 1L;
        private transient double[] segments = new double[0];

        /** A copy of the segments now: {@link #set} puts in a new array and never writes into this one. */
        @Override
        public SegmentDataset copy() {
            SegmentDataset c = new SegmentDataset();
            c.segments = segments;
            return c;
        }

        void set(double[] s) {
            segments = s;
            fireDatasetChanged();
        }

        @Override
        public int getSeriesCount() {
            return 1;
        }

        @Override
        public Comparable<?> getSeriesKey(int series) {
            return "equal cost";
        }

        @Override
        public int getItemCount(int series) {
            return segments.length / 4 * 3;
        }

        @Override
        public Number getX(int series, int item) {
            return getXValue(series, item);
        }

        @Override
        public double getXValue(int series, int item) {
            int seg = item / 3;
            int end = item % 3;
            return end == 2 ? Double.NaN : segments[seg * 4 + end * 2];
        }

        @Override
        public Number getY(int series, int item) {
            return getYValue(series, item);
        }

        @Override
        public double getYValue(int series, int item) {
            int seg = item / 3;
            int end = item % 3;
            return end == 2 ? Double.NaN : segments[seg * 4 + end * 2 + 1];
        }
    }

    /** A round cost as people write it: 0.5, 2, 10, 200; powers of ten beyond 10⁵ or under 10⁻³ as ×10ⁿ. */
    static String tickLabel(double v) {
        if (v >= 1e-3 && v < 1e5) {
            return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
        }
        int e = (int) Math.round(Math.log10(v));
        if (Math.abs(v / Math.pow(10, e) - 1) < 1e-9) {
            StringBuilder sb = new StringBuilder("10");
            for (char c : Integer.toString(e).toCharArray()) {
                sb.append(c == '-' ? '⁻' : "⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(c - '0'));
            }
            return sb.toString();
        }
        return Format.sig3(v);
    }

    /**
     * Blocks drawn without antialiasing: they tile the plot edge to edge, so smoothing their edges only blurs
     * the seams and costs a blend per pixel; switched back on for whatever is drawn after the grid.
     */
    private static final class CrispBlocks extends XYBlockRenderer {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public void drawItem(Graphics2D g2, org.jfree.chart.renderer.xy.XYItemRendererState state, Rectangle2D dataArea,
                             org.jfree.chart.plot.PlotRenderingInfo info, XYPlot plot, ValueAxis domainAxis,
                             ValueAxis rangeAxis, org.jfree.data.xy.XYDataset dataset, int series, int item,
                             org.jfree.chart.plot.CrosshairState crosshairState, int pass) {
            Object before = g2.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            try {
                super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item,
                        crosshairState, pass);
            } finally {
                g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, before);
            }
        }
    }

    /** The colour bar's axis: positions are log₁₀ cost, ticks sit at round costs and show the cost itself. */
    private static final class CostBarAxis extends NumberAxis {
        @Serial
        private static final long serialVersionUID = 1L;
        private double[] ticks = new double[0];

        @Override
        public List<NumberTick> refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
            TextAnchor anchor = edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT
                    : edge == RectangleEdge.RIGHT ? TextAnchor.CENTER_LEFT
                    : edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER;
            List<NumberTick> out = new ArrayList<>();
            double last = Double.NEGATIVE_INFINITY;
            double minGap = getRange().getLength() * 24.0 / Math.max(1, RectangleEdge.isLeftOrRight(edge)
                    ? dataArea.getHeight() : dataArea.getWidth());
            for (double v : ticks) {
                double position = Math.log10(v);
                if (position - last >= minGap) {
                    out.add(new NumberTick(position, tickLabel(v), anchor, anchor, 0.0));
                    last = position;
                }
            }
            return out;
        }
    }

    /**
     * A text annotation that stays inside the plot: drawn where its anchor puts it, but slid sideways
     * as far as needed to keep the whole text within the data area (a long label beside a star near an
     * edge would otherwise run out over the axis in a small window).
     */
    static final class InsideLabel extends XYTextAnnotation {
        private static final long serialVersionUID = 1L;

        /**
         * How far to slide {@code box} sideways to bring it inside {@code area}: 0 when it is inside or
         * wider than the area (then it stays where its anchor put it).
         */
        static double shiftInside(java.awt.geom.Rectangle2D box, java.awt.geom.Rectangle2D area) {
            if (box.getWidth() > area.getWidth()) {
                return 0;
            }
            return Math.max(area.getMinX() - box.getMinX(), Math.min(0, area.getMaxX() - box.getMaxX()));
        }

        InsideLabel() {
            super("", 0, 0);
        }

        @Override
        public void draw(java.awt.Graphics2D g2, XYPlot plot, java.awt.geom.Rectangle2D dataArea,
                         org.jfree.chart.axis.ValueAxis domainAxis, org.jfree.chart.axis.ValueAxis rangeAxis,
                         int rendererIndex, org.jfree.chart.plot.PlotRenderingInfo info) {
            float x = (float) domainAxis.valueToJava2D(getX(), dataArea, plot.getDomainAxisEdge());
            float y = (float) rangeAxis.valueToJava2D(getY(), dataArea, plot.getRangeAxisEdge());
            java.awt.Font before = g2.getFont();
            g2.setFont(getFont());
            java.awt.geom.Rectangle2D box = org.jfree.chart.text.TextUtils.calculateRotatedStringBounds(getText(), g2,
                    x, y, getTextAnchor(), getRotationAngle(), getRotationAnchor()).getBounds2D();
            g2.setFont(before);
            double dx = shiftInside(box, dataArea);
            g2.translate(dx, 0);
            try {
                super.draw(g2, plot, dataArea, domainAxis, rangeAxis, rendererIndex, info);
            } finally {
                g2.translate(-dx, 0);
            }
        }
    }
}
