package dev.descent.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.SamplingXYLineRenderer;
import org.jfree.chart.title.TextTitle;

import dev.descent.core.Format;
import dev.descent.core.train.CostHistory;


/**
 * The cost per epoch, as the lectures plot it, with a marker at the current epoch.
 *
 * <p>The y axis: on the linear scale it runs from 0 to the highest cost, but never above
 * {@link ViewRanges#COST_CAP_FACTOR} × the starting cost. A run that explodes would otherwise squash its
 * whole history into the x axis; instead the curve leaves the top of the chart and a note under the
 * title says how high it went and that the log scale shows it all. On the log scale
 * ({@link #setLogScale}) every positive cost is shown; a cost of exactly 0 has no place on a log axis
 * and is left out.
 *
 * <p>The line is drawn by a sampling renderer (at most a few segments per pixel column), so 10⁵ epochs
 * redraw as fast as 100. Use from one thread at a time; every update method causes at most one chart
 * change event.
 */
public final class CostChart {
    /**
     * The curve is drawn from at most this many runs of equal length (buckets): once a run has more
     * epochs, neighbouring buckets merge and each holds twice as many ({@link CostHistory}). A bucket
     * is drawn as its lowest and highest cost, so spikes stay visible however long the run, and memory
     * stays bounded. Two thousand buckets are more than a chart has pixel columns.
     */
    static final int BUCKETS = 2048;
    /** The most points on the curve: each bucket's lowest and highest, and the run's first and last epoch. */
    public static final int MAX_POINTS = 2 * BUCKETS + 2;
    private static final int COST = 0;
    /** The diameter of the dot where the run is now. */
    private static final double NOW_DOT = 9;

    private final ArrayXYDataset linear = new ArrayXYDataset(false, ChartStyle.COST_LEGEND);
    private final ArrayXYDataset positive = new ArrayXYDataset(true, ChartStyle.COST_LEGEND);
    /** Earlier runs, positive costs only so that they can share the log axis too. */
    private final ArrayXYDataset ghosts = new ArrayXYDataset(true, LandscapeChart.ghostKeys());
    private final LineRenderer ghostRenderer = new LineRenderer();
    /** A dot where the run is now, at the marker: the cost chart's twin of the landscape's current point. */
    private final ArrayXYDataset now = new ArrayXYDataset(false, "now");
    private int ghostCount;
    /** The ghosts' epochs and costs, first to last and lowest to highest: the axes show them whole. */
    private double ghostFirstEpoch = Double.NaN;
    private double ghostLastEpoch = Double.NaN;
    private double ghostStartCost = Double.NaN;
    private double ghostLowest = Double.NaN;
    private double ghostHighest = Double.NaN;
    private final NumberAxis linearAxis;
    private final LogAxis logAxis;
    private final ValueMarker epochMarker = ChartStyle.marker(ChartStyle.EPOCH_MARKER_COLOR, ChartStyle.DASHED_LINE);
    private final TextTitle subtitle = ChartStyle.subtitle();
    private final TextTitle capNote = ChartStyle.warning();
    private final XYPlot plot;
    private final JFreeChart chart;

    /** Every finite cost, bucketed: the linear curve. */
    private CostHistory finiteCosts = CostHistory.costsOnly(BUCKETS);
    /** Every positive cost, bucketed: the curve on the log scale. */
    private CostHistory positiveCosts = CostHistory.costsOnly(BUCKETS);
    private boolean log;
    private ChartTheme theme = ChartTheme.LIGHT;
    private double startCost = Double.NaN;
    private double highest = Double.NaN;
    private int highestEpoch = -1;
    private double lowestPositive = Double.NaN;
    private double highestPositive = Double.NaN;
    private double firstEpoch = Double.NaN;
    private double lastEpoch = Double.NaN;
    /** The run's state now ({@link #setCurrent}): its epoch, and the cost there; -1 for none. */
    private int nowEpoch = -1;
    private double nowCost = Double.NaN;

    public CostChart() {
        NumberAxis epochs = ViewAxes.linear(ChartStyle.EPOCH_LABEL, this::epochView);
        epochs.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        linearAxis = ViewAxes.linear(ChartStyle.COST_LABEL, this::linearView);
        logAxis = ViewAxes.log(ChartStyle.COST_LOG_LABEL, this::logView);
        SamplingXYLineRenderer renderer = new SamplingXYLineRenderer();
        renderer.setSeriesPaint(COST, ChartStyle.COST_COLOR);
        renderer.setSeriesStroke(COST, ChartStyle.THICK_LINE);
        plot = ChartStyle.plot(new XYPlot(linear, epochs, linearAxis, renderer));
        // The sampling renderer's own legend item is a hollow box; show the line as it is drawn.
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem(ChartStyle.COST_LEGEND, null, null, null, ChartStyle.legendLine(),
                ChartStyle.THICK_LINE, ChartStyle.COST_COLOR));
        plot.setFixedLegendItems(legend);
        // The epoch marker stays on the plot, hidden while its value is NaN: a copy of the chart for a file
        // shares the plot's marker lists (JFreeChart copies only their map), so they never change.
        epochMarker.setValue(Double.NaN);
        plot.addDomainMarker(epochMarker);
        for (int g = 0; g < ChartStyle.MAX_GHOSTS; g++) {
            ghostRenderer.setSeriesPaint(g, ChartStyle.GHOST_COLOR);
            ghostRenderer.setSeriesStroke(g, ChartStyle.GHOST_LINE);
        }
        // Drawn first (index 0 is the live curve, drawn last with REVERSE order), so the live curve is on top.
        plot.setDataset(1, ghosts);
        plot.setRenderer(1, ghostRenderer);
        org.jfree.chart.renderer.xy.XYLineAndShapeRenderer dot =
                new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer(false, true);
        dot.setSeriesPaint(0, ChartStyle.COST_COLOR);
        dot.setSeriesShape(0, ChartStyle.circle(NOW_DOT));
        dot.setSeriesVisibleInLegend(0, false);
        plot.setDataset(2, now);
        plot.setRenderer(2, dot);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.REVERSE);
        chart = ChartStyle.chart(ChartStyle.COST_TITLE, plot);
        chart.addSubtitle(0, subtitle);
        chart.addSubtitle(1, capNote);
    }

    public JFreeChart chart() {
        return chart;
    }

    /** Smaller text for a small window ({@link ChartStyle#setCompact}). */
    public void setCompact(boolean compact) {
        setTextScale(compact ? ChartStyle.COMPACT_SCALE : 1f);
    }

    /** Text at {@code k} times full size ({@link ChartStyle#setTextScale}). */
    public void setTextScale(float k) {
        ChartStyle.setTextScale(chart, k, epochMarker);
        // The scale not shown now keeps its own axis: it must be the same size when it is swapped in.
        ChartStyle.setTextScale(log ? linearAxis : logAxis, k);
    }


    /**
     * Earlier runs drawn faded behind the live one, each labelled in the legend (at most
     * {@link ChartStyle#MAX_GHOSTS}; older ones first). Empty lists clear them.
     *
     * @param labels one per ghost, e.g. "before: GD lr 0.01"
     * @param xs     per ghost, the epochs
     * @param costs  per ghost, the costs
     */
    public void setGhosts(java.util.List<String> labels, java.util.List<double[]> xs, java.util.List<double[]> costs) {
        Charts.once(chart, () -> {
            ghostCount = Charts.setGhosts(ghosts, ghostRenderer, labels, xs, costs);
            measureGhosts();
            refreshLegend();
            ghosts.changed();
        });
    }

    /**
     * The ghosts' extent, so that after a restart the earlier run shows whole beside the new one (which
     * starts at epoch 0 with nothing drawn yet) rather than cut to the new run's few epochs.
     */
    private void measureGhosts() {
        ghostFirstEpoch = Double.NaN;
        ghostLastEpoch = Double.NaN;
        ghostStartCost = Double.NaN;
        ghostLowest = Double.NaN;
        ghostHighest = Double.NaN;
        for (int g = 0; g < ghostCount; g++) {
            for (int i = 0; i < ghosts.getItemCount(g); i++) {
                double x = ghosts.getXValue(g, i);
                double y = ghosts.getYValue(g, i);
                if (i == 0 && Double.isNaN(ghostStartCost)) {
                    ghostStartCost = y;
                }
                ghostFirstEpoch = ViewRanges.least(ghostFirstEpoch, x);
                ghostLastEpoch = ViewRanges.most(ghostLastEpoch, x);
                ghostLowest = ViewRanges.least(ghostLowest, y);
                ghostHighest = ViewRanges.most(ghostHighest, y);
            }
        }
    }

    /** How many ghosts are drawn. */
    public int ghostCount() {
        return ghostCount;
    }

    /** The legend: the live cost, then one entry the ghosts share. */
    private void refreshLegend() {
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem(ChartStyle.COST_LEGEND, null, null, null, ChartStyle.legendLine(),
                ChartStyle.THICK_LINE, theme.colour(ChartStyle.COST_COLOR)));
        if (ghostCount > 0) {
            java.util.List<String> labels = new java.util.ArrayList<>();
            for (int g = 0; g < ghostCount; g++) {
                labels.add(String.valueOf(ghosts.getSeriesKey(g)));
            }
            legend.add(new LegendItem(Charts.ghostLegend(labels), null, null, null, ChartStyle.legendLine(),
                    ChartStyle.GHOST_LINE, theme.colour(ChartStyle.GHOST_COLOR)));
        }
        plot.setFixedLegendItems(legend);
    }

    /** Draws the chart in {@code theme}'s colours, the scale not shown now and the epoch marker included. */
    public void setTheme(ChartTheme theme) {
        this.theme = theme;
        theme.apply(chart, java.util.List.of(epochMarker), java.util.List.of(linearAxis, logAxis));
    }

    /** Removes every point and the marker. */
    public void clear() {
        Charts.once(chart, () -> {
            linear.clearAll();
            positive.clearAll();
            finiteCosts = CostHistory.costsOnly(BUCKETS);
            positiveCosts = CostHistory.costsOnly(BUCKETS);
            startCost = Double.NaN;
            highest = Double.NaN;
            highestEpoch = -1;
            lowestPositive = Double.NaN;
            highestPositive = Double.NaN;
            firstEpoch = Double.NaN;
            lastEpoch = Double.NaN;
            nowEpoch = -1;
            nowCost = Double.NaN;
            now.clear(0);
            showMarker(false);
            refreshNote();
            fireData();
        });
    }

    /** Appends {@code count} (epoch, cost) pairs; non-finite costs are skipped. One notification. */
    public void append(int[] epochs, double[] costs, int count) {
        Charts.once(chart, () -> {
            int n = Math.min(count, Math.min(epochs.length, costs.length));
            for (int i = 0; i < n; i++) {
                add(epochs[i], costs[i]);
            }
            drawShownCurve();
            refreshNote();
            Charts.placeLabel(epochMarker, epochView());
            fireData();
        });
    }

    /** A dashed marker at this epoch; a negative epoch removes it. */
    public void setCurrentEpoch(int epoch) {
        setCurrent(epoch, Double.NaN);
    }

    /**
     * A dashed marker at {@code epoch}, where the run is now, costing {@code costNow} there (NaN: not
     * known); a negative epoch removes it. Each epoch's point is the cost it started from, so after N
     * epochs the curve ends at epoch N − 1 and the cost now is the next epoch's: the curve goes on to
     * (N, costNow), and the marker, the curve's end and the status line's "N epochs done, cost = …"
     * agree. An epoch the curve already has (looking back) is drawn as recorded.
     */
    public void setCurrent(int epoch, double costNow) {
        Charts.once(chart, () -> {
            if (epoch < 0) {
                nowEpoch = -1;
                nowCost = Double.NaN;
                showMarker(false);
            } else {
                nowEpoch = epoch;
                nowCost = costNow;
                epochMarker.setValue(epoch);
                epochMarker.setLabel("epoch " + epoch);
                Charts.placeLabel(epochMarker, epochView());
                showMarker(true);
            }
            drawShownCurve();
            refreshNote();
            fireData();
        });
    }

    /** Whether the run now ({@link #setCurrent}) is past the curve's last recorded epoch. */
    private boolean nowAhead() {
        return nowEpoch >= 0 && (Double.isNaN(lastEpoch) || nowEpoch > lastEpoch);
    }

    /** Whether the curve goes on past its recorded epochs to the cost now, on the scale shown. */
    private boolean nowPointShown() {
        return nowAhead() && Double.isFinite(nowCost) && (!log || nowCost > 0);
    }

    /** Switches between a linear and a logarithmic cost axis. */
    public void setLogScale(boolean on) {
        Charts.once(chart, () -> {
            log = on;
            plot.setRangeAxis(on ? logAxis : linearAxis);
            plot.setDataset(on ? positive : linear);
            drawShownCurve();
            refreshNote();
            fireData();
        });
    }

    public boolean isLogScale() {
        return log;
    }

    /** A line of text under the title (null or blank hides it). */
    public void setSubtitle(String text) {
        Charts.once(chart, () -> Charts.setSubtitle(subtitle, text));
    }

    /** Whether the linear axis currently cuts off part of the curve (and the chart says so). */
    public boolean isCapped() {
        return !log && ViewRanges.isCapped(shownHighest(), shownStartCost());
    }

    /** The highest cost drawn on the linear scale, the cost now included. */
    private double shownHighest() {
        boolean now = nowAhead() && Double.isFinite(nowCost);
        return now && (Double.isNaN(highest) || nowCost > highest) ? nowCost : highest;
    }

    /** The first cost drawn on the linear scale: the first epoch's, or the cost now before any epoch. */
    private double shownStartCost() {
        return Double.isNaN(startCost) && nowEpoch >= 0 && Double.isFinite(nowCost) ? nowCost : startCost;
    }

    /** The cost range shown on the current scale. */
    public Span costView() {
        return log ? logView() : linearView();
    }

    /** Takes one epoch's cost into the buckets and the view's extremes; non-finite costs and repeated epochs are skipped. */
    private void add(int epoch, double cost) {
        if (!Double.isFinite(cost) || epoch <= finiteCosts.lastEpoch()) {
            return;
        }
        finiteCosts.add(epoch, cost);
        if (Double.isNaN(startCost)) {
            startCost = cost;
            firstEpoch = epoch;
        }
        lastEpoch = epoch;
        if (Double.isNaN(highest) || cost > highest) {
            highest = cost;
            highestEpoch = epoch;
        }
        if (cost > 0) {
            positiveCosts.add(epoch, cost);
            lowestPositive = Double.isNaN(lowestPositive) ? cost : Math.min(lowestPositive, cost);
            highestPositive = Double.isNaN(highestPositive) ? cost : Math.max(highestPositive, cost);
        }
    }

    /** Puts the curve of the scale shown into its dataset; the other scale's waits until it is shown. */
    private void drawShownCurve() {
        ArrayXYDataset into = log ? positive : linear;
        drawFrom(log ? positiveCosts : finiteCosts, into);
        if (nowPointShown()) {
            into.add(COST, nowEpoch, nowCost);
        }
        now.clear(0);
        double at = nowAt();
        if (!Double.isNaN(at)) {
            now.add(0, nowEpoch, at);
            now.changed();
        }
    }

    /**
     * The cost at the marker, for its dot: the cost now, or the recorded one when looking back; NaN when
     * there is no marker or nothing to show on the scale in use.
     */
    private double nowAt() {
        if (nowEpoch < 0) {
            return Double.NaN;
        }
        return Double.isFinite(nowCost) && (!log || nowCost > 0) ? nowCost : Double.NaN;
    }

    /**
     * Puts the buckets' curve into the dataset: the first epoch, then each bucket's lowest and highest
     * cost in epoch order, then the last epoch, each epoch once.
     */
    private static void drawFrom(CostHistory h, ArrayXYDataset into) {
        into.clear(COST);
        int n = h.size();
        if (n == 0) {
            return;
        }
        double lastX = h.firstEpoch(0);
        into.add(COST, lastX, h.representativeCost(0));
        for (int b = 0; b < n; b++) {
            int lo = h.minEpoch(b);
            int hi = h.maxEpoch(b);
            int first = Math.min(lo, hi);
            int second = Math.max(lo, hi);
            if (first > lastX) {
                into.add(COST, first, first == lo ? h.min(b) : h.max(b));
                lastX = first;
            }
            if (second > lastX) {
                into.add(COST, second, second == lo ? h.min(b) : h.max(b));
                lastX = second;
            }
        }
        if (h.lastEpoch() > lastX) {
            into.add(COST, h.lastEpoch(), h.lastCost());
        }
    }

    private void fireData() {
        // Both datasets changed; only the one on the plot notifies it, so this is one change.
        ((ArrayXYDataset) plot.getDataset()).changed();
    }

    /** Shows the epoch marker where it was set, or hides it (NaN: outside every range, so not drawn). */
    private void showMarker(boolean show) {
        if (!show) {
            epochMarker.setValue(Double.NaN);
        }
    }

    private void refreshNote() {
        if (isCapped()) {
            double top = shownHighest();
            Charts.setSubtitle(capNote, "↑ the cost leaves the chart: " + Format.sig3(top) + " at epoch "
                    + Format.count(top == highest ? highestEpoch : nowEpoch) + " (axis capped at "
                    + Format.exact(ViewRanges.COST_CAP_FACTOR) + "× the start)");
        } else {
            Charts.setSubtitle(capNote, null);
        }
    }

    private Span epochView() {
        double first = firstEpoch;
        double last = lastEpoch;
        if (nowAhead()) {
            first = ViewRanges.least(first, nowEpoch);
            last = nowEpoch;
        }
        return ViewRanges.epochs(ViewRanges.least(first, ghostFirstEpoch), ViewRanges.most(last, ghostLastEpoch));
    }

    private Span linearView() {
        double start = shownStartCost();
        return ViewRanges.costLinear(ViewRanges.most(shownHighest(), ghostHighest),
                Double.isNaN(start) ? ghostStartCost : start);
    }

    private Span logView() {
        double lo = ViewRanges.least(lowestPositive, ghostLowest);
        double hi = ViewRanges.most(highestPositive, ghostHighest);
        if (log && nowPointShown()) {
            lo = ViewRanges.least(lo, nowCost);
            hi = ViewRanges.most(hi, nowCost);
        }
        return ViewRanges.costLog(lo, hi);
    }

    /** The axis currently in use (for tests and for mapping values to pixels). */
    ValueAxis costAxis() {
        return plot.getRangeAxis();
    }
}
