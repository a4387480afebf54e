package dev.descent.charts;

import dev.descent.core.Dataset;
import dev.descent.core.Format;
import dev.descent.core.Model;
import dev.descent.core.Mse;
import dev.descent.core.analysis.QuadraticCost;
import dev.descent.core.train.EpochSnapshot;
import dev.descent.core.train.RunConfig;
import dev.descent.core.train.RunResult;
import dev.descent.core.train.StopReason;
import dev.descent.core.train.Verdict;
import org.jfree.chart.JFreeChart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three charts of a finished run, for {@code train --png DIR}: the fit, the cost per epoch and the
 * landscape along the first parameter (w, or a) with the others held at their final values. The
 * builders are public so that the app can show the same pictures.
 */
public final class RunCharts {
    public static final String FIT_FILE = "fit.png";
    public static final String COST_FILE = "cost.png";
    public static final String LANDSCAPE_FILE = "landscape.png";
    /** A long run's path is thinned to at most this many points on the landscape. */
    public static final int MAX_TRAIL_POINTS = 2000;
    /** The largest picture side accepted, in pixels. */
    public static final int MAX_SIDE = 10_000;
    /** The parameter the landscape shows. */
    public static final int LANDSCAPE_PARAMETER = 0;

    private RunCharts() {
    }

    /**
     * The charts of {@code train --png} for pictures of width×height, by file name: {@value #FIT_FILE},
     * {@value #COST_FILE}, {@value #LANDSCAPE_FILE}, in that order. {@link ChartPng#writePng} draws each.
     *
     * @throws IllegalArgumentException if a side is not between 1 and {@value #MAX_SIDE}
     */
    public static Map<String, JFreeChart> pictures(RunConfig config, List<EpochSnapshot> history, RunResult result,
                                                   int width, int height) {
        checkSide(width, height);
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        charts.put(FIT_FILE, fitChart(config, history, result).chart());
        charts.put(COST_FILE, costChart(config, history, result).chart());
        charts.put(LANDSCAPE_FILE, landscapeChart(config, history, result, width).chart());
        return charts;
    }

    /** Refuses a picture side outside 1 to {@value #MAX_SIDE} pixels. */
    static void checkSide(int width, int height) {
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("picture size must be between 1 and " + MAX_SIDE
                    + " pixels on each side; got " + width + "×" + height);
        }
    }


    /** The data and the model at the end of the run (at the last finite parameters if it diverged). */
    public static FitChart fitChart(RunConfig config, List<EpochSnapshot> history, RunResult result) {
        FitChart fit = new FitChart(config.model());
        fit.chart().setNotify(false);
        fit.setData(config.data());
        double[] shown = lastFiniteParams(config, history, result);
        fit.setParams(shown);
        fit.setSubtitle(fitNote(result));
        fit.chart().setNotify(true);
        return fit;
    }

    /**
     * Where a cost curve ends, at {@code result.finalCost()}: each epoch's point is the cost it started
     * from, and the last is the cost after the last epoch, where the run stopped (after a divergence,
     * the cost that stopped it, at the epoch that never ran). -1 when it stopped at no epoch.
     */
    static int endEpoch(RunResult result) {
        return result.reason() == StopReason.DIVERGED ? result.stopEpoch() : result.epochs();
    }

    /**
     * The cost per epoch (each epoch's cost before its update, as the lectures print it), ending at the
     * cost where the run stopped ({@link #endEpoch}); on a log scale when the run diverged or is diverging
     * (see {@link Verdict}), where the explosion is a straight line instead of a wall.
     */
    public static CostChart costChart(RunConfig config, List<EpochSnapshot> history, RunResult result) {
        CostChart cost = new CostChart();
        cost.chart().setNotify(false);
        int n = history.size();
        int[] epochs = new int[n];
        double[] costs = new double[n];
        for (int i = 0; i < n; i++) {
            epochs[i] = history.get(i).epoch();
            costs[i] = history.get(i).costBefore();
        }
        cost.append(epochs, costs, n);
        int end = endEpoch(result);
        if (end >= 0 && (n == 0 || end > epochs[n - 1])) {
            cost.append(new int[] {end}, new double[] {result.finalCost()}, 1);
        }
        // A run that ran to its end above its stability limit is diverging too (slowly); where no limit is
        // known, a cost that ended higher than it started is said rather than "finished".
        QuadraticCost quadratic = QuadraticCost.of(config.model(), config.data());
        Verdict verdict = n == 0 || history.get(0).epoch() != 0 ? Verdict.NONE
                : Verdict.afterRun(Verdict.atStart(config, quadratic), config, quadratic, history.get(0).costBefore(),
                result);
        cost.setLogScale(result.reason() == StopReason.DIVERGED || verdict.kind() == Verdict.Kind.DIVERGING);
        cost.setSubtitle(config.optimizer().describe() + " · " + batchName(config) + " · "
                + (verdict.isWarning() ? verdict.message() : result.message()));
        cost.chart().setNotify(true);
        return cost;
    }

    /**
     * The cost along the first parameter with the others held at their final values, the path of the run
     * projected onto that parameter (with the whole cost at each point it visited), the final point and
     * its tangent, and the least-squares optimum.
     */
    public static LandscapeChart landscapeChart(RunConfig config, List<EpochSnapshot> history, RunResult result,
                                                int widthPixels) {
        return landscapeChart(config, history, result, widthPixels, null);
    }

    /**
     * As {@link #landscapeChart(RunConfig, List, RunResult, int)}, over a given stretch of the parameter
     * (null to choose it from the run), so that the frames of an animation share one axis.
     */
    public static LandscapeChart landscapeChart(RunConfig config, List<EpochSnapshot> history, RunResult result,
                                                int widthPixels, Span fixedRange) {
        Model model = config.model();
        Dataset data = config.data();
        int j = LANDSCAPE_PARAMETER;
        QuadraticCost quadratic = QuadraticCost.of(model, data);

        // The path: where each epoch started, then where the run ended.
        List<double[]> visited = new ArrayList<>();
        List<Double> visitedCost = new ArrayList<>();
        for (EpochSnapshot s : history) {
            visited.add(s.before());
            visitedCost.add(s.costBefore());
        }
        double[] end = lastFiniteParams(config, history, result);
        visited.add(end);
        visitedCost.add(Mse.cost(model, data, end));
        if (history.isEmpty()) {
            visited.add(0, config.init());
            visitedCost.add(0, Mse.cost(model, data, config.init()));
        }
        int[] keep = Decimation.evenly(visited.size(), MAX_TRAIL_POINTS);
        double[] trail = new double[keep.length];
        double[] trailCost = new double[keep.length];
        for (int k = 0; k < keep.length; k++) {
            trail[k] = visited.get(keep[k])[j];
            trailCost[k] = visitedCost.get(keep[k]);
        }

        double optimum = quadratic.optimum().map(t -> t[j]).orElse(Double.NaN);
        double endCost = Mse.cost(model, data, end);
        double endSlope = Mse.gradient(model, data, end)[j];
        double bottom = LandscapeRange.bowlBottom(end[j], endSlope, quadratic.curvatureAlong(j));
        Span range = fixedRange != null ? fixedRange
                : LandscapeRange.choose(config.init()[j], trail, trail.length, end[j], bottom);
        double[] values = range.sample(LandscapeRange.sampleCount(widthPixels));
        double[] costs = quadratic.costAlong(data, end, j, values);

        LandscapeChart chart = new LandscapeChart();
        chart.chart().setNotify(false);
        String name = model.parameterNames().get(j);
        chart.setParameterName(name);
        chart.setCurve(values, costs);
        chart.setTrail(trail, trailCost, trail.length);
        chart.setCurrent(end[j], endCost, endSlope);
        chart.setOptimum(optimum);
        chart.setSubtitle(landscapeNote(config, result, j, end, range, optimum, bottom));
        chart.chart().setNotify(true);
        return chart;
    }

    /** The final parameters, or, if they are not all finite, those of the last epoch that were. */
    static double[] lastFiniteParams(RunConfig config, List<EpochSnapshot> history, RunResult result) {
        double[] fin = result.finalParams();
        if (ChartText.allFinite(fin) && fin.length == config.model().parameterCount()) {
            return fin;
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            EpochSnapshot s = history.get(i);
            if (ChartText.allFinite(s.params())) {
                return s.params();
            }
            if (ChartText.allFinite(s.before())) {
                return s.before();
            }
        }
        return config.init();
    }

    private static String fitNote(RunResult result) {
        return switch (result.reason()) {
            case DIVERGED -> "the run " + result.message();
            default -> "after " + result.epochs() + " epoch" + (result.epochs() == 1 ? "" : "s")
                    + (result.reason() == StopReason.CONVERGED ? " (converged)" : "");
        };
    }

    private static String batchName(RunConfig config) {
        if (config.isFullBatch()) {
            return "full batch";
        }
        int b = config.effectiveBatchSize();
        return b == 1 ? "one sample per update" : "batches of " + b;
    }

    /**
     * "w went from 1.00 to 2.00 in 100 epochs", then which parameters are held, and, when the dashed
     * least-squares line is not at the bottom of the bowl drawn, why.
     */
    private static String landscapeNote(RunConfig config, RunResult result, int j, double[] end, Span range,
                                        double optimum, double bottom) {
        Model model = config.model();
        String name = model.parameterNames().get(j);
        StringBuilder sb = new StringBuilder();
        sb.append(name).append(" went from ").append(Format.sig3(config.init()[j])).append(" to ")
                .append(Format.sig3(end[j]));
        if (!range.contains(end[j])) {
            sb.append(" (off the chart)");
        }
        int epochs = result.epochs();
        sb.append(" in ").append(epochs).append(epochs == 1 ? " epoch" : " epochs");
        if (model.parameterCount() == 1) {
            return sb.toString();
        }
        List<String> others = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (int k = 0; k < model.parameterCount(); k++) {
            if (k != j) {
                others.add(model.parameterNames().get(k));
                values.add(Format.sig3(end[k]));
            }
        }
        boolean one = others.size() == 1;
        sb.append(" · ").append(String.join(", ", others)).append(one ? " held at its final value " : " held at their final values ")
                .append(String.join(", ", values));
        if (Double.isFinite(optimum) && Double.isFinite(bottom) && range.contains(optimum)
                && Math.abs(optimum - bottom) > 0.02 * range.length()) {
            String held = String.join(", ", others);
            sb.append("\nDashed: ").append(name).append("*, the best ").append(name).append(" if ").append(held)
                    .append(" were best too. With ").append(held)
                    .append(one ? " as it is" : " as they are").append(", the best ").append(name)
                    .append(" is at the bottom of the curve.");
        }
        return sb.toString();
    }
}
