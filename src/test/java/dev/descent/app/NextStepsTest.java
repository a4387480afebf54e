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
        return LivePlots.nextSteps(config, W, G, before, 0);
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
    void otherOptimizersShowTheGradientStepOnly() {
        double[] s = steps(AdamConfig.withDefaults(0.1), null);
        assertEquals(0.1, s[0], 1e-15);
        assertTrue(Double.isNaN(s[1]));
    }
}
