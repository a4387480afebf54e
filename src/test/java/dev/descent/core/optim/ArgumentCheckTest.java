package dev.descent.core.optim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The constructor checks torch.optim makes, each refused with a message that names the parameter. */
class ArgumentCheckTest {

    private static void refused(String name, Executable construct) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construct);
        assertTrue(e.getMessage().contains(name), () -> "message should name " + name + ": " + e.getMessage());
    }

    @Test
    void negativeLearningRate() {
        refused("learning rate", () -> SgdConfig.plain(-0.01));
        refused("learning rate", () -> new AdamConfig(-1e-3, 0.9, 0.999, 1e-8, 0));
        refused("learning rate", () -> new RmspropConfig(-1e-2, 0.99, 1e-8, 0));
        refused("learning rate", () -> new AdagradConfig(-1e-2, 1e-10, 0));
        refused("learning rate", () -> SgdConfig.plain(0.1).withLr(-0.1));
    }

    @Test
    void negativeMomentum() {
        refused("momentum", () -> SgdConfig.heavyBall(0.1, -0.9));
        refused("momentum", () -> SgdConfig.dampened(0.1, -0.5));
    }

    @Test
    void negativeWeightDecay() {
        refused("weight decay", () -> new SgdConfig(0.1, 0, 0, false, -1e-4));
        refused("weight decay", () -> new AdamConfig(1e-3, 0.9, 0.999, 1e-8, -1e-4));
        refused("weight decay", () -> new RmspropConfig(1e-2, 0.99, 1e-8, -1e-4));
        refused("weight decay", () -> new AdagradConfig(1e-2, 1e-10, -1e-4));
    }

    @Test
    void negativeEpsilonAndAlpha() {
        refused("epsilon", () -> new AdamConfig(1e-3, 0.9, 0.999, -1e-8, 0));
        refused("epsilon", () -> new RmspropConfig(1e-2, 0.99, -1e-8, 0));
        refused("epsilon", () -> new AdagradConfig(1e-2, -1e-10, 0));
        refused("alpha", () -> new RmspropConfig(1e-2, -0.99, 1e-8, 0));
    }

    @Test
    void nesterovNeedsMomentum() {
        refused("momentum", () -> new SgdConfig(0.1, 0, 0, true, 0));
        refused("Nesterov", () -> new SgdConfig(0.1, 0, 0, true, 0));
    }

    @Test
    void nesterovNeedsZeroDampening() {
        refused("dampening", () -> new SgdConfig(0.1, 0.9, 0.1, true, 0));
        refused("Nesterov", () -> new SgdConfig(0.1, 0.9, 0.9, true, 0));
        assertDoesNotThrow(() -> new SgdConfig(0.1, 0.9, 0, true, 0));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 1.0, 1.5, Double.NaN, Double.POSITIVE_INFINITY})
    void adamBetasOutsideZeroOne(double beta) {
        refused("beta1", () -> new AdamConfig(1e-3, beta, 0.999, 1e-8, 0));
        refused("beta2", () -> new AdamConfig(1e-3, 0.9, beta, 1e-8, 0));
    }

    @Test
    void adamBetaEdgesInside() {
        assertDoesNotThrow(() -> new AdamConfig(1e-3, 0.0, 0.0, 1e-8, 0));
        assertDoesNotThrow(() -> new AdamConfig(1e-3, Math.nextDown(1.0), Math.nextDown(1.0), 1e-8, 0));
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void nonFiniteValues(double bad) {
        refused("learning rate", () -> SgdConfig.plain(bad));
        refused("momentum", () -> SgdConfig.heavyBall(0.1, bad));
        refused("dampening", () -> new SgdConfig(0.1, 0.9, bad, false, 0));
        refused("weight decay", () -> new SgdConfig(0.1, 0, 0, false, bad));
        refused("learning rate", () -> AdamConfig.withDefaults(bad));
        refused("epsilon", () -> new AdamConfig(1e-3, 0.9, 0.999, bad, 0));
        refused("weight decay", () -> new AdamConfig(1e-3, 0.9, 0.999, 1e-8, bad));
        refused("learning rate", () -> RmspropConfig.withDefaults(bad));
        refused("alpha", () -> new RmspropConfig(1e-2, bad, 1e-8, 0));
        refused("epsilon", () -> new RmspropConfig(1e-2, 0.99, bad, 0));
        refused("learning rate", () -> AdagradConfig.withDefaults(bad));
        refused("epsilon", () -> new AdagradConfig(1e-2, bad, 0));
    }

    @Test
    void zeroIsAllowedWherePyTorchAllowsIt() {
        assertDoesNotThrow(() -> SgdConfig.plain(0));
        assertDoesNotThrow(() -> new SgdConfig(0.1, 0, 0.5, false, 0));
        assertDoesNotThrow(() -> new AdamConfig(0, 0.9, 0.999, 1e-8, 0));
    }

    /** Beyond PyTorch: settings that can only end in NaN, each refused with the reason. */
    @Test
    void epsilonZeroIsRefusedBecauseZeroOverZeroIsNaN() {
        refused("epsilon 0 is out of range: it must be a number > 0 (with epsilon 0, a gradient of 0 divides 0 by 0",
                () -> new AdamConfig(1e-3, 0.9, 0.999, 0, 0));
        refused("epsilon 0 is out of range", () -> new RmspropConfig(1e-2, 0.99, 0, 0));
        refused("epsilon 0 is out of range", () -> new AdagradConfig(1e-2, 0, 0));
        assertDoesNotThrow(() -> new AdamConfig(1e-3, 0.9, 0.999, Double.MIN_VALUE, 0));
    }

    @Test
    void epsilonZeroWouldMakeNaNOnAZeroGradient() {
        // Why the check exists: with ε = 0 the first step on a zero gradient is 0 / (sqrt(0) + 0).
        double[] theta = {1};
        new AdamConfig(1e-3, 0.9, 0.999, 1e-8, 0).create(1).step(theta, new double[] {0});
        assertTrue(theta[0] == 1, "a tiny ε keeps a zero gradient a zero step");
        double zeroOverZero = 0.0 / (Math.sqrt(0.0) + 0.0);
        assertTrue(Double.isNaN(zeroOverZero));
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.0000001, 2, 10})
    void rmspropAlphaAboveOneIsRefused(double alpha) {
        refused("alpha", () -> new RmspropConfig(1e-2, alpha, 1e-8, 0));
        refused("is out of range: it must be in [0, 1]", () -> new RmspropConfig(1e-2, alpha, 1e-8, 0));
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.0000001, 1.5, 2})
    void momentumAboveOneIsRefusedWithTheReason(double momentum) {
        refused("is out of range: it must be in [0, 1] (PyTorch refuses a negative momentum; above 1 each step keeps"
                + " more than all of the last one", () -> SgdConfig.heavyBall(0.1, momentum));
        refused("momentum", () -> SgdConfig.dampened(0.1, momentum));
    }

    @Test
    void theEdgesOfTheClosedRangesAreAllowed() {
        assertDoesNotThrow(() -> SgdConfig.heavyBall(0.1, 1));
        assertDoesNotThrow(() -> new RmspropConfig(1e-2, 1, 1e-8, 0));
        assertDoesNotThrow(() -> new RmspropConfig(1e-2, 0, 1e-8, 0));
    }
}
