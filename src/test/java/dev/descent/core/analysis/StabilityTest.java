package dev.descent.core.analysis;

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
        close(3.0 / 14, Stability.plainLimit(COST));
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
        close(6 / (17 + Math.sqrt(265)), Stability.plainLimit(affine));
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
        assertTrue(above.message().contains("is above the stability limit " + Trainer.formatRate3(limit)),
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
}
