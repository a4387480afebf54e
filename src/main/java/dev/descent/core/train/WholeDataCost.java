package dev.descent.core.train;

import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.Mse;
import dev.descent.core.analysis.QuadraticCost;

/**
 * The whole-data cost and gradient the {@link Trainer} reports each epoch (and, for the full batch,
 * steps with).
 *
 * <p><b>Direct</b>: one fused pass over the data per call ({@link Mse#costAndGradient}).
 *
 * <p><b>Sufficient statistics</b>, used from {@value #STATISTICS_MIN_POINTS} points on: the models are
 * linear in θ, so the cost is the exact quadratic {@code cost(θ₀ + d) = cost₀ + g₀ᵀd + dᵀAd} and the
 * gradient {@code g₀ + 2Ad}, with {@code A = mean(φφᵀ)} and (cost₀, g₀) from one direct pass at an
 * anchor θ₀. After that each epoch costs O(p²) whatever N is.
 *
 * <p>Why an anchor rather than the textbook {@code θᵀAθ − 2θᵀc + mean(y²)}: that form subtracts large
 * numbers to get a small one near the optimum (a cost of 10⁻⁸ out of terms of size 1 keeps only 8
 * digits). The anchored form has the same weakness only when the cost or a gradient component has
 * become much smaller than the terms it is built from. So every evaluation also sums the sizes of
 * those terms; when they exceed the result by more than {@value #MAX_CANCELLATION}× (at most three
 * digits lost to cancellation), the value is recomputed directly and becomes the new anchor. The
 * statistics path therefore agrees with the exact quadratic to about {@code 1000·ε ≈ 2·10⁻¹³}
 * relative, in cost and in every gradient component; a converging run re-anchors a handful of times
 * (each time the cost has fallen about a thousandfold), a run sitting at its optimum not at all.
 *
 * <p>Below {@value #STATISTICS_MIN_POINTS} points the direct pass is cheap and is always used, so the
 * lectures' small data sets keep their exact, PyTorch-matching summation.
 */
final class WholeDataCost {
    /** From this many points the sufficient statistics are used. */
    static final int STATISTICS_MIN_POINTS = 1 << 14;
    /** Largest ratio of the size of the terms to the result before the value is recomputed directly. */
    static final double MAX_CANCELLATION = 1024;

    private final Model model;
    private final Dataset data;
    private final int p;
    private final double[][] a;
    private final double[] anchor;
    private final double[] anchorGradient;
    private final double[] d;
    private double anchorCost;
    private boolean anchored;
    private long directPasses;

    private WholeDataCost(Model model, Dataset data, double[][] a) {
        this.model = model;
        this.data = data;
        this.p = model.parameterCount();
        this.a = a;
        this.anchor = new double[p];
        this.anchorGradient = new double[p];
        this.d = new double[p];
    }

    /** The path the rule above picks for this data. */
    static WholeDataCost forData(Model model, Dataset data, QuadraticCost quadratic) {
        return data.size() >= STATISTICS_MIN_POINTS ? statistics(model, data, quadratic) : direct(model, data);
    }

    /** Always one pass over the data. */
    static WholeDataCost direct(Model model, Dataset data) {
        return new WholeDataCost(model, data, null);
    }

    /** The sufficient-statistics path, whatever the size of the data. */
    static WholeDataCost statistics(Model model, Dataset data, QuadraticCost quadratic) {
        return new WholeDataCost(model, data, quadratic.a());
    }

    boolean usesStatistics() {
        return a != null;
    }

    /** Passes over the data made so far. */
    long directPasses() {
        return directPasses;
    }

    /** The cost at θ, returned, and the gradient at θ, written into {@code gradient}. */
    double evaluate(double[] theta, double[] gradient) {
        if (a == null || !anchored) {
            return directAt(theta, gradient);
        }
        for (int j = 0; j < p; j++) {
            d[j] = theta[j] - anchor[j];
        }
        double cost = anchorCost;
        double costSize = Math.abs(anchorCost);
        boolean cancelled = false;
        for (int j = 0; j < p; j++) {
            double ad = 0;
            double adSize = 0;
            for (int k = 0; k < p; k++) {
                double t = a[j][k] * d[k];
                ad += t;
                adSize += Math.abs(t);
            }
            double gj = anchorGradient[j] + 2 * ad;
            double gSize = Math.abs(anchorGradient[j]) + 2 * adSize;
            // The NaN-safe form: anything not finite also falls back to the direct pass.
            if (!(gSize <= MAX_CANCELLATION * Math.abs(gj))) {
                cancelled = true;
            }
            gradient[j] = gj;
            cost += anchorGradient[j] * d[j] + d[j] * ad;
            costSize += Math.abs(anchorGradient[j] * d[j]) + Math.abs(d[j]) * adSize;
        }
        if (cancelled || !(costSize <= MAX_CANCELLATION * Math.abs(cost))) {
            return directAt(theta, gradient);
        }
        return cost;
    }

    private double directAt(double[] theta, double[] gradient) {
        directPasses++;
        double cost = Mse.costAndGradient(model, data, theta, gradient);
        if (a != null && Double.isFinite(cost) && allFinite(theta) && allFinite(gradient)) {
            System.arraycopy(theta, 0, anchor, 0, p);
            System.arraycopy(gradient, 0, anchorGradient, 0, p);
            anchorCost = cost;
            anchored = true;
        }
        return cost;
    }

    private static boolean allFinite(double[] v) {
        for (double x : v) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }
}
