package dev.descent.core.analysis;

import dev.descent.core.Format;
import dev.descent.Recorder;
import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.optim.AdagradConfig;
import dev.descent.core.optim.AdamConfig;
import dev.descent.core.optim.RmspropConfig;
import dev.descent.core.optim.SgdConfig;
import dev.descent.core.train.RunConfig;
import dev.descent.core.train.RunResult;
import dev.descent.core.train.StopReason;
import dev.descent.core.train.Trainer;
import dev.descent.lecture.Presets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Learning-rate limits of full-batch SGD on the first lecture's problem, y = w·x on x = (1, 2, 3),
 * y = (2, 4, 6). There A = mean(x²) = 14/3 and the cost's curvature is h = 2A = 28/3.
 *
 * <p>The limits, derived here for a 1-D quadratic with curvature h (write a = lr·h, e = w − w*):
 * <ul>
 *   <li>plain: e ← (1 − a)·e, stable iff |1 − a| &lt; 1, i.e. lr &lt; 2/h = 3/14 (the README's value);</li>
 *   <li>heavy ball, b ← μb + g, e ← e − lr·b: e_{t+1} = (1 + μ − a)e_t − μe_{t−1}; by the Jury
 *       conditions for z² − (1 + μ − a)z + μ (|μ| &lt; 1, 1 − T + D = a &gt; 0, 1 + T + D = 2 + 2μ − a &gt; 0):
 *       lr &lt; 2(1 + μ)/h = 3(1 + μ)/14;</li>
 *   <li>dampened, b ← μb + (1 − τ)g: the same with a replaced by (1 − τ)a:
 *       lr &lt; 2(1 + μ)/((1 − τ)h); the fast.ai form τ = μ gives 3(1 + μ)/(14(1 − μ));</li>
 *   <li>nesterov, b ← μb + g, e ← e − lr(g + μb): on (e_t, lr·b_{t−1}) the matrix is
 *       [[1 − a(1 + μ), −μ²], [a, μ]] with trace T = 1 + μ − a(1 + μ) and determinant D = μ(1 − a);
 *       1 − T + D = a &gt; 0 and 1 + T + D = 2(1 + μ) − a(1 + 2μ) &gt; 0, so
 *       lr &lt; 2(1 + μ)/((1 + 2μ)h) = 3(1 + μ)/(14(1 + 2μ)).</li>
 * </ul>
 * The first step's undampened copy b ← g is a transient and does not move the limit.
 */
class StabilityTest {
    private static final Dataset LECTURE = Dataset.of(new double[] {1, 2, 3}, new double[] {2, 4, 6});
    private static final QuadraticCost COST = QuadraticCost.of(Model.LINE, LECTURE);

    private static double limit(SgdConfig sgd) {
        return Stability.learningRateLimit(COST, sgd).orElseThrow();
    }

    private static void close(double expected, double actual) {
        assertEquals(expected, actual, 1e-14 * expected);
    }

    @Test
    void plainLimitIsThreeFourteenths() {
        close(3.0 / 14, limit(SgdConfig.plain(0.01)));
        close(14.0 / 3, COST.largestEigenvalue());
    }

    @Test
    void momentumLimits() {
        close(3 * 1.5 / 14, limit(SgdConfig.heavyBall(0.01, 0.5)));
        close(3 * 1.9 / 14, limit(SgdConfig.heavyBall(0.01, 0.9)));
        close(3 * 1.8 / (14 * 0.2), limit(SgdConfig.dampened(0.01, 0.8)));
        close(3 * 1.5 / (14 * 0.75), limit(new SgdConfig(0.01, 0.5, 0.25, false, 0)));
        close(3 * 1.5 / (14 * 2.0), limit(new SgdConfig(0.01, 0.5, 0, true, 0)));
        close(3 * 1.9 / (14 * 2.8), limit(new SgdConfig(0.01, 0.9, 0, true, 0)));
    }

    @Test
    void weightDecayAddsToTheCurvature() {
        // h = 28/3 + λ; λ = 2/3 gives h = 10 and the plain limit 2/10.
        close(0.2, limit(new SgdConfig(0.01, 0, 0, false, 2.0 / 3)));
    }

    @Test
    void adaptiveOptimizersHaveNoFixedLimit() {
        assertFalse(Stability.learningRateLimit(COST, AdamConfig.DEFAULTS).isPresent());
        assertFalse(Stability.learningRateLimit(COST, RmspropConfig.DEFAULTS).isPresent());
        assertFalse(Stability.learningRateLimit(COST, AdagradConfig.DEFAULTS).isPresent());
    }

    @Test
    void largestEigenvalueOfTwoAndThreeParameterModels() {
        // Affine on x = (1, 2, 3): A = [[14/3, 2], [2, 1]], trace 17/3, det 2/3,
        // λmax = (17 + sqrt(265))/6.
        QuadraticCost affine = QuadraticCost.of(Model.AFFINE, LECTURE);
        close((17 + Math.sqrt(265)) / 6, affine.largestEigenvalue());
        close((17 - Math.sqrt(265)) / 6, affine.smallestEigenvalue());
        close(6 / (17 + Math.sqrt(265)), Stability.learningRateLimit(affine, SgdConfig.plain(0.01)).orElseThrow());
        // Quadratic on x = (−1, 0, 1): A = [[2/3, 0, 2/3], [0, 2/3, 0], [2/3, 0, 1]];
        // the (a, c) block has trace 5/3 and det 2/9, so λ = (5 ± sqrt(17))/6, and 2/3 from b.
        QuadraticCost quad = QuadraticCost.of(Model.QUADRATIC,
                Dataset.of(new double[] {-1, 0, 1}, new double[] {1, 0, 1}));
        close((5 + Math.sqrt(17)) / 6, quad.largestEigenvalue());
        close((5 - Math.sqrt(17)) / 6, quad.smallestEigenvalue());
    }

    static Stream<Arguments> optimizers() {
        return Stream.of(
                Arguments.of("plain", SgdConfig.plain(0.01)),
                Arguments.of("heavy ball 0.5", SgdConfig.heavyBall(0.01, 0.5)),
                Arguments.of("heavy ball 0.9", SgdConfig.heavyBall(0.01, 0.9)),
                Arguments.of("dampened 0.8 (fast.ai)", SgdConfig.dampened(0.01, 0.8)),
                Arguments.of("dampened 0.5/0.25", new SgdConfig(0.01, 0.5, 0.25, false, 0)),
                Arguments.of("nesterov 0.5", new SgdConfig(0.01, 0.5, 0, true, 0)),
                Arguments.of("nesterov 0.9", new SgdConfig(0.01, 0.9, 0, true, 0)));
    }

    private static RunResult runAt(SgdConfig sgd, double lr) {
        RunConfig c = new RunConfig(LECTURE, Model.LINE, sgd.withLr(lr), new double[] {1}, 2_000, 0, false, 0, 0);
        return Trainer.run(c, new Recorder(false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    void convergesBelowTheLimitAndDivergesAbove(String name, SgdConfig sgd) {
        double limit = limit(sgd);
        RunResult below = runAt(sgd, 0.95 * limit);
        assertEquals(StopReason.COMPLETED, below.reason(), below.message());
        assertEquals(2.0, below.finalParams()[0], 1e-9, name + " at 0.95× the limit reaches w = 2");

        RunResult above = runAt(sgd, 1.05 * limit);
        assertEquals(StopReason.DIVERGED, above.reason(), name + " at 1.05× the limit: " + above.message());
        assertTrue(above.message().contains("is above the stability limit " + Format.limit3(limit)),
                above.message());
    }

    @Test
    void gdAtLr03DivergesWithTheLimitInTheMessage() {
        // w − 2 is multiplied by 1 − 0.3·28/3 = −1.8 each epoch, so the cost at the start of epoch k
        // is (14/3)·3.24^k. The run stops when it exceeds 1e6 × the starting cost 14/3:
        // 3.24^11 ≈ 4.1e5 is below, 3.24^12 ≈ 1.33e6 above, so at epoch 12.
        RunConfig c = Presets.byId("gd").config().withOptimizer(SgdConfig.plain(0.3));
        Recorder r = new Recorder(false);
        RunResult result = Trainer.run(c, r);
        assertEquals(StopReason.DIVERGED, result.reason());
        assertEquals("diverged at epoch 12: learning rate 0.30 is above the stability limit 0.214 for this data",
                result.message());
        assertEquals(12, result.stopEpoch());
        assertEquals(12, r.epochs.size(), "epochs 0 to 11 were reported");
        assertEquals(result, r.result, "the listener hears how it ended");
        double w12 = 2 - Math.pow(-1.8, 12);
        assertEquals(w12, result.finalParams()[0], 1e-9 * Math.abs(w12));
    }

    /**
     * PyTorch's SGD update written out for one direction of curvature h, on the cost (h/2)·θ² (gradient h·θ),
     * weight decay included as the update applies it (g ← g + λθ): θ after {@code steps} updates from θ = 1.
     * A separate copy of the update equations, so the limits are checked against the update itself rather
     * than against the recurrence they were derived from.
     */
    private static double[] iterate(SgdConfig sgd, double h, int steps) {
        double theta = 1;
        double b = 0;
        double[] path = new double[steps + 1];
        path[0] = theta;
        for (int t = 0; t < steps; t++) {
            double g = h * theta + sgd.weightDecay() * theta;
            double step = g;
            if (sgd.momentum() != 0) {
                b = t == 0 ? g : sgd.momentum() * b + (1 - sgd.dampening()) * g;
                step = sgd.nesterov() ? g + sgd.momentum() * b : b;
            }
            theta -= sgd.lr() * step;
            path[t + 1] = theta;
        }
        return path;
    }

    /** The factor per step over the last stretch of the path, from its largest values in two windows. */
    private static double measuredFactor(double[] path) {
        int n = path.length - 1;
        int window = 50;
        double late = 0;
        double early = 0;
        for (int k = 0; k < window; k++) {
            late = Math.max(late, Math.abs(path[n - k]));
            early = Math.max(early, Math.abs(path[n / 2 - k]));
        }
        return Math.pow(late / early, 1.0 / (n - n / 2));
    }

    static Stream<Arguments> forms() {
        return Stream.of(
                Arguments.of("plain", SgdConfig.plain(1)),
                Arguments.of("plain, weight decay 0.5", new SgdConfig(1, 0, 0, false, 0.5)),
                Arguments.of("heavy ball 0.5", SgdConfig.heavyBall(1, 0.5)),
                Arguments.of("heavy ball 0.9", SgdConfig.heavyBall(1, 0.9)),
                Arguments.of("dampened 0.8 (fast.ai)", SgdConfig.dampened(1, 0.8)),
                Arguments.of("dampened 0.5 (fast.ai)", SgdConfig.dampened(1, 0.5)),
                Arguments.of("momentum 0.5, dampening 0.25", new SgdConfig(1, 0.5, 0.25, false, 0)),
                Arguments.of("dampened 0.8, weight decay 0.3", new SgdConfig(1, 0.8, 0.8, false, 0.3)),
                Arguments.of("nesterov 0.5", new SgdConfig(1, 0.5, 0, true, 0)),
                Arguments.of("nesterov 0.9", new SgdConfig(1, 0.9, 0, true, 0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void theUpdateItselfShrinksJustBelowTheLimitAndGrowsJustAbove(String name, SgdConfig form) {
        double h = 3.7;
        double limit = Stability.limit(form, h).orElseThrow();
        double[] below = iterate(form.withLr(0.99 * limit), h, 4000);
        double[] above = iterate(form.withLr(1.01 * limit), h, 4000);
        assertTrue(Math.abs(below[4000]) < 1e-3, name + " at 0.99× the limit: θ = " + below[4000]);
        assertTrue(Math.abs(above[4000]) > 1e3, name + " at 1.01× the limit: θ = " + above[4000]);
        // The spectral radius is the factor the update really multiplies by, on both sides of the limit.
        // (Fewer steps away from the limit, where the factor is far from 1, so that θ stays within range.)
        for (double f : new double[] {0.7, 0.99, 1.01, 1.3}) {
            SgdConfig at = form.withLr(f * limit);
            double rho = Stability.spectralRadius(at, h);
            int steps = Math.abs(f - 1) < 0.05 ? 4000 : 400;
            assertEquals(rho, measuredFactor(iterate(at, h, steps)), 5e-3 * rho, name + " at " + f + "× the limit");
            assertEquals(f > 1, rho > 1, name + " at " + f + "× the limit: spectral radius " + rho);
        }
        assertEquals(1, Stability.spectralRadius(form.withLr(limit), h), 1e-12, name + " at the limit itself");
    }

    @Test
    void handWorkedLimits() {
        double h = 4;
        // μ = 0: the plain limit 2/h whatever the dampening (PyTorch ignores it without momentum).
        close(0.5, Stability.limit(SgdConfig.plain(0.1), h).orElseThrow());
        close(0.5, Stability.limit(new SgdConfig(0.1, 0, 0.7, false, 0), h).orElseThrow());
        // Heavy ball μ = 0.5: 2·1.5/4 = 0.75; the fast.ai form μ = 0.8: 2·1.8/(0.2·4) = 4.5, nine times plain.
        close(0.75, Stability.limit(SgdConfig.heavyBall(0.1, 0.5), h).orElseThrow());
        close(4.5, Stability.limit(SgdConfig.dampened(0.1, 0.8), h).orElseThrow());
        // Nesterov μ = 0.5: 2·1.5/(2·4) = 0.375.
        close(0.375, Stability.limit(new SgdConfig(0.1, 0.5, 0, true, 0), h).orElseThrow());
        // Weight decay 2 adds 2 to the curvature the update sees (g ← g + λθ): 2/(4 + 2).
        close(1.0 / 3, Stability.limit(new SgdConfig(0.1, 0, 0, false, 2), h).orElseThrow());
        // Plain at lr 0.6: e ← (1 − 2.4)·e, factor 1.4.
        close(1.4, Stability.spectralRadius(SgdConfig.plain(0.6), h));
        // Heavy ball μ = 0.25 at lr 1 (a = 4): z² − (1.25 − 4)z + 0.25 = z² + 2.75z + 0.25, roots (−2.75 ± sqrt(6.5625))/2.
        close((2.75 + Math.sqrt(6.5625)) / 2, Stability.spectralRadius(SgdConfig.heavyBall(1, 0.25), h));
        // Heavy ball μ = 0.81 at a small rate: complex roots of modulus sqrt(0.81) = 0.9.
        close(0.9, Stability.spectralRadius(SgdConfig.heavyBall(0.1, 0.81), h));
    }

    @Test
    void noLimitIsGivenWhereNoRateConverges() {
        assertFalse(Stability.limit(SgdConfig.heavyBall(0.1, 1), 4).isPresent(), "momentum 1");
        assertFalse(Stability.limit(new SgdConfig(0.1, 0.5, 1, false, 0), 4).isPresent(), "dampening 1");
        assertFalse(Stability.limit(SgdConfig.plain(0.1), 0).isPresent(), "no curvature");
        assertFalse(Stability.limit(SgdConfig.plain(0.1), Double.POSITIVE_INFINITY).isPresent(), "overflowing data");
    }

    @Test
    void dataWhoseSquaresOverflowHaveNoLimit() {
        QuadraticCost huge = QuadraticCost.of(Model.LINE,
                Dataset.of(new double[] {1e-300, 1, 1e300}, new double[] {2e-300, 2, 2e300}));
        assertFalse(Stability.learningRateLimit(huge, SgdConfig.plain(0.01)).isPresent());
    }

    @Test
    void theCostGrowsBySquareOfTheFactorAlongTheDirectionsTheStartMoves() {
        // The first lecture at lr 0.22: w − 2 is multiplied by 1 − 0.22·28/3 = −1.05333…, the cost by its square.
        double rho = 0.22 * 28 / 3 - 1;
        close(rho * rho, Stability.costGrowth(COST, SgdConfig.plain(0.22), new double[] {1}).orElseThrow());
        // Started at the optimum, nothing moves.
        assertEquals(0, Stability.costGrowth(COST, SgdConfig.plain(0.22), new double[] {2}).orElseThrow());
        assertFalse(Stability.costGrowth(COST, AdamConfig.DEFAULTS, new double[] {1}).isPresent());

        // Affine on x = (1, 2, 3), y = 2x: optimum (2, 0), A = [[14/3, 2], [2, 1]]. Along the eigenvector of the
        // small eigenvalue, v = (2, λmin − 14/3), the steep direction is never moved: at lr 0.2, above the
        // limit 1/λmax ≈ 0.179 but below 1/λmin ≈ 5.6, a start on that line converges.
        QuadraticCost affine = QuadraticCost.of(Model.AFFINE, LECTURE);
        double small = (17 - Math.sqrt(265)) / 6;
        double[] onTheFlatLine = {2 + 2, small - 14.0 / 3};
        double growth = Stability.costGrowth(affine, SgdConfig.plain(0.2), onTheFlatLine).orElseThrow();
        double flat = 1 - 0.2 * 2 * small;
        close(flat * flat, growth);
        double steep = 0.2 * 2 * (17 + Math.sqrt(265)) / 6 - 1;
        close(steep * steep, Stability.costGrowth(affine, SgdConfig.plain(0.2), new double[] {1, 1}).orElseThrow());
    }
}
