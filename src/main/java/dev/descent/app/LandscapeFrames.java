package dev.descent.app;

import dev.descent.charts.Decimation;
import dev.descent.charts.LandscapeChart;
import dev.descent.charts.LandscapeRange;
import dev.descent.charts.Span;
import dev.descent.core.analysis.QuadraticCost;
import dev.descent.core.train.EpochSnapshot;
import dev.descent.core.train.RunConfig;

import java.util.List;

/**
 * What the landscape (the cost along one parameter) shows for one state of a run: the curve, the path
 * so far thinned to what the eye can tell apart, the point now and the next step's arrows. Worked out on
 * the landscape's painting thread from values the FX thread hands over ({@link Key} tells the FX thread
 * whether anything changed); plain functions of what they are given.
 */
final class LandscapeFrames {
    /**
     * The landscape's path skips points nearer than 1/{@value} of the view (across or up) to the last
     * point drawn: below a pixel on any screen.
     */
    static final double TRAIL_RESOLUTION = 4000;

    private LandscapeFrames() {
    }

    /** What the landscape shows in one frame. */
    record Frame(String parameter, double[] values, double[] costs, double[] trailX, double[] trailCost,
                 double current, double cost, double slope, double optimum, String stepLabel, double gradientStep,
                 double velocityStep) {
        void applyTo(LandscapeChart chart) {
            chart.setParameterName(parameter);
            chart.setCurve(values, costs);
            chart.setTrail(trailX, trailCost, trailX.length);
            chart.setCurrent(current, cost, slope);
            chart.setOptimum(optimum);
            chart.setSteps(stepLabel, gradientStep, velocityStep);
        }
    }

    /**
     * What the landscape is drawn from, in a few values: the same key draws the same picture. The path is
     * known by its length and its last point (a new epoch or a thinning changes one of them).
     */
    record Key(RunConfig config, int parameter, int widthPixels, int pathLength, EpochSnapshot pathEnd,
               double current, double cost, double slope, double gradientStep, double velocityStep) {
    }

    /** The landscape's picture of one state; any thread (it reads only what it is given). */
    static Frame frame(RunConfig config, QuadraticCost q, double opt, List<EpochSnapshot> history, double[] theta,
                       double c, double slope, int j, int widthPixels, double[] steps) {
        int n = history.size();
        double[] hx = new double[n + 1];
        double[] hc = new double[n + 1];
        for (int i = 0; i < n; i++) {
            EpochSnapshot e = history.get(i);
            hx[i] = e.beforeParam(j);
            hc[i] = e.costBefore();
        }
        hx[n] = theta[j];
        hc[n] = c;
        // Centred on the bottom of the curve shown, as the exports are: with the other parameters away from
        // theirs, that is not the least-squares value (the dashed line), and centring there left the run
        // at the chart's edge and the curve's bottom off it.
        double bottom = LandscapeRange.bowlBottom(theta[j], slope, q.curvatureAlong(j));
        Span span = LandscapeRange.choose(config.init()[j], hx, n + 1, theta[j], bottom);
        double[] values = span.sample(LandscapeRange.sampleCount(Math.max(200, widthPixels)));
        double[] costs = q.costAlong(theta[j], c, slope, j, values);
        // The path as the eye sees it: points closer than a fraction of a pixel to the last one drawn add
        // nothing (a settled run repeats one spot thousands of times), then at most LivePlots.MAX_TRAIL_POINTS.
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double v : costs) {
            low = Math.min(low, v);
            high = Math.max(high, v);
        }
        double height = high > low ? high - low : Math.max(Math.abs(high), 1);
        int[] seen = Decimation.byDistance(hx, hc, n + 1, span.length() / TRAIL_RESOLUTION, height / TRAIL_RESOLUTION);
        int[] keep = Decimation.evenly(seen.length, LivePlots.MAX_TRAIL_POINTS);
        double[] tx = new double[keep.length];
        double[] tc = new double[keep.length];
        for (int i = 0; i < keep.length; i++) {
            tx[i] = hx[seen[keep[i]]];
            tc[i] = hc[seen[keep[i]]];
        }
        return new Frame(config.model().parameterNames().get(j), values, costs, tx, tc, theta[j], c, slope,
                opt, stepLabel(config), steps[0], steps[1]);
    }

    /** The name of the first arrow: SGD's gradient step, or the whole step of an adaptive optimizer. */
    static String stepLabel(RunConfig config) {
        var optimizer = config.optimizer();
        if (optimizer instanceof dev.descent.core.optim.AdamConfig) {
            return "Adam's step";
        }
        if (optimizer instanceof dev.descent.core.optim.RmspropConfig) {
            return "RMSprop's step";
        }
        if (optimizer instanceof dev.descent.core.optim.AdagradConfig) {
            return "Adagrad's step";
        }
        return LandscapeChart.GRADIENT_STEP;
    }

    /**
     * Along parameter j, where the next update from θ would move it: the gradient's own step −lr·g, and
     * for SGD with momentum the step it really takes, −lr·v (with Nesterov, −lr·(g + μ·v)); for Adam,
     * RMSprop and Adagrad only the whole step they take. NaN where there is no such arrow. Both are read
     * from the update the optimizer records ({@code StepTrace}), the one the update panel writes out.
     */
    static double[] nextSteps(RunConfig config, double[] theta, double[] g, dev.descent.core.optim.OptimizerState before,
                              int j) {
        dev.descent.core.optim.StepTrace.Terms terms = dev.descent.core.optim.StepTrace.of(config.optimizer(), before,
                theta, g).parameter(j);
        if (terms instanceof dev.descent.core.optim.StepTrace.SgdTerms sgd) {
            // g here is the gradient with weight decay, the one the step is made of.
            double gradientStep = -config.optimizer().lr() * sgd.g();
            return new double[] {gradientStep, Double.isNaN(sgd.buffer()) ? Double.NaN : -sgd.step()};
        }
        // Adam, RMSprop and Adagrad scale the gradient by their running averages: the arrow is the whole
        // step they take, not −lr·g, which can be ten times longer.
        return new double[] {terms.after() - terms.before(), Double.NaN};
    }
}
