package dev.descent.core;

/**
 * The mean squared error and its gradient, summed point by point in data order, exactly as the
 * lectures' loops do: {@code cost = Σ (ŷ − y)² / N} and {@code ∂cost/∂θ_j = Σ 2·φ_j(x)·(ŷ − y) / N}.
 *
 * <p>A batch is the rows {@code order[from..to)}, or {@code from..to} itself when {@code order} is null.
 * Nothing here allocates.
 *
 * <p>{@link #costAndGradient} gives the whole-data cost and gradient at one θ in a single pass. On data
 * of fewer than {@value #BLOCKED_MIN_POINTS} points it adds the terms in exactly the order of
 * {@link #cost} and {@link #batchGradient} (one running sum, data order), so the lectures' small data
 * sets reproduce PyTorch's numbers bit for bit as before. From that size on it uses
 * {@link BlockedSums}: the same terms, grouped into independent partial sums so that the pass runs at
 * memory speed; the results then differ from the one-sum loop only by rounding (and are closer to
 * the exact sums).
 */
public final class Mse {
    /** From this many points the whole-data pass uses the blocked kernel (see the class comment). */
    public static final int BLOCKED_MIN_POINTS = 4096;

    private Mse() {
    }

    /**
     * The whole-data cost at θ, returned, and the whole-data gradient at the same θ, written into
     * {@code gradient}: both from one pass over the data.
     */
    public static double costAndGradient(Model model, Dataset data, double[] theta, double[] gradient) {
        int n = data.size();
        if (n < BLOCKED_MIN_POINTS) {
            return smallCostAndGradient(model, data, theta, gradient);
        }
        double[] x = data.xColumn();
        double[] y = data.yColumn();
        double sum = switch (model) {
            case LINE -> BlockedSums.line(x, y, n, theta[0], gradient);
            case AFFINE -> BlockedSums.affine(x, y, n, theta[0], theta[1], gradient);
            case QUADRATIC -> BlockedSums.quadratic(x, y, n, theta[0], theta[1], theta[2], gradient);
        };
        for (int j = 0; j < model.parameterCount(); j++) {
            gradient[j] /= n;
        }
        return sum / n;
    }

    /** One running sum per quantity in data order, term for term as {@link #cost} and {@link #batchGradient}. */
    private static double smallCostAndGradient(Model model, Dataset data, double[] theta, double[] out) {
        int n = data.size();
        double sum = 0.0;
        switch (model) {
            case LINE -> {
                double w = theta[0];
                double g = 0.0;
                for (int i = 0; i < n; i++) {
                    double x = data.x(i);
                    double r = x * w - data.y(i);
                    sum += r * r;
                    g += 2 * x * r;
                }
                out[0] = g / n;
            }
            case AFFINE -> {
                double gw = 0.0;
                double gb = 0.0;
                for (int i = 0; i < n; i++) {
                    double x = data.x(i);
                    double r = model.predict(theta, x) - data.y(i);
                    sum += r * r;
                    gw += 2 * x * r;
                    gb += 2 * r;
                }
                out[0] = gw / n;
                out[1] = gb / n;
            }
            case QUADRATIC -> {
                double ga = 0.0;
                double gb = 0.0;
                double gc = 0.0;
                for (int i = 0; i < n; i++) {
                    double x = data.x(i);
                    double r = model.predict(theta, x) - data.y(i);
                    sum += r * r;
                    ga += 2 * (x * x) * r;
                    gb += 2 * x * r;
                    gc += 2 * r;
                }
                out[0] = ga / n;
                out[1] = gb / n;
                out[2] = gc / n;
            }
        }
        return sum / n;
    }

    /** The cost of the whole data set at θ (from {@link #costAndGradient} on large data, so both always agree). */
    public static double cost(Model model, Dataset data, double[] theta) {
        if (data.size() >= BLOCKED_MIN_POINTS) {
            return costAndGradient(model, data, theta, new double[model.parameterCount()]);
        }
        return batchCost(model, data, theta, null, 0, data.size());
    }

    /** The mean squared error over one batch. */
    public static double batchCost(Model model, Dataset data, double[] theta, int[] order, int from, int to) {
        double sum = 0.0;
        for (int k = from; k < to; k++) {
            int i = order == null ? k : order[k];
            double r = model.predict(theta, data.x(i)) - data.y(i);
            sum += r * r;
        }
        return sum / (to - from);
    }

    /** The mean gradient of the squared error over one batch, written into {@code out}. */
    public static void batchGradient(Model model, Dataset data, double[] theta,
                                     int[] order, int from, int to, double[] out) {
        if (sumsInBlocks(data, order)) {
            // Large data, rows in data order: the partial-sum kernel (see BlockedSums). Small data keeps the
            // one-sum loop below, so the lectures' mini-batch and SGD runs keep their exact values.
            BlockedSums.batchGradient(model, data.xColumn(), data.yColumn(), from, to, theta, out);
            int n = to - from;
            if (n != 1) {
                for (int j = 0; j < model.parameterCount(); j++) {
                    out[j] /= n;
                }
            }
            return;
        }
        switch (model) {
            case LINE -> {
                double w = theta[0];
                double g = 0.0;
                for (int k = from; k < to; k++) {
                    int i = order == null ? k : order[k];
                    double x = data.x(i);
                    g += 2 * x * (x * w - data.y(i));
                }
                out[0] = g / (to - from);
            }
            case AFFINE -> {
                double gw = 0.0;
                double gb = 0.0;
                for (int k = from; k < to; k++) {
                    int i = order == null ? k : order[k];
                    double x = data.x(i);
                    double r = model.predict(theta, x) - data.y(i);
                    gw += 2 * x * r;
                    gb += 2 * r;
                }
                int n = to - from;
                out[0] = gw / n;
                out[1] = gb / n;
            }
            case QUADRATIC -> {
                double ga = 0.0;
                double gb = 0.0;
                double gc = 0.0;
                for (int k = from; k < to; k++) {
                    int i = order == null ? k : order[k];
                    double x = data.x(i);
                    double r = model.predict(theta, x) - data.y(i);
                    ga += 2 * (x * x) * r;
                    gb += 2 * x * r;
                    gc += 2 * r;
                }
                int n = to - from;
                out[0] = ga / n;
                out[1] = gb / n;
                out[2] = gc / n;
            }
        }
    }

    /**
     * Whether {@link #batchGradient} sums rows of {@code data} read in {@code order} with the blocked
     * kernel (large data in data order) rather than the one-sum loop: the two round differently.
     */
    public static boolean sumsInBlocks(Dataset data, int[] order) {
        return order == null && data.size() >= BLOCKED_MIN_POINTS;
    }

    /** The full-data gradient at θ. */
    public static double[] gradient(Model model, Dataset data, double[] theta) {
        double[] g = new double[model.parameterCount()];
        if (data.size() >= BLOCKED_MIN_POINTS) {
            costAndGradient(model, data, theta, g);
        } else {
            batchGradient(model, data, theta, null, 0, data.size(), g);
        }
        return g;
    }

    /**
     * Raw sums for the sufficient statistics, in one blocked pass: {@code [k]} = Σxᵏ for k = 0..4,
     * {@code [5 + k]} = Σxᵏ·y for k = 0..2, {@code [8]} = Σy².
     */
    public static double[] rawMoments(Dataset data) {
        return BlockedSums.moments(data.xColumn(), data.yColumn(), data.size());
    }
}
