package dev.descent.core;

import dev.descent.core.analysis.QuadraticCost;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Properties of the cost, for random data and parameters and each model. Data: x in [−3, 3],
 * y in [−10, 10], 1 to 10 points; parameters in [−3, 3]. The features φ(x) and the matrix
 * A = mean(φφᵀ) are written out here, independently of Model.features and QuadraticCost.
 */
class MsePropertiesTest {

    private static Dataset data(List<Double> xs, List<Double> ys) {
        int n = Math.min(xs.size(), ys.size());
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = xs.get(i);
            y[i] = ys.get(i);
        }
        return Dataset.of(x, y);
    }

    private static double[] theta(Model m, double a, double b, double c) {
        return java.util.Arrays.copyOf(new double[] {a, b, c}, m.parameterCount());
    }

    /** φ(x) by hand: (x), (x, 1), (x², x, 1). */
    static double[] phi(Model m, double x) {
        return switch (m) {
            case LINE -> new double[] {x};
            case AFFINE -> new double[] {x, 1};
            case QUADRATIC -> new double[] {x * x, x, 1};
        };
    }

    private static double[] withComponent(double[] theta, int j, double value) {
        double[] t = theta.clone();
        t[j] = value;
        return t;
    }

    @Property
    @Label("the analytic full-data gradient is the central difference of the cost")
    void gradientMatchesCentralDifference(@ForAll Model model,
                                          @ForAll @Size(min = 1, max = 10) List<@DoubleRange(min = -3, max = 3) Double> xs,
                                          @ForAll @Size(min = 1, max = 10) List<@DoubleRange(min = -10, max = 10) Double> ys,
                                          @ForAll @DoubleRange(min = -3, max = 3) double a,
                                          @ForAll @DoubleRange(min = -3, max = 3) double b,
                                          @ForAll @DoubleRange(min = -3, max = 3) double c) {
        Dataset d = data(xs, ys);
        double[] theta = theta(model, a, b, c);
        double[] g = Mse.gradient(model, d, theta);
        double h = 1e-4;
        for (int j = 0; j < theta.length; j++) {
            double up = Mse.cost(model, d, withComponent(theta, j, theta[j] + h));
            double down = Mse.cost(model, d, withComponent(theta, j, theta[j] - h));
            double fd = (up - down) / (2 * h);
            // The cost is an exact quadratic, so the central difference has no truncation error;
            // what is left is rounding, about 1e-16·cost/h.
            double tol = 1e-9 * (1 + Math.abs(up) + Math.abs(down));
            assertEquals(fd, g[j], tol, "∂cost/∂θ" + j + " for " + model);
        }
    }

    @Property
    @Label("the batch gradient over rows order[from..to) is the central difference of that batch's cost")
    void batchGradientMatchesCentralDifference(@ForAll Model model,
                                               @ForAll @Size(min = 2, max = 10) List<@DoubleRange(min = -3, max = 3) Double> xs,
                                               @ForAll @Size(min = 2, max = 10) List<@DoubleRange(min = -10, max = 10) Double> ys,
                                               @ForAll @DoubleRange(min = -3, max = 3) double a,
                                               @ForAll @DoubleRange(min = -3, max = 3) double b,
                                               @ForAll @DoubleRange(min = -3, max = 3) double c,
                                               @ForAll @IntRange(min = 0, max = 1000) int seed) {
        Dataset d = data(xs, ys);
        int n = d.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (i * 7 + seed) % n; // a rotation, not data order
        }
        int from = seed % n;
        int to = from + 1 + (seed / 7) % (n - from);
        double[] theta = theta(model, a, b, c);
        double[] g = new double[theta.length];
        Mse.batchGradient(model, d, theta, order, from, to, g);
        double h = 1e-4;
        for (int j = 0; j < theta.length; j++) {
            double up = Mse.batchCost(model, d, withComponent(theta, j, theta[j] + h), order, from, to);
            double down = Mse.batchCost(model, d, withComponent(theta, j, theta[j] - h), order, from, to);
            double tol = 1e-9 * (1 + Math.abs(up) + Math.abs(down));
            assertEquals((up - down) / (2 * h), g[j], tol, "batch ∂cost/∂θ" + j + " for " + model);
        }
        // And the batch cost is the mean of the squared residuals of exactly those rows.
        double sum = 0;
        for (int k = from; k < to; k++) {
            int i = order[k];
            double[] f = phi(model, d.x(i));
            double pred = 0;
            for (int j = 0; j < f.length; j++) {
                pred += theta[j] * f[j];
            }
            sum += (pred - d.y(i)) * (pred - d.y(i));
        }
        double cost = Mse.batchCost(model, d, theta, order, from, to);
        assertEquals(sum / (to - from), cost, 1e-12 * (1 + cost));
    }

    @Property
    @Label("θᵀAθ − 2θᵀc + mean(y²) is the cost, with A and c as the README defines them")
    void quadraticFormIsTheCost(@ForAll Model model,
                                @ForAll @Size(min = 1, max = 10) List<@DoubleRange(min = -3, max = 3) Double> xs,
                                @ForAll @Size(min = 1, max = 10) List<@DoubleRange(min = -10, max = 10) Double> ys,
                                @ForAll @DoubleRange(min = -3, max = 3) double a,
                                @ForAll @DoubleRange(min = -3, max = 3) double b,
                                @ForAll @DoubleRange(min = -3, max = 3) double c) {
        Dataset d = data(xs, ys);
        int n = d.size();
        int p = model.parameterCount();
        double[] theta = theta(model, a, b, c);
        double[][] am = new double[p][p];
        double[] cv = new double[p];
        double yy = 0;
        for (int i = 0; i < n; i++) {
            double[] f = phi(model, d.x(i));
            for (int j = 0; j < p; j++) {
                cv[j] += f[j] * d.y(i) / n;
                for (int k = 0; k < p; k++) {
                    am[j][k] += f[j] * f[k] / n;
                }
            }
            yy += d.y(i) * d.y(i) / n;
        }
        QuadraticCost q = QuadraticCost.of(model, d);
        double[][] qa = q.a();
        for (int j = 0; j < p; j++) {
            assertEquals(cv[j], q.c()[j], 1e-12 * (1 + Math.abs(cv[j])), "c" + j);
            for (int k = 0; k < p; k++) {
                assertEquals(am[j][k], qa[j][k], 1e-12 * (1 + Math.abs(am[j][k])), "A" + j + k);
            }
        }
        assertEquals(yy, q.meanY2(), 1e-12 * (1 + yy));

        double quad = 0;
        double lin = 0;
        double scale = yy;
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < p; k++) {
                quad += theta[j] * qa[j][k] * theta[k];
                scale += Math.abs(theta[j] * qa[j][k] * theta[k]);
            }
            lin += theta[j] * q.c()[j];
            scale += 2 * Math.abs(theta[j] * q.c()[j]);
        }
        double form = quad - 2 * lin + q.meanY2();
        double cost = Mse.cost(model, d, theta);
        assertEquals(cost, form, 1e-12 * (1 + scale), "θᵀAθ − 2θᵀc + mean(y²) for " + model);
    }

    @Property
    @Label("costAlong passes through the current cost, follows the true cost and has curvature 2·A_jj")
    void costAlongPassesThroughTheCurrentCost(@ForAll Model model,
                                              @ForAll @Size(min = 1, max = 10) List<@DoubleRange(min = -3, max = 3) Double> xs,
                                              @ForAll @Size(min = 1, max = 10) List<@DoubleRange(min = -10, max = 10) Double> ys,
                                              @ForAll @DoubleRange(min = -3, max = 3) double a,
                                              @ForAll @DoubleRange(min = -3, max = 3) double b,
                                              @ForAll @DoubleRange(min = -3, max = 3) double c,
                                              @ForAll @DoubleRange(min = 0.01, max = 2) double step) {
        Dataset d = data(xs, ys);
        double[] theta = theta(model, a, b, c);
        QuadraticCost q = QuadraticCost.of(model, d);
        double cost = Mse.cost(model, d, theta);
        for (int j = 0; j < theta.length; j++) {
            double t = theta[j];
            double[] along = q.costAlong(d, theta, j, new double[] {t - step, t, t + step});
            assertEquals(cost, along[1], 0.0, "exactly the current cost at θ_j");

            double ajj = 0;
            for (int i = 0; i < d.size(); i++) {
                double f = phi(model, d.x(i))[j];
                ajj += f * f;
            }
            ajj /= d.size();
            assertEquals(2 * ajj, q.curvatureAlong(j), 1e-12 * (1 + ajj));

            double scale = 1 + cost + Math.abs(along[0]) + Math.abs(along[2]);
            double second = (along[0] - 2 * along[1] + along[2]) / (step * step);
            // The parabola may be clamped at 0 where rounding would make it dip below.
            if (along[0] > 0 && along[2] > 0) {
                assertEquals(2 * ajj, second, 1e-9 * scale / (step * step), "curvature along θ" + j);
            }
            double[] trueLeft = withComponent(theta, j, t - step);
            double[] trueRight = withComponent(theta, j, t + step);
            assertEquals(Mse.cost(model, d, trueLeft), along[0], 1e-9 * scale, "left of θ" + j);
            assertEquals(Mse.cost(model, d, trueRight), along[2], 1e-9 * scale, "right of θ" + j);
            assertTrue(along[0] >= 0 && along[2] >= 0);
        }
    }
}
