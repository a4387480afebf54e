package dev.descent.core;

/**
 * The mean squared error and its gradient, summed point by point in data order, exactly as the
 * lectures' loops do: {@code cost = Σ (ŷ − y)² / N} and {@code ∂cost/∂θ_j = Σ 2·φ_j(x)·(ŷ − y) / N}.
 *
 * <p>A batch is the rows {@code order[from..to)}, or {@code from..to} itself when {@code order} is null.
 * Nothing here allocates.
 */
public final class Mse {
    private Mse() {
    }

    /** The cost of the whole data set at θ. */
    public static double cost(Model model, Dataset data, double[] theta) {
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

    /** The full-data gradient at θ. */
    public static double[] gradient(Model model, Dataset data, double[] theta) {
        double[] g = new double[model.parameterCount()];
        batchGradient(model, data, theta, null, 0, data.size(), g);
        return g;
    }
}
