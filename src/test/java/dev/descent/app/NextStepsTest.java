package dev.descent.app;

import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.optim.AdamConfig;
import dev.descent.core.optim.OptimizerState;
import dev.descent.core.optim.SgdConfig;
import dev.descent.core.train.RunConfig;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The landscape's arrows, worked by hand: g = −1 at w = 1, a momentum buffer of −2 from the step before. */
class NextStepsTest {
    private static final Dataset DATA = Dataset.of(new double[] {1, 2, 3}, new double[] {2, 4, 6});
    private static final double[] W = {1};
    private static final double[] G = {-1};
    private static final OptimizerState AFTER_ONE_STEP = new OptimizerState(1, Map.of("momentum_buffer", new double[] {-2}));

    private static double[] steps(dev.descent.core.optim.OptimizerConfig optimizer, OptimizerState before) {
        RunConfig config = new RunConfig(DATA, Model.LINE, optimizer, W, 10, 0, false, 0, 0);
        return LandscapeFrames.nextSteps(config, W, G, before, 0);
    }

    @Test
    void plainGradientDescentHasOnlyTheGradientArrow() {
        double[] s = steps(SgdConfig.plain(0.01), null);
        assertEquals(0.01, s[0], 1e-15);
        assertTrue(Double.isNaN(s[1]));
    }

    @Test
    void heavyBallVelocityIsMuTimesTheBufferPlusG() {
        // v = 0.9·(−2) + (−1) = −2.8; step = −0.01·(−2.8) = 0.028.
        assertEquals(0.028, steps(new SgdConfig(0.01, 0.9, 0, false, 0), AFTER_ONE_STEP)[1], 1e-15);
        // The first step has no buffer: v = g.
        assertEquals(0.01, steps(new SgdConfig(0.01, 0.9, 0, false, 0), null)[1], 1e-15);
    }

    @Test
    void dampeningAndNesterovChangeTheVelocityStep() {
        // Dampened (τ = 0.8): v = 0.9·(−2) + 0.2·(−1) = −2.0; step 0.02.
        assertEquals(0.02, steps(new SgdConfig(0.01, 0.9, 0.8, false, 0), AFTER_ONE_STEP)[1], 1e-15);
        // Nesterov: v = −2.8, d = g + μ·v = −1 − 2.52 = −3.52; step 0.0352.
        assertEquals(0.0352, steps(new SgdConfig(0.01, 0.9, 0, true, 0), AFTER_ONE_STEP)[1], 1e-15);
    }

    @Test
    void anAdaptiveOptimizersArrowIsTheWholeStepItWillTakeNotMinusLrG() {
        // g = −4 at w = 1. Adam's first step, by hand: m̂ = g, v̂ = g², so the step is
        // −lr·g/(|g| + ε) = 0.1·4/(4 + 1e-8): a tenth of w's way, where −lr·g would be 0.4.
        RunConfig adam = new RunConfig(DATA, Model.LINE, AdamConfig.withDefaults(0.1), W, 10, 0, false, 0, 0);
        double[] s = LandscapeFrames.nextSteps(adam, W, new double[] {-4}, null, 0);
        assertEquals(0.1 * 4 / (4 + 1e-8), s[0], 1e-12);
        assertTrue(Double.isNaN(s[1]));
        assertEquals("Adam's step", LandscapeFrames.stepLabel(adam));
        // And exactly the optimizer's own first step.
        for (var optimizer : java.util.List.of(AdamConfig.withDefaults(0.1),
                new dev.descent.core.optim.RmspropConfig(0.01, 0.99, 1e-8, 0),
                new dev.descent.core.optim.AdagradConfig(0.1, 1e-10, 0))) {
            RunConfig config = new RunConfig(DATA, Model.LINE, optimizer, W, 10, 0, false, 0, 0);
            double[] theta = W.clone();
            optimizer.create(1).step(theta, new double[] {-4});
            assertEquals(theta[0] - W[0], LandscapeFrames.nextSteps(config, W, new double[] {-4}, null, 0)[0], 0.0,
                    optimizer.describe());
        }
        assertEquals("\u2212lr\u00b7g", LandscapeFrames.stepLabel(new RunConfig(DATA, Model.LINE, SgdConfig.plain(0.1), W,
                10, 0, false, 0, 0)));
    }

    @Test
    void weightDecayIsInBothArrows() {
        // λ = 0.5: g ← −1 + 0.5·1 = −0.5, so −lr·g = 0.005; heavy ball after one step: v = 0.9·(−2) − 0.5 = −2.3.
        assertEquals(0.005, steps(new SgdConfig(0.01, 0, 0, false, 0.5), null)[0], 1e-15);
        double[] s = steps(new SgdConfig(0.01, 0.9, 0, false, 0.5), AFTER_ONE_STEP);
        assertEquals(0.005, s[0], 1e-15);
        assertEquals(0.023, s[1], 1e-15);
    }

    @Test
    void theMomentumArrowIsTheStepTheOptimizerTakes() {
        // Whatever the form, the second arrow ends where the optimizer's own next update puts w.
        for (SgdConfig sgd : java.util.List.of(SgdConfig.heavyBall(0.01, 0.9), SgdConfig.dampened(0.01, 0.8),
                new SgdConfig(0.01, 0.9, 0, true, 0.1))) {
            dev.descent.core.optim.Optimizer optimizer = sgd.create(1);
            double[] theta = W.clone();
            optimizer.step(theta, new double[] {-3});
            double[] at = theta.clone();
            OptimizerState before = optimizer.state();
            optimizer.step(theta, G);
            double[] s = LandscapeFrames.nextSteps(new RunConfig(DATA, Model.LINE, sgd, W, 10, 0, false, 0, 0), at, G, before,
                    0);
            assertEquals(theta[0] - at[0], s[1], 1e-15, sgd.describe());
        }
    }
}
