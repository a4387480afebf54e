package dev.descent.charts;

import dev.descent.core.Dataset;
import dev.descent.core.Format;
import dev.descent.core.Model;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;

/**
 * The data as dots and the model's curve through them; the rows of the current batch ringed. The
 * title is the fitted equation. The x range follows the data; the y range takes in the data and as
 * much of the curve as stays within reach of it (see {@link ViewRanges#fitY}).
 *
 * <p>Large data are drawn as a sample: at most {@link #MAX_SHOWN_POINTS} dots ({@link ScatterSample}),
 * smaller ones, and a note under the title says so ("showing 4,000 of 1,000,000 points"). The axes
 * still span all the data, and the rings of the current batch mark its own rows, drawn or not. A
 * million dots would take a second to draw and show nothing more than a few thousand do.
 *
 * <p>Use from one thread at a time (the FX thread in the app). Every update method causes at most one
 * chart change event, and none while the caller holds the chart's notifications off.
 */
public final class FitChart {
    /** Points on the model's curve across the visible x range: enough for a smooth parabola. */
    public static final int CURVE_SAMPLES = 241;
    /** The most data points drawn; larger data are shown as a sample of this many. */
    public static final int MAX_SHOWN_POINTS = 4000;
    /** The most batch rows ringed (a batch of more is ringed at this many of its rows, evenly spread). */
    public static final int MAX_RINGED_ROWS = 500;
    /** Above this many dots drawn they are drawn smaller, so that a dense cloud does not merge into a blob. */
    static final int SMALL_DOTS_ABOVE = 1000;
    private static final java.awt.Shape SMALL_DOT = new java.awt.geom.Ellipse2D.Double(-3.5, -3.5, 7, 7);

    private static final int CURVE = 0;
    private static final int DATA = 1;
    private static final int BATCH = 2;
    /** The curve again, drawn over the dots when they are many (so that a dense cloud does not hide it). */
    private static final int CURVE_OVER = 3;
    /** Small dots are see-through, so that a dense cloud shows where the data are densest. */
    static final java.awt.Color SMALL_DOT_COLOR = new java.awt.Color(
            ChartStyle.DATA_COLOR.getRed(), ChartStyle.DATA_COLOR.getGreen(), ChartStyle.DATA_COLOR.getBlue(), 120);

    private final ArrayXYDataset curve = new ArrayXYDataset(ChartStyle.MODEL_LEGEND);
    private final ArrayXYDataset points = new ArrayXYDataset(ChartStyle.DATA_LEGEND);
    /** Stands in for the curve where it is not drawn (under or over the dots); empty, but keeps the legend. */
    private final ArrayXYDataset noCurve = new ArrayXYDataset(ChartStyle.MODEL_LEGEND);
    private final ArrayXYDataset batch = new ArrayXYDataset(ChartStyle.BATCH_LEGEND);
    private final XYLineAndShapeRenderer batchRenderer;
    private final XYLineAndShapeRenderer dataRenderer;
    private final TextTitle subtitle = ChartStyle.subtitle();
    private final TextTitle sampleNote = ChartStyle.subtitle();
    private final TextTitle offChart = ChartStyle.warning();
    private final JFreeChart chart;
    private ChartTheme theme = ChartTheme.LIGHT;

    private Model model;
    private Dataset data;
    private double[] theta;
    private int[] batchRows;
    /** The data's lowest and highest y (null without data), kept so that a frame never rescans the data. */
    private double[] dataYExtent;
    private int shownPoints;
    private Span xView = ViewRanges.DEFAULT_X;
    private Span yView = ViewRanges.DEFAULT_Y;

    public FitChart(Model model) {
        this.model = model;
        NumberAxis x = ViewAxes.linear(ChartStyle.FIT_X_LABEL, () -> xView);
        NumberAxis y = ViewAxes.linear(ChartStyle.FIT_Y_LABEL, () -> yView);
        XYLineAndShapeRenderer curveRenderer = curveRenderer();
        XYLineAndShapeRenderer curveOverRenderer = curveRenderer();
        dataRenderer = dataRenderer();
        XYPlot plot = ChartStyle.plot(new XYPlot(curve, x, y, curveRenderer));
        plot.setDataset(DATA, points);
        plot.setRenderer(DATA, dataRenderer);
        batchRenderer = batchRenderer();
        plot.setDataset(BATCH, batch);
        plot.setRenderer(BATCH, batchRenderer);
        plot.setDataset(CURVE_OVER, noCurve);
        plot.setRenderer(CURVE_OVER, curveOverRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        chart = ChartStyle.chart(model.formula(), plot);
        // Drawn curve first (under the dots), but listed as the lecture says it: data, model, batch.
        chart.getLegend().setSources(new LegendItemSource[] {dataRenderer, curveRenderer, batchRenderer});
        chart.addSubtitle(0, subtitle);
        chart.addSubtitle(1, offChart);
        chart.addSubtitle(2, sampleNote);
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
        ChartStyle.setTextScale(chart, k);
    }

    /** Draws the chart in {@code theme}'s colours. */
    public void setTheme(ChartTheme theme) {
        this.theme = theme;
        theme.apply(chart);
    }

    /** A new model: the curve disappears until {@link #setParams} gives the new model's parameters. */
    public void setModel(Model newModel) {
        Charts.once(chart, () -> {
            model = newModel;
            theta = null;
            refreshCurve();
        });
    }

    /** The points to draw; null for none. The x range follows them. */
    public void setData(Dataset newData) {
        if (newData == data) {
            return; // the same (immutable) points: nothing to redraw, and no resampling of a large data set
        }
        Charts.once(chart, () -> {
            data = newData;
            if (data == null) {
                points.clearAll();
                xView = ViewRanges.DEFAULT_X;
                dataYExtent = null;
                shownPoints = 0;
            } else {
                showSample();
                xView = ViewRanges.fitX(data.xs());
                dataYExtent = ViewRanges.extent(data.ys(), data.size());
            }
            points.changed();
            refreshBatch();
            refreshCurve();
        });
    }

    /**
     * The model's parameters: the curve is redrawn across the visible x range and the title shows the
     * equation. Non-finite parameters (a diverged run) remove the curve and say so in the title.
     */
    public void setParams(double[] newTheta) {
        Charts.once(chart, () -> {
            theta = newTheta == null ? null : newTheta.clone();
            refreshCurve();
        });
    }

    /** Rings the given rows of the data (the current batch); null or empty for none. */
    public void setBatch(int[] rows) {
        if (rows == null && batchRows == null) {
            return; // no batch before or after: nothing to redraw
        }
        Charts.once(chart, () -> {
            batchRows = rows == null ? null : rows.clone();
            refreshBatch();
        });
    }

    /** A line of text under the title (null or blank hides it). */
    public void setSubtitle(String text) {
        Charts.once(chart, () -> Charts.setSubtitle(subtitle, text));
    }

    /** How many data points are drawn: all of them, or {@link #MAX_SHOWN_POINTS} of large data. */
    public int shownPoints() {
        return shownPoints;
    }

    /** The note saying the dots are a sample, or null when every point is drawn. */
    public String sampleNote() {
        return sampleNote.isVisible() ? sampleNote.getText() : null;
    }

    /** Puts the data, or a sample of it, into the dots' series, and says which. */
    private void showSample() {
        int n = data.size();
        int[] rows = ScatterSample.rows(n, MAX_SHOWN_POINTS);
        points.clearAll();
        for (int r : rows) {
            points.add(0, data.x(r), data.y(r));
        }
        shownPoints = rows.length;
        boolean small = shownPoints > SMALL_DOTS_ABOVE;
        dataRenderer.setSeriesShape(0, small ? SMALL_DOT : ChartStyle.DATA_DOT, false);
        dataRenderer.setSeriesPaint(0, theme.colour(small ? SMALL_DOT_COLOR : ChartStyle.DATA_COLOR), false);
        dataRenderer.setDrawOutlines(!small);
        chart.getXYPlot().setDataset(CURVE, small ? noCurve : curve);
        chart.getXYPlot().setDataset(CURVE_OVER, small ? curve : noCurve);
        Charts.setSubtitle(sampleNote, rows.length < n
                ? "showing an even sample of " + Format.count(rows.length) + " of the " + Format.count(n) + " points"
                : null);
    }

    /** The x range the chart shows. */
    public Span xView() {
        return xView;
    }

    /** The y range the chart shows. */
    public Span yView() {
        return yView;
    }

    /** Points along the model's curve: its two ends for a straight line, {@link #CURVE_SAMPLES} for a parabola. */
    static int curveSamples(Model m) {
        return switch (m) {
            case LINE, AFFINE -> 2;
            case QUADRATIC -> CURVE_SAMPLES;
        };
    }

    private void refreshCurve() {
        curve.clearAll();
        double low = Double.NaN;
        double high = Double.NaN;
        boolean drawable = theta != null && theta.length == model.parameterCount() && ChartText.allFinite(theta);
        if (drawable) {
            double[] xs = xView.sample(curveSamples(model));
            double[] ys = new double[xs.length];
            for (int i = 0; i < xs.length; i++) {
                ys[i] = model.predict(theta, xs[i]);
            }
            curve.set(0, xs, ys, xs.length);
            double[] e = ViewRanges.extent(ys, ys.length);
            if (e != null) {
                low = e[0];
                high = e[1];
            }
            chart.setTitle(ChartText.equation(model, theta));
        } else if (theta != null && theta.length == model.parameterCount()) {
            chart.setTitle(model.formula() + ": diverged (" + nonFinite() + ")");
        } else {
            chart.setTitle(model.formula());
        }
        yView = ViewRanges.fitY(dataYExtent, low, high);
        Charts.setSubtitle(offChart, offChartNote(low, high));
        curve.changed();
    }

    /**
     * Says where the model went when none of its curve is inside the view (its y values over the x range
     * lie wholly above or below it); null when some of it shows.
     */
    private String offChartNote(double low, double high) {
        if (Double.isNaN(low)) {
            return null;
        }
        String range = Format.sig3(low) + " to " + Format.sig3(high);
        return switch (ViewRanges.outside(low, high, yView)) {
            case 1 -> "↑ the model is above the chart here (y from " + range + ")";
            case -1 -> "↓ the model is below the chart here (y from " + range + ")";
            default -> null;
        };
    }

    /** Whether a note says that the model's curve is outside the view. */
    public boolean isModelOffChart() {
        return offChart.isVisible();
    }

    private String nonFinite() {
        for (int j = 0; j < theta.length; j++) {
            if (!Double.isFinite(theta[j])) {
                return model.parameterNames().get(j) + " = " + Format.sig3(theta[j]);
            }
        }
        return "";
    }

    private void refreshBatch() {
        batch.clearAll();
        if (data != null && batchRows != null) {
            // The batch's own rows, whether or not the sample draws them; a huge batch ringed evenly.
            for (int i : Decimation.evenly(batchRows.length, MAX_RINGED_ROWS)) {
                int r = batchRows[i];
                if (r >= 0 && r < data.size()) {
                    batch.add(0, data.x(r), data.y(r));
                }
            }
        }
        batchRenderer.setSeriesVisibleInLegend(0, batch.getItemCount(0) > 0, false);
        batch.changed();
    }

    private static XYLineAndShapeRenderer curveRenderer() {
        XYLineAndShapeRenderer r = new LineRenderer();
        r.setSeriesPaint(0, ChartStyle.MODEL_COLOR);
        r.setSeriesStroke(0, ChartStyle.THICK_LINE);
        r.setLegendLine(ChartStyle.legendLine());
        return r;
    }

    private static XYLineAndShapeRenderer dataRenderer() {
        XYLineAndShapeRenderer r = new DotRenderer();
        r.setSeriesPaint(0, ChartStyle.DATA_COLOR);
        r.setSeriesShape(0, ChartStyle.DATA_DOT);
        r.setSeriesShapesFilled(0, true);
        r.setUseOutlinePaint(true);
        r.setSeriesOutlinePaint(0, ChartStyle.BACKGROUND);
        r.setSeriesOutlineStroke(0, ChartStyle.THIN_LINE);
        return r;
    }

    private static XYLineAndShapeRenderer batchRenderer() {
        XYLineAndShapeRenderer r = new DotRenderer();
        r.setSeriesPaint(0, ChartStyle.BATCH_COLOR);
        r.setSeriesShape(0, ChartStyle.BATCH_RING);
        r.setSeriesShapesFilled(0, false);
        r.setUseOutlinePaint(false);
        r.setSeriesOutlineStroke(0, ChartStyle.MEDIUM_LINE);
        r.setSeriesVisibleInLegend(0, false);
        return r;
    }
}
