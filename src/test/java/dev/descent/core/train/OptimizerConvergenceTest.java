package dev.descent.core.train;

import dev.descent.Recorder;
import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.Mse;
import dev.descent.core.optim.AdagradConfig;
import dev.descent.core.optim.AdamConfig;
import dev.descent.core.optim.OptimizerConfig;
import dev.descent.core.optim.RmspropConfig;
import dev.descent.core.optim.SgdConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every optimizer reaches the least-squares optimum of every model on small, well-conditioned data.
 * The optimum is solved here by Cramer's rule on the normal equations, not by QuadraticCost.
 *
 * <p>Data: x = −1, −0.5, 0, 0.5, 1 and y = 0.5x² − x + 0.25 plus a fixed wiggle (so no model fits
 * exactly). For the quadratic model A = [[0.425, 0, 0.5], [0, 0.5, 0], [0.5, 0, 1]], whose
 * eigenvalues are about 1.289, 0.5 and 0.136: plain gradient descent is stable below
 * lr = 1/1.289 ≈ 0.78, and the slowest direction contracts by 1 − 2·lr·0.136 per epoch.
 */
class OptimizerConvergenceTest {
    private static final double[] X = {-1, -0.5, 0, 0.5, 1};
    private static final double[] WIGGLE = {0.1, -0.2, 0.05, 0.15, -0.1};
    private static final Dataset DATA = data();

    private static Dataset data() {
        double[] y = new double[X.length];
        for (int i = 0; i < X.length; i++) {
            y[i] = 0.5 * X[i] * X[i] - X[i] + 0.25 + WIGGLE[i];
        }
        return Dataset.of(X, y);
    }

    private static double mean(java.util.function.IntToDoubleFunction f) {
        double s = 0;
        for (int i = 0; i < DATA.size(); i++) {
            s += f.applyAsDouble(i);
        }
        return s / DATA.size();
    }

    private static double det3(double[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
                - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }

    /** The least-squares optimum, from the normal equations A·θ = c, by Cramer's rule. */
    static double[] optimum(Model model) {
        double sx = mean(i -> DATA.x(i));
        double sxx = mean(i -> DATA.x(i) * DATA.x(i));
        double sx3 = mean(i -> Math.pow(DATA.x(i), 3));
        double sx4 = mean(i -> Math.pow(DATA.x(i), 4));
        double sy = mean(i -> DATA.y(i));
        double sxy = mean(i -> DATA.x(i) * DATA.y(i));
        double sxxy = mean(i -> DATA.x(i) * DATA.x(i) * DATA.y(i));
        switch (model) {
            case LINE:
                return new double[] {sxy / sxx};
            case AFFINE: {
                // | sxx sx | |w|   |sxy|
                // | sx  1  | |b| = |sy |
                double det = sxx - sx * sx;
                return new double[] {(sxy - sx * sy) / det, (sxx * sy - sx * sxy) / det};
            }
            default: {
                double[][] a = {{sx4, sx3, sxx}, {sx3, sxx, sx}, {sxx, sx, 1}};
                double[] c = {sxxy, sxy, sy};
                double det = det3(a);
                double[] theta = new double[3];
                for (int j = 0; j < 3; j++) {
                    double[][] aj = {a[0].clone(), a[1].clone(), a[2].clone()};
                    for (int r = 0; r < 3; r++) {
                        aj[r][j] = c[r];
                    }
                    theta[j] = det3(aj) / det;
                }
                return theta;
            }
        }
    }

    static Stream<Arguments> cases() {
        record Opt(String name, OptimizerConfig config, int epochs, double tolerance) {
        }
        List<Opt> opts = List.of(
                new Opt("plain SGD", SgdConfig.plain(0.5), 2_000, 1e-12),
                new Opt("heavy ball", SgdConfig.heavyBall(0.2, 0.9), 2_000, 1e-12),
                new Opt("nesterov", new SgdConfig(0.2, 0.9, 0, true, 0), 2_000, 1e-12),
                new Opt("dampened", SgdConfig.dampened(0.5, 0.8), 2_000, 1e-12),
                new Opt("Adam", AdamConfig.withDefaults(0.01), 5_000, 1e-9),
                // RMSprop with a constant learning rate does not settle: near the optimum its step is
                // about lr·g/rms(g) ≈ lr, so it keeps hovering within about lr/2 of it.
                new Opt("RMSprop", RmspropConfig.withDefaults(0.001), 10_000, 1e-3),
                new Opt("Adagrad", AdagradConfig.withDefaults(0.5), 5_000, 1e-9));
        List<Arguments> out = new ArrayList<>();
        for (Opt o : opts) {
            for (Model m : Model.values()) {
                out.add(Arguments.of(o.name(), m, o.config(), o.epochs(), o.tolerance()));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void convergesToTheLeastSquaresOptimum(String name, Model model, OptimizerConfig optimizer, int epochs,
                                           double tolerance) {
        double[] start = new double[model.parameterCount()];
        java.util.Arrays.fill(start, 2.0);
        RunConfig config = new RunConfig(DATA, model, optimizer, start, epochs, 0, false, 0, 0);
        Recorder r = new Recorder(false);
        RunResult result = Trainer.run(config, r);
        assertEquals(StopReason.COMPLETED, result.reason(), result.message());
        double[] best = optimum(model);
        double[] got = result.finalParams();
        for (int j = 0; j < best.length; j++) {
            assertEquals(best[j], got[j], tolerance, name + " on " + model.id() + ": " + model.parameterNames().get(j));
        }
        double bestCost = Mse.cost(model, DATA, best);
        assertTrue(result.finalCost() >= bestCost - 1e-15, "nothing beats the least-squares optimum");
        assertTrue(result.finalCost() - bestCost <= 10 * tolerance * tolerance + 1e-14,
                () -> "cost " + result.finalCost() + " vs optimum " + bestCost);
        assertTrue(r.epochs.get(0).costBefore() > bestCost + 0.1, "it started away from the optimum");
    }
}
