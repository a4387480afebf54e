package dev.descent.core;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one-pass cost and gradient. On large data it must agree with the exact sums of the plain loop's
 * terms, computed here with BigDecimal, to 1e-12 of the sum of the terms' sizes (the honest yardstick:
 * a sum that cancels to nearly zero has no meaningful relative error under any order of addition);
 * it must give the same bits on every call; and on small data it must be the plain loop bit for bit.
 */
class FusedPassTest {

    private static Dataset data(long seed, int n, double offset, double noise) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = offset + 4 * (r.nextDouble() - 0.5);
            y[i] = 1.5 * x[i] - 0.7 + 0.3 * x[i] * x[i] + noise * (r.nextDouble() - 0.5);
        }
        return Dataset.of(x, y);
    }

    /** Features as the plain loop forms them: (x), (x, 1), (x·x, x, 1). */
    private static double[] phi(Model m, double x) {
        return switch (m) {
            case LINE -> new double[] {x};
            case AFFINE -> new double[] {x, 1};
            case QUADRATIC -> new double[] {x * x, x, 1};
        };
    }

    @Property(tries = 40)
    void agreesWithTheExactSumsOfThePlainTerms(@ForAll("models") Model model,
                                               @ForAll @IntRange(min = 4096, max = 40_000) int n,
                                               @ForAll @DoubleRange(min = -50, max = 50) double offset,
                                               @ForAll @DoubleRange(min = 0, max = 10) double noise,
                                               @ForAll long seed) {
        Dataset d = data(seed, n, offset, noise);
        SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
        int p = model.parameterCount();
        double[] theta = new double[p];
        for (int j = 0; j < p; j++) {
            theta[j] = 3 * (r.nextDouble() - 0.5);
        }

        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal costSize = BigDecimal.ZERO;
        BigDecimal[] grad = new BigDecimal[p];
        BigDecimal[] gradSize = new BigDecimal[p];
        java.util.Arrays.fill(grad, BigDecimal.ZERO);
        java.util.Arrays.fill(gradSize, BigDecimal.ZERO);
        for (int i = 0; i < n; i++) {
            double res = model.predict(theta, d.x(i)) - d.y(i);
            BigDecimal rr = new BigDecimal(res * res);
            cost = cost.add(rr);
            costSize = costSize.add(rr.abs());
            double[] f = phi(model, d.x(i));
            for (int j = 0; j < p; j++) {
                BigDecimal t = new BigDecimal(2 * f[j] * res);
                grad[j] = grad[j].add(t);
                gradSize[j] = gradSize[j].add(t.abs());
            }
        }

        double[] g = new double[p];
        double c = Mse.costAndGradient(model, d, theta, g);
        assertEquals(cost.doubleValue() / n, c, 1e-12 * costSize.doubleValue() / n, "cost");
        for (int j = 0; j < p; j++) {
            assertEquals(grad[j].doubleValue() / n, g[j], 1e-12 * gradSize[j].doubleValue() / n,
                    "gradient component " + j);
        }
    }

    @Property(tries = 200)
    void miniBatchesOfLargeDataAgreeWithTheExactSums(@ForAll("models") Model model,
                                                     @ForAll @IntRange(min = 0, max = 8000) int from,
                                                     @ForAll @IntRange(min = 1, max = 70) int size,
                                                     @ForAll long seed) {
        Dataset d = data(seed, 8192, 1, 3);
        int to = Math.min(d.size(), from + size);
        double[] theta = new double[model.parameterCount()];
        for (int j = 0; j < theta.length; j++) {
            theta[j] = 0.7 - 0.4 * j;
        }
        double[] g = new double[theta.length];
        Mse.batchGradient(model, d, theta, null, from, to, g);
        for (int j = 0; j < theta.length; j++) {
            BigDecimal exact = BigDecimal.ZERO;
            BigDecimal size2 = BigDecimal.ZERO;
            for (int i = from; i < to; i++) {
                double res = model.predict(theta, d.x(i)) - d.y(i);
                BigDecimal t = new BigDecimal(2 * phi(model, d.x(i))[j] * res);
                exact = exact.add(t);
                size2 = size2.add(t.abs());
            }
            int n = to - from;
            assertEquals(exact.doubleValue() / n, g[j], 1e-12 * size2.doubleValue() / n, "component " + j);
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Model> models() {
        return net.jqwik.api.Arbitraries.of(Model.values());
    }

    @Test
    void sameBitsOnEveryCallAndForEqualData() {
        for (Model model : Model.values()) {
            Dataset d = data(7, 1_000_003, 2, 1);
            Dataset copy = Dataset.of(d.xs(), d.ys());
            double[] theta = model == Model.LINE ? new double[] {0.3} : model == Model.AFFINE
                    ? new double[] {0.3, -1.1} : new double[] {0.2, 0.3, -1.1};
            double[] g1 = new double[theta.length];
            double[] g2 = new double[theta.length];
            double c1 = Mse.costAndGradient(model, d, theta, g1);
            for (int rep = 0; rep < 3; rep++) {
                double c2 = Mse.costAndGradient(model, copy, theta, g2);
                assertEquals(Double.doubleToRawLongBits(c1), Double.doubleToRawLongBits(c2), model + " cost");
                for (int j = 0; j < theta.length; j++) {
                    assertEquals(Double.doubleToRawLongBits(g1[j]), Double.doubleToRawLongBits(g2[j]),
                            model + " gradient " + j);
                }
            }
        }
    }

    @Property(tries = 60)
    void smallDataIsThePlainLoopBitForBit(@ForAll("models") Model model,
                                          @ForAll @IntRange(min = 1, max = Mse.BLOCKED_MIN_POINTS - 1) int n,
                                          @ForAll long seed) {
        Dataset d = data(seed, n, 0.5, 2);
        double[] theta = new double[model.parameterCount()];
        for (int j = 0; j < theta.length; j++) {
            theta[j] = 0.25 * j - 0.6;
        }
        double[] fused = new double[theta.length];
        double[] plain = new double[theta.length];
        double c = Mse.costAndGradient(model, d, theta, fused);
        Mse.batchGradient(model, d, theta, null, 0, n, plain);
        assertEquals(Double.doubleToRawLongBits(Mse.batchCost(model, d, theta, null, 0, n)),
                Double.doubleToRawLongBits(c));
        for (int j = 0; j < theta.length; j++) {
            assertEquals(Double.doubleToRawLongBits(plain[j]), Double.doubleToRawLongBits(fused[j]));
        }
    }

    @Test
    void wholeDataCostAndGradientGoThroughTheSamePass() {
        Dataset d = data(3, 10_000, 1, 1);
        double[] theta = {0.4, 0.1};
        double[] g = new double[2];
        double c = Mse.costAndGradient(Model.AFFINE, d, theta, g);
        assertEquals(c, Mse.cost(Model.AFFINE, d, theta));
        double[] again = Mse.gradient(Model.AFFINE, d, theta);
        assertTrue(again[0] == g[0] && again[1] == g[1]);
    }
}
