package dev.descent.charts;

import dev.descent.core.Dataset;
import dev.descent.core.Format;
import dev.descent.core.Model;
import dev.descent.core.Mse;
import dev.descent.core.analysis.QuadraticCost;
import dev.descent.core.train.EpochSnapshot;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several runs on the same data drawn over each other, each in its own colour and line pattern
 * ({@link ChartStyle#runColor}, {@link ChartStyle#runStroke}) and named in the legend: the fitted lines,
 * the cost curves, and the paths down the landscape. This is {@code train --compare}'s picture, and the
 * app's compare mode can take the same charts.
 *
 * <p>The runs are given as a list of {@link RunTrace}s; the first is the main ("base") run. They must
 * share the data and the model. The landscape shows the cost along the first parameter with the others
 * held where the base run has them; each run's path is drawn at its own whole cost, so with more than
 * one parameter the other runs' points need not lie on that curve (the subtitle says so).
 *
 * <p>{@link Frames} draws the same fit and landscape part-way through the runs, on axes that stay put
 * from frame to frame, for animations.
 */
public final class CompareCharts {
    /** The most runs drawn together: the base run and three to compare. */
    public static final int MAX_RUNS = 4;
    public static final String FIT_FILE = RunCharts.FIT_FILE;
    public static final String COST_FILE = RunCharts.COST_FILE;
    public static final String LANDSCAPE_FILE = RunCharts.LANDSCAPE_FILE;

    private static final int J = RunCharts.LANDSCAPE_PARAMETER;

    private CompareCharts() {
    }

    /** Up to this many data points are drawn as the lecture's large dots; more as small, light ones. */
    static final int FEW_POINTS = 20;
    private static final java.awt.Shape MANY_DOTS = ChartStyle.circle(7);
    static final java.awt.Color MANY_DOTS_COLOR = new java.awt.Color(0x44, 0x44, 0x44, 90);

    /** Checks that the runs can share a chart: 1 to {@value #MAX_RUNS} of them, on one data set and model. */
    static void check(List<RunTrace> runs) {
        if (runs.isEmpty() || runs.size() > MAX_RUNS) {
            throw new IllegalArgumentException("compare 1 to " + MAX_RUNS + " runs; got " + runs.size());
        }
        RunTrace base = runs.get(0);
        for (RunTrace r : runs) {
            if (r.config().model() != base.config().model() || !r.config().data().equals(base.config().data())) {
                throw new IllegalArgumentException("compared runs must fit the same model to the same data; '"
                        + r.label() + "' differs from '" + base.label() + "'");
            }
        }
    }

    /**
     * The overlaid charts of the runs for pictures of width×height, by file name: fit.png, cost.png and
     * landscape.png, in that order. {@link ChartPng#writePng} draws each.
     */
    public static Map<String, JFreeChart> pictures(List<RunTrace> runs, int width, int height) {
        check(runs);
        RunCharts.checkSide(width, height);
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        charts.put(FIT_FILE, fitChart(runs));
        charts.put(COST_FILE, costChart(runs));
        charts.put(LANDSCAPE_FILE, landscapeChart(runs, width));
        return charts;
    }


    /** The data and each run's fitted curve at the end. */
    public static JFreeChart fitChart(List<RunTrace> runs) {
        check(runs);
        return new Frames(runs, 1200, null).fit(Frames.END);
    }

    /** The landscape with every run's whole path and where each ended. */
    public static JFreeChart landscapeChart(List<RunTrace> runs, int widthPixels) {
        check(runs);
        return new Frames(runs, widthPixels, null).landscape(Frames.END);
    }

    /**
     * The cost per epoch of every run (each epoch's cost before its update, then the cost where it
     * stopped, as {@link RunCharts#costChart} ends). On a log scale when any run diverged; otherwise linear from 0, capped at {@link ViewRanges#COST_CAP_FACTOR} × the highest starting cost.
     */
    public static JFreeChart costChart(List<RunTrace> runs) {
        return costChart(runs, runs.stream().anyMatch(RunTrace::diverged));
    }

    /**
     * The overlaid cost curves, on a log scale when {@code logScale} (the window's "log scale" box, which
     * the window ticks itself when a run diverges, and the teacher may untick).
     */
    public static JFreeChart costChart(List<RunTrace> runs, boolean logScale) {
        check(runs);
        int n = runs.size();
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) {
            keys[i] = legend(runs.get(i), true);
        }
        boolean log = logScale;
        ArrayXYDataset costs = new ArrayXYDataset(log, keys);
        double highest = Double.NaN;
        double start = Double.NaN;
        double lowestPositive = Double.NaN;
        double highestPositive = Double.NaN;
        double lastEpoch = 0;
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            RunTrace r = runs.get(i);
            List<EpochSnapshot> h = r.history();
            int[] keep = Decimation.evenly(h.size(), RunCharts.MAX_TRAIL_POINTS);
            // The curve ends where the run stopped, as a single run's does (RunCharts.endEpoch).
            int end = RunCharts.endEpoch(r.result());
            boolean endPoint = end >= 0 && (h.isEmpty() || end > h.get(h.size() - 1).epoch());
            for (int at = 0; at < keep.length + (endPoint ? 1 : 0); at++) {
                EpochSnapshot s = at < keep.length ? h.get(keep[at]) : null;
                int epoch = s != null ? s.epoch() : end;
                double c = s != null ? s.costBefore() : r.result().finalCost();
                if (costs.add(i, epoch, c)) {
                    // The cost that stopped a diverged run belongs on the log scale, not under the linear cap.
                    boolean stopCost = s == null && r.diverged();
                    if (!stopCost) {
                        highest = ViewRanges.most(highest, c);
                    }
                    if (c > 0) {
                        lowestPositive = stopCost ? lowestPositive : ViewRanges.least(lowestPositive, c);
                        highestPositive = ViewRanges.most(highestPositive, c);
                    }
                    lastEpoch = Math.max(lastEpoch, epoch);
                }
            }
            if (!h.isEmpty() && Double.isFinite(h.get(0).costBefore())) {
                start = ViewRanges.most(start, h.get(0).costBefore());
            }
            if (r.diverged()) {
                notes.add(r.label() + " " + r.result().message());
            }
        }
        double top = highest;
        double first = start;
        double lo = lowestPositive;
        double hi = highestPositive;
        double last = lastEpoch;
        NumberAxis epochs = ViewAxes.linear(ChartStyle.EPOCH_LABEL, () -> ViewRanges.epochs(0, last));
        epochs.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ValueAxis costAxis = log ? ViewAxes.log(ChartStyle.COST_LOG_LABEL, () -> ViewRanges.costLog(lo, hi))
                : ViewAxes.linear(ChartStyle.COST_LABEL, () -> ViewRanges.costLinear(top, first));
        XYLineAndShapeRenderer renderer = runLines(n);
        XYPlot plot = ChartStyle.plot(new XYPlot(costs, epochs, costAxis, renderer));
        JFreeChart chart = ChartStyle.chart(ChartStyle.COST_TITLE, plot);
        TextTitle subtitle = ChartStyle.subtitle();
        chart.addSubtitle(0, subtitle);
        Charts.setSubtitle(subtitle, notes.isEmpty() ? null : String.join(" · ", notes));
        TextTitle warning = ChartStyle.warning();
        chart.addSubtitle(1, warning);
        if (!log && ViewRanges.isCapped(highest, start)) {
            Charts.setSubtitle(warning, "↑ some costs leave the chart (axis capped at "
                    + Format.sig3(ViewRanges.COST_CAP_FACTOR) + "× the start)");
        }
        return chart;
    }

    /**
     * A dashed marker at {@code epoch} on a compared runs' cost chart, labelled as the single run's is:
     * the epoch the window's timeline shows, so that the marker follows it.
     */
    public static void markEpoch(JFreeChart costChart, int epoch) {
        XYPlot plot = costChart.getXYPlot();
        ValueMarker m = ChartStyle.marker(ChartStyle.EPOCH_MARKER_COLOR, ChartStyle.DASHED_LINE);
        m.setValue(epoch);
        m.setLabel("epoch " + epoch);
        Charts.placeLabel(m, new Span(plot.getDomainAxis().getLowerBound(), plot.getDomainAxis().getUpperBound()));
        plot.addDomainMarker(m);
    }

    /** The legend entry of a run; "(diverged)" once the run is shown to its end and it blew up. */
    private static String legend(RunTrace r, boolean atEnd) {
        return atEnd && r.diverged() ? r.label() + " (diverged)" : r.label();
    }

    /** One line per series, in the runs' colours and patterns. */
    private static XYLineAndShapeRenderer runLines(int n) {
        // One path per series (LineRenderer), so that a dash pattern runs on across many short segments.
        XYLineAndShapeRenderer r = new LineRenderer();
        for (int i = 0; i < n; i++) {
            r.setSeriesPaint(i, ChartStyle.runColor(i));
            r.setSeriesStroke(i, ChartStyle.runStroke(i));
        }
        r.setLegendLine(ChartStyle.legendLine());
        return r;
    }

    /**
     * The fit and the landscape of the runs part-way through, as an animation shows them: frame {@code k}
     * is the state after {@code k} epochs of every run (a run that stopped earlier stays at its end).
     * Axes are fixed from the whole runs (and the frames asked for), so they do not jump between frames.
     */
    public static final class Frames {
        /** The state at the end of every run. */
        public static final int END = Integer.MAX_VALUE;

        private final List<RunTrace> runs;
        private final Model model;
        private final Dataset data;
        private final QuadraticCost quadratic;
        private final double optimum;
        private final Span range;
        private final double[] values;
        private final double costTop;
        private final Span fitX;

        /**
         * @param widthPixels how wide the landscape will be drawn (sets how finely its curve is sampled)
         * @param frames      the frames that will be drawn (to fix the cost axis over them), or null for just the end
         */
        public Frames(List<RunTrace> runs, int widthPixels, int[] frames) {
            check(runs);
            this.runs = List.copyOf(runs);
            RunTrace base = runs.get(0);
            model = base.config().model();
            data = base.config().data();
            quadratic = QuadraticCost.of(model, data);
            optimum = quadratic.optimum().map(t -> t[J]).orElse(Double.NaN);
            fitX = ViewRanges.fitX(data.xs());

            double[] end = base.paramsAfter(END);
            double slope = Mse.gradient(model, data, end)[J];
            double bottom = LandscapeRange.bowlBottom(end[J], slope, quadratic.curvatureAlong(J));
            // Every run's path along parameter J, read in place (a run keeps up to 16,384 snapshots, and this
            // is built again whenever the compared charts are).
            int total = 0;
            for (RunTrace r : runs) {
                total += r.recordedBefore(END) + 1;
            }
            double[] visited = new double[total];
            int at = 0;
            for (RunTrace r : runs) {
                int shown = r.recordedBefore(END);
                for (int i = 0; i < shown; i++) {
                    visited[at++] = r.history().get(i).beforeParam(J);
                }
                visited[at++] = r.paramsAfter(END)[J];
            }
            int[] keep = Decimation.evenly(total, 4 * RunCharts.MAX_TRAIL_POINTS);
            double[] trail = new double[keep.length];
            for (int k = 0; k < keep.length; k++) {
                trail[k] = visited[keep[k]];
            }
            range = LandscapeRange.choose(base.config().init()[J], trail, trail.length, end[J], bottom);
            values = range.sample(LandscapeRange.sampleCount(widthPixels));

            double top = Double.NaN;
            for (int k : frames == null ? new int[] {END} : frames) {
                for (double c : quadratic.costAlong(data, base.paramsAfter(k), J, values)) {
                    top = higher(top, c);
                }
            }
            for (RunTrace r : runs) {
                for (EpochSnapshot s : r.history()) {
                    if (range.contains(s.beforeParam(J))) {
                        top = higher(top, s.costBefore());
                    }
                }
            }
            costTop = top;
        }

        private static double higher(double top, double c) {
            return !Double.isFinite(c) ? top : Double.isNaN(top) || c > top ? c : top;
        }

        /** The epochs a frame can show: 0 to the longest run's. */
        public int epochs() {
            return runs.stream().mapToInt(RunTrace::epochs).max().orElse(0);
        }

        private boolean atEnd(int k) {
            return k >= epochs();
        }

        private String note(int k) {
            if (k == END || atEnd(k)) {
                int e = epochs();
                return "after " + e + " epoch" + (e == 1 ? "" : "s");
            }
            return "after " + k + " epoch" + (k == 1 ? "" : "s");
        }

        /** The data and each run's curve after {@code k} epochs. */
        public JFreeChart fit(int k) {
            int n = runs.size();
            String[] keys = new String[n];
            for (int i = 0; i < n; i++) {
                keys[i] = legend(runs.get(i), atEnd(k) || k >= runs.get(i).epochs());
            }
            ArrayXYDataset curves = new ArrayXYDataset(keys);
            double low = Double.NaN;
            double high = Double.NaN;
            double[] xs = fitX.sample(FitChart.CURVE_SAMPLES);
            double[][] extents = new double[n][];
            for (int i = 0; i < n; i++) {
                double[] theta = runs.get(i).paramsAfter(k);
                double[] ys = new double[xs.length];
                for (int s = 0; s < xs.length; s++) {
                    ys[s] = model.predict(theta, xs[s]);
                }
                curves.set(i, xs, ys, xs.length);
                double[] e = ViewRanges.extent(ys, ys.length);
                extents[i] = e;
                if (e != null) {
                    low = Double.isNaN(low) ? e[0] : Math.min(low, e[0]);
                    high = Double.isNaN(high) ? e[1] : Math.max(high, e[1]);
                }
            }
            // Large data as the live fit chart shows them: an even sample, each dot one circle.
            ArrayXYDataset points = new ArrayXYDataset(ChartStyle.DATA_LEGEND);
            int[] rows = ScatterSample.rows(data.size(), FitChart.MAX_SHOWN_POINTS);
            for (int r : rows) {
                points.add(0, data.x(r), data.y(r));
            }
            Span yView = ViewRanges.fitY(data.ys(), low, high);
            Span xView = fitX;
            NumberAxis x = ViewAxes.linear(ChartStyle.FIT_X_LABEL, () -> xView);
            NumberAxis y = ViewAxes.linear(ChartStyle.FIT_Y_LABEL, () -> yView);
            XYLineAndShapeRenderer lines = runLines(n);
            XYLineAndShapeRenderer dots = new DotRenderer();
            boolean many = data.size() > FEW_POINTS;
            dots.setSeriesPaint(0, many ? MANY_DOTS_COLOR : ChartStyle.COMPARE_DATA_COLOR);
            dots.setSeriesShape(0, many ? MANY_DOTS : ChartStyle.DATA_DOT);
            dots.setUseOutlinePaint(true);
            dots.setSeriesOutlinePaint(0, ChartStyle.BACKGROUND);
            dots.setSeriesOutlineStroke(0, ChartStyle.THIN_LINE);
            dots.setDrawOutlines(!many);
            XYPlot plot = ChartStyle.plot(new XYPlot(curves, x, y, lines));
            plot.setDataset(1, points);
            plot.setRenderer(1, dots);
            // The runs' lines over the dots: the lines are what is compared, the data the background.
            plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
            JFreeChart chart = ChartStyle.chart(model.formula(), plot);
            chart.getLegend().setSources(new LegendItemSource[] {dots, lines});
            TextTitle subtitle = ChartStyle.subtitle();
            chart.addSubtitle(0, subtitle);
            Charts.setSubtitle(subtitle, note(k) + (rows.length < data.size() ? " · showing an even sample of "
                    + Format.count(rows.length) + " of the " + Format.count(data.size()) + " points" : ""));
            TextTitle warning = ChartStyle.warning();
            chart.addSubtitle(1, warning);
            Charts.setSubtitle(warning, offChartNote(keys, extents, yView));
            return chart;
        }

        /**
         * Names the runs whose line lies wholly above or below the view (a diverged run's, say), which
         * would otherwise simply be missing; null when every line shows.
         */
        private static String offChartNote(String[] labels, double[][] extents, Span view) {
            List<String> off = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                double[] e = extents[i];
                int side = e == null ? 0 : ViewRanges.outside(e[0], e[1], view);
                if (e == null) {
                    off.add(labels[i] + " has no finite line");
                } else if (side != 0) {
                    off.add((side > 0 ? "↑ " : "↓ ") + labels[i] + " is " + (side > 0 ? "above" : "below")
                            + " the chart here");
                }
            }
            return off.isEmpty() ? null : String.join(" · ", off);
        }

        /** The cost along the first parameter (others at the base run's values) and each run's path after {@code k} epochs. */
        public JFreeChart landscape(int k) {
            int n = runs.size();
            String name = model.parameterNames().get(J);
            double[] baseNow = runs.get(0).paramsAfter(k);
            double[] curveCosts = quadratic.costAlong(data, baseNow, J, values);

            String curveKey = ChartStyle.curveLegend(name);
            ArrayXYDataset curve = new ArrayXYDataset(curveKey);
            curve.set(0, values, curveCosts, values.length);
            String[] keys = new String[n];
            String[] currentKeys = new String[n];
            for (int i = 0; i < n; i++) {
                keys[i] = legend(runs.get(i), atEnd(k) || k >= runs.get(i).epochs());
                currentKeys[i] = keys[i] + " now";
            }
            ArrayXYDataset paths = new ArrayXYDataset(keys);
            ArrayXYDataset now = new ArrayXYDataset(currentKeys);
            for (int i = 0; i < n; i++) {
                RunTrace r = runs.get(i);
                // The path: the start of each epoch shown, then where the run was after them; only the
                // points kept for drawing are read.
                int shown = r.recordedBefore(k);
                double[] last = r.paramsAfter(k);
                int[] keep = Decimation.evenly(shown + 1, RunCharts.MAX_TRAIL_POINTS);
                for (int idx : keep) {
                    if (idx < shown) {
                        EpochSnapshot s = r.history().get(idx);
                        paths.add(i, s.beforeParam(J), s.costBefore());
                    } else {
                        paths.add(i, last[J], Mse.cost(model, data, last));
                    }
                }
                now.add(i, last[J], Mse.cost(model, data, last));
            }

            Span xView = range;
            Span yView = ViewRanges.landscapeCost(costTop);
            NumberAxis x = ViewAxes.linear(name, () -> xView);
            NumberAxis y = ViewAxes.linear(ChartStyle.LANDSCAPE_COST_LABEL, () -> yView);
            XYLineAndShapeRenderer curveRenderer = new LineRenderer();
            curveRenderer.setSeriesPaint(0, ChartStyle.COMPARE_CURVE_COLOR);
            curveRenderer.setSeriesStroke(0, ChartStyle.THICK_LINE);
            curveRenderer.setLegendLine(ChartStyle.legendLine());
            // Dots as the live landscape draws its path: up to 2,000 a run, each one circle moved into place.
            XYLineAndShapeRenderer pathRenderer = new DotRenderer(true);
            XYLineAndShapeRenderer nowRenderer = new XYLineAndShapeRenderer(false, true);
            pathRenderer.setLegendLine(ChartStyle.legendLine());
            nowRenderer.setUseOutlinePaint(true);
            for (int i = 0; i < n; i++) {
                pathRenderer.setSeriesPaint(i, ChartStyle.runColor(i));
                pathRenderer.setSeriesStroke(i, ChartStyle.MEDIUM_LINE);
                pathRenderer.setSeriesShape(i, ChartStyle.PATH_DOT);
                nowRenderer.setSeriesPaint(i, ChartStyle.runColor(i));
                nowRenderer.setSeriesShape(i, ChartStyle.circle(18));
                nowRenderer.setSeriesOutlinePaint(i, ChartStyle.TEXT);
                nowRenderer.setSeriesOutlineStroke(i, ChartStyle.THIN_LINE);
                nowRenderer.setSeriesVisibleInLegend(i, false);
            }
            XYPlot plot = ChartStyle.plot(new XYPlot(curve, x, y, curveRenderer));
            plot.setDataset(1, paths);
            plot.setRenderer(1, pathRenderer);
            plot.setDataset(2, now);
            plot.setRenderer(2, nowRenderer);
            plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
            if (Double.isFinite(optimum) && range.contains(optimum)) {
                ValueMarker m = ChartStyle.marker(ChartStyle.OPTIMUM_COLOR, ChartStyle.DASHED_LINE);
                m.setValue(optimum);
                m.setLabel(name + "* = " + Format.sig3(optimum));
                Charts.placeLabel(m, range);
                plot.addDomainMarker(m);
            }
            JFreeChart chart = ChartStyle.chart(ChartStyle.landscapeTitle(name), plot);
            chart.getLegend().setSources(new LegendItemSource[] {curveRenderer, pathRenderer});
            TextTitle subtitle = ChartStyle.subtitle();
            chart.addSubtitle(0, subtitle);
            String text = note(k);
            if (model.parameterCount() > 1) {
                List<String> held = new ArrayList<>();
                for (int p = 0; p < model.parameterCount(); p++) {
                    if (p != J) {
                        held.add(model.parameterNames().get(p) + " = " + Format.sig3(baseNow[p]));
                    }
                }
                text += " · curve with " + String.join(", ", held) + (n > 1 ? " (first run);"
                        + " dots at each run's own cost" : "");
            }
            Charts.setSubtitle(subtitle, text);
            return chart;
        }
    }
}
