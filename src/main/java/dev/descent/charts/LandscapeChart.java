package dev.descent.charts;

import dev.descent.core.Format;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;

/**
 * The cost as a function of one parameter with the others held: the parabola, the path the run took
 * down it, the current point with its tangent (a short segment whose slope is the gradient), and a
 * faint vertical line at the least-squares optimum.
 *
 * <p>The parameter axis spans exactly the curve's values (choose them with {@link LandscapeRange});
 * before there is a curve it follows the points. The cost axis runs from 0 to the highest cost visible
 * in that stretch, so points of a diverged path far outside it cannot flatten the bowl. The tangent is
 * drawn with the same length on screen whatever its slope.
 *
 * <p>Use from one thread at a time; every update method causes at most one chart change event.
 */
public final class LandscapeChart {
    /** The tangent's length, as a fraction of the plot's diagonal in axis-normalised units. */
    public static final double TANGENT_LENGTH = 0.3;

    private static final int CURVE = 0;
    private static final int GHOSTS = 1;
    private static final int PATH = 2;
    private static final int TANGENT = 3;
    private static final int CURRENT = 4;

    private final ArrayXYDataset curve = new ArrayXYDataset(ChartStyle.curveLegend("w"));
    private final ArrayXYDataset path = new ArrayXYDataset(ChartStyle.PATH_LEGEND);
    private final ArrayXYDataset tangent = new ArrayXYDataset(ChartStyle.TANGENT_LEGEND);
    private final ArrayXYDataset current = new ArrayXYDataset(ChartStyle.CURRENT_LEGEND);
    private final ArrayXYDataset ghosts = new ArrayXYDataset(ghostKeys());
    private final org.jfree.chart.renderer.xy.XYLineAndShapeRenderer ghostRenderer = ghostRenderer();
    private int ghostCount;
    private final NumberAxis parameterAxis;
    private final ValueMarker optimumMarker = ChartStyle.marker(ChartStyle.OPTIMUM_COLOR, ChartStyle.DASHED_LINE);
    private final TextTitle subtitle = ChartStyle.subtitle();
    /** Says when the run, or its next step, is off the chart, as the fit and cost charts do. */
    private final TextTitle offChart = ChartStyle.warning();
    private final XYPlot plot;
    private final JFreeChart chart;
    private ChartTheme theme = ChartTheme.LIGHT;

    private String parameter = "w";
    private boolean currentSet;
    private double currentValue = Double.NaN;
    private double currentCost = Double.NaN;
    private double currentSlope = Double.NaN;
    private double optimum = Double.NaN;
    /** The gradient's step, the first arrow's name for SGD. */
    public static final String GRADIENT_STEP = "\u2212lr\u00b7g";
    /** The first arrow's name: {@link #GRADIENT_STEP}, or an adaptive optimizer's whole step. */
    private String stepLabel = GRADIENT_STEP;
    private double gradientStep = Double.NaN;
    private double velocityStep = Double.NaN;
    private Span xView = LandscapeRange.DEFAULT;
    private Span yView = new Span(0, 1);

    public LandscapeChart() {
        parameterAxis = ViewAxes.linear(parameter, () -> xView);
        NumberAxis costAxis = ViewAxes.linear(ChartStyle.LANDSCAPE_COST_LABEL, () -> yView);
        XYLineAndShapeRenderer curveRenderer = lineRenderer(ChartStyle.CURVE_COLOR, ChartStyle.THICK_LINE);
        XYLineAndShapeRenderer pathRenderer = pathRenderer();
        XYLineAndShapeRenderer tangentRenderer = lineRenderer(ChartStyle.TANGENT_COLOR, ChartStyle.THICK_LINE);
        XYLineAndShapeRenderer currentRenderer = currentRenderer();
        plot = ChartStyle.plot(new XYPlot(curve, parameterAxis, costAxis, curveRenderer));
        plot.setDataset(PATH, path);
        plot.setRenderer(PATH, pathRenderer);
        plot.setDataset(TANGENT, tangent);
        plot.setRenderer(TANGENT, tangentRenderer);
        plot.setDataset(CURRENT, current);
        plot.setRenderer(CURRENT, currentRenderer);
        plot.setDataset(GHOSTS, ghosts);
        plot.setRenderer(GHOSTS, ghostRenderer);
        for (int g = 0; g < ChartStyle.MAX_GHOSTS; g++) {
            ghostRenderer.setSeriesVisibleInLegend(g, false);
        }
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        chart = ChartStyle.chart(ChartStyle.landscapeTitle(parameter), plot);
        // Drawn curve, ghosts, path, tangent, point (the point on top); listed curve, path, point, tangent, ghosts.
        chart.getLegend().setSources(new LegendItemSource[] {curveRenderer, pathRenderer, currentRenderer,
                tangentRenderer, ghostRenderer});
        chart.addSubtitle(0, subtitle);
        chart.addSubtitle(1, offChart);
        Charts.setSubtitle(offChart, null);
        optimumMarker.setPaint(ChartStyle.OPTIMUM_COLOR);
        optimumMarker.setAlpha(0.9f);
        // On the plot for good, hidden while NaN: a copy for a file shares the plot's marker lists.
        optimumMarker.setValue(Double.NaN);
        plot.addDomainMarker(optimumMarker);
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
        ChartStyle.setTextScale(chart, k, optimumMarker);
    }

    /** Draws the chart in {@code theme}'s colours. */
    public void setTheme(ChartTheme theme) {
        this.theme = theme;
        Charts.once(chart, () -> {
            theme.apply(chart, java.util.List.of(optimumMarker), java.util.List.of());
            refreshArrows();
        });
    }

    /** Names the parameter on the x axis, in the title and in the legend. */
    public void setParameterName(String name) {
        if (java.util.Objects.equals(name, parameter)) {
            return; // nothing to redraw (every restart names the parameter again)
        }
        Charts.once(chart, () -> {
            parameter = name;
            parameterAxis.setLabel(name);
            chart.setTitle(ChartStyle.landscapeTitle(name));
            curve.setKey(0, ChartStyle.curveLegend(name));
            refreshOptimum();
            curve.changed();
        });
    }

    /** The cost curve: {@code costs[i]} at {@code values[i]}, in increasing order of value. */
    public void setCurve(double[] values, double[] costs) {
        Charts.once(chart, () -> {
            curve.set(0, values, costs, Math.min(values.length, costs.length));
            refresh();
        });
    }

    /** The points visited, connected in order; non-finite ones are skipped. */
    public void setTrail(double[] values, double[] costs, int count) {
        Charts.once(chart, () -> {
            path.set(0, values, costs, count);
            refresh();
        });
    }

    /** The current point and the slope of the cost there (the gradient along this parameter). */
    public void setCurrent(double value, double cost, double slope) {
        Charts.once(chart, () -> {
            currentSet = true;
            currentValue = value;
            currentCost = cost;
            currentSlope = slope;
            refresh();
        });
    }

    /**
     * Arrows from the current point to where the next update's parts would move this parameter: the
     * gradient's step {@code −lr·g} and, with momentum, the velocity's {@code −lr·v} (NaN for none).
     */
    public void setSteps(double gradientStep, double velocityStep) {
        setSteps(GRADIENT_STEP, gradientStep, velocityStep);
    }

    /**
     * Like {@link #setSteps(double, double)}, with the first arrow named {@code stepLabel}: an adaptive
     * optimizer's step is not {@code −lr·g}, and its arrow says whose it is.
     */
    public void setSteps(String stepLabel, double gradientStep, double velocityStep) {
        Charts.once(chart, () -> {
            this.stepLabel = stepLabel;
            this.gradientStep = gradientStep;
            this.velocityStep = velocityStep;
            refreshArrows();
        });
    }

    private void refreshArrows() {
        Charts.setSubtitle(offChart, offChartNote());
        plot.clearAnnotations();
        // A point off the chart has no tangent or arrows to draw: they would be cut along an edge.
        if (Double.isFinite(currentValue) && Double.isFinite(currentCost) && currentInView()) {
            if (Double.isFinite(gradientStep) && gradientStep != 0) {
                plot.addAnnotation(new StepArrow(currentValue, currentValue + gradientStep, currentCost, 26,
                        stepLabel, theme.colour(ChartStyle.TANGENT_COLOR), theme.colour(ChartStyle.LABEL_BACKGROUND)), false);
            }
            if (Double.isFinite(velocityStep) && velocityStep != 0) {
                plot.addAnnotation(new StepArrow(currentValue, currentValue + velocityStep, currentCost, 48,
                        "\u2212lr\u00b7v", theme.colour(ChartStyle.VERMILLION),
                        theme.colour(ChartStyle.LABEL_BACKGROUND)), false);
            }
        }
    }

    /**
     * A diverged run leaves nothing to draw, and a step too long for the view is cut at its edge: both
     * are said in words. Null when all is on the chart.
     */
    private String offChartNote() {
        if (!currentSet) {
            return null;
        }
        if (!Double.isFinite(currentValue) || !Double.isFinite(currentCost)) {
            return "\u2191 the run has left the chart: " + parameter + " is no longer a finite number";
        }
        if (!currentInView()) {
            return "\u2191 the run has left the chart: now at " + parameter + " = " + Format.sig3(currentValue)
                    + ", cost " + Format.sig3(currentCost);
        }
        if (Double.isFinite(gradientStep) && !xView.contains(currentValue + gradientStep)) {
            return "\u2192 the next step, " + stepLabel + " = " + Format.sig3(gradientStep) + ", lands off the chart";
        }
        return null;
    }

    /** Whether the current point lies inside the views. */
    private boolean currentInView() {
        return xView.contains(currentValue) && yView.contains(currentCost);
    }

    /** The warning under the title, or null when the run and its next step are on the chart. */
    public String offChartText() {
        return offChart.isVisible() ? offChart.getText() : null;
    }

    /** A faint vertical line at the least-squares optimum of this parameter; NaN for none. */
    public void setOptimum(double value) {
        Charts.once(chart, () -> {
            optimum = value;
            refreshOptimum();
        });
    }

    /** A line of text under the title (null or blank hides it). */
    public void setSubtitle(String text) {
        Charts.once(chart, () -> Charts.setSubtitle(subtitle, text));
    }

    public Span parameterView() {
        return xView;
    }

    public Span costView() {
        return yView;
    }


    /**
     * Earlier runs drawn faded behind the live one, each labelled in the legend (at most
     * {@link ChartStyle#MAX_GHOSTS}; older ones first). Empty lists clear them.
     *
     * @param labels one per ghost, e.g. "before: GD lr 0.01"
     * @param xs     per ghost, the parameter values visited
     * @param costs  per ghost, the costs
     */
    public void setGhosts(java.util.List<String> labels, java.util.List<double[]> xs, java.util.List<double[]> costs) {
        Charts.once(chart, () -> {
            ghostCount = Charts.setGhosts(ghosts, ghostRenderer, labels, xs, costs);
            ghosts.changed();
        });
    }

    /** How many ghosts are drawn. */
    public int ghostCount() {
        return ghostCount;
    }

    /** Recomputes both views, the current point and its tangent, and fires once. */
    private void refresh() {
        xView = parameterView(curve.getItemCount(0) > 0);
        yView = ViewRanges.landscapeCost(highestVisible());
        current.clearAll();
        current.add(0, currentValue, currentCost);
        tangent.clearAll();
        if (current.getItemCount(0) > 0 && Double.isFinite(currentSlope) && currentInView()) {
            double dx = tangentHalfWidth(currentSlope);
            tangent.add(0, currentValue - dx, currentCost - currentSlope * dx);
            tangent.add(0, currentValue + dx, currentCost + currentSlope * dx);
        }
        refreshOptimum();
        refreshArrows();
        path.changed();
        tangent.changed();
        current.changed();
        curve.changed();
    }

    private Span parameterView(boolean hasCurve) {
        if (hasCurve) {
            int n = curve.getItemCount(0);
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                lo = Math.min(lo, curve.getXValue(0, i));
                hi = Math.max(hi, curve.getXValue(0, i));
            }
            return Span.around(lo, hi, LandscapeRange.DEFAULT);
        }
        int n = path.getItemCount(0);
        double[] trail = new double[n];
        for (int i = 0; i < n; i++) {
            trail[i] = path.getXValue(0, i);
        }
        double start = n > 0 ? trail[0] : Double.NaN;
        return LandscapeRange.choose(start, trail, n, currentValue, optimum);
    }

    private double highestVisible() {
        double top = Double.NaN;
        for (ArrayXYDataset d : new ArrayXYDataset[] {curve, path}) {
            int n = d.getItemCount(0);
            for (int i = 0; i < n; i++) {
                top = higher(top, d.getXValue(0, i), d.getYValue(0, i));
            }
        }
        return higher(top, currentValue, currentCost);
    }

    private double higher(double top, double x, double y) {
        if (!xView.contains(x) || !Double.isFinite(y)) {
            return top;
        }
        return Double.isNaN(top) || y > top ? y : top;
    }

    /** Half the tangent's x extent, so that its on-screen length is the same for any slope. */
    private double tangentHalfWidth(double slope) {
        double nx = 1 / xView.length();
        double ny = slope / yView.length();
        double dx = TANGENT_LENGTH / 2 / Math.hypot(nx, ny);
        return Double.isFinite(dx) && dx > 0 ? dx : xView.length() * TANGENT_LENGTH / 2;
    }

    /** The dashed line at the least-squares value, or none (NaN: outside every range, so not drawn). */
    private void refreshOptimum() {
        optimumMarker.setValue(optimum);
        if (Double.isFinite(optimum)) {
            optimumMarker.setLabel(ChartStyle.optimumLabel(parameter, optimum));
            Charts.placeLabel(optimumMarker, xView);
        }
    }


    private static org.jfree.chart.renderer.xy.XYLineAndShapeRenderer ghostRenderer() {
        var r = new LineRenderer();
        for (int g = 0; g < ChartStyle.MAX_GHOSTS; g++) {
            r.setSeriesPaint(g, ChartStyle.GHOST_COLOR);
            r.setSeriesStroke(g, ChartStyle.GHOST_LINE);
        }
        r.setLegendLine(ChartStyle.legendLine());
        return r;
    }

    static String[] ghostKeys() {
        String[] keys = new String[ChartStyle.MAX_GHOSTS];
        for (int g = 0; g < keys.length; g++) {
            keys[g] = "ghost " + (g + 1);
        }
        return keys;
    }

    private static XYLineAndShapeRenderer lineRenderer(java.awt.Color color, java.awt.Stroke stroke) {
        XYLineAndShapeRenderer r = new LineRenderer();
        r.setSeriesPaint(0, color);
        r.setSeriesStroke(0, stroke);
        r.setLegendLine(ChartStyle.legendLine());
        return r;
    }

    private static XYLineAndShapeRenderer pathRenderer() {
        XYLineAndShapeRenderer r = new DotRenderer(true);
        r.setSeriesPaint(0, ChartStyle.PATH_COLOR);
        r.setSeriesStroke(0, ChartStyle.MEDIUM_LINE);
        r.setSeriesShape(0, ChartStyle.PATH_DOT);
        r.setLegendLine(ChartStyle.legendLine());
        return r;
    }

    private static XYLineAndShapeRenderer currentRenderer() {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesPaint(0, ChartStyle.CURRENT_COLOR);
        r.setSeriesShape(0, ChartStyle.CURRENT_DOT);
        r.setUseOutlinePaint(true);
        r.setSeriesOutlinePaint(0, ChartStyle.TEXT);
        r.setSeriesOutlineStroke(0, ChartStyle.MEDIUM_LINE);
        return r;
    }
}
