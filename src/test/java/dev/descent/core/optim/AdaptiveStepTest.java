package dev.descent.core.optim;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Adam, RMSprop and Adagrad, first steps worked by hand from PyTorch's equations. Two parameters
 * start at θ = (1, −2); the gradients are given directly: g1 = (0.5, −4), g2 = (0.25, 2).
 */
class AdaptiveStepTest {
    private static final double REL = 1e-12;

    private static void close(double expected, double actual, String what) {
        assertEquals(expected, actual, REL * Math.max(1e-300, Math.abs(expected)), what);
    }

    @Test
    void torchDefaults() {
        assertEquals(new AdamConfig(1e-3, 0.9, 0.999, 1e-8, 0), AdamConfig.DEFAULTS);
        assertEquals(new RmspropConfig(1e-2, 0.99, 1e-8, 0), RmspropConfig.DEFAULTS);
        assertEquals(new AdagradConfig(1e-2, 1e-10, 0), AdagradConfig.DEFAULTS);
        assertEquals(new AdamConfig(0.5, 0.9, 0.999, 1e-8, 0), AdamConfig.withDefaults(0.5));
    }

    @Test
    void adamFirstTwoSteps() {
        Optimizer opt = AdamConfig.withDefaults(0.1).create(2);
        double[] theta = {1, -2};
        // Step 1 (t = 1): m = 0.1·g = (0.05, −0.4); v = 0.001·g² = (0.00025, 0.016).
        // Bias corrections 1 − 0.9 = 0.1 and 1 − 0.999 = 0.001, so m̂ = g and v̂ = g²:
        // θ ← θ − 0.1·g / (|g| + 1e-8) = (1 − 0.05/0.50000001, −2 + 0.4/4.00000001).
        opt.step(theta, new double[] {0.5, -4});
        close(1 - 0.05 / 0.50000001, theta[0], "θ0 after step 1");
        close(-2 + 0.4 / 4.00000001, theta[1], "θ1 after step 1");
        close(0.05, opt.state().buffer("exp_avg")[0], "m0");
        close(-0.4, opt.state().buffer("exp_avg")[1], "m1");
        close(0.00025, opt.state().buffer("exp_avg_sq")[0], "v0");
        close(0.016, opt.state().buffer("exp_avg_sq")[1], "v1");
        double[] after1 = theta.clone();

        // Step 2 (t = 2), g = (0.25, 2):
        // m = 0.9·(0.05, −0.4) + 0.1·(0.25, 2) = (0.045 + 0.025, −0.36 + 0.2) = (0.07, −0.16)
        // v = 0.999·(0.00025, 0.016) + 0.001·(0.0625, 4) = (0.00024975 + 0.0000625, 0.015984 + 0.004)
        //   = (0.00031225, 0.019984)
        // bias corrections: 1 − 0.81 = 0.19 and 1 − 0.998001 = 0.001999
        // θ ← θ − 0.1·(m/0.19) / (sqrt(v/0.001999) + 1e-8)
        //   step 0: 0.1·0.368421053 / (sqrt(0.156203102) + 1e-8) = 0.0368421053 / 0.395225381 ≈ 0.0932180
        //   step 1: 0.1·(−0.842105263) / (sqrt(9.99699850) + 1e-8) = −0.0842105263 / 3.16180305 ≈ −0.0266337
        opt.step(theta, new double[] {0.25, 2});
        close(0.07, opt.state().buffer("exp_avg")[0], "m0");
        close(-0.16, opt.state().buffer("exp_avg")[1], "m1");
        close(0.00031225, opt.state().buffer("exp_avg_sq")[0], "v0");
        close(0.019984, opt.state().buffer("exp_avg_sq")[1], "v1");
        double d0 = 0.1 * (0.07 / 0.19) / (Math.sqrt(0.00031225 / 0.001999) + 1e-8);
        double d1 = 0.1 * (-0.16 / 0.19) / (Math.sqrt(0.019984 / 0.001999) + 1e-8);
        assertEquals(0.0932180, d0, 1e-7, "hand value of the first update");
        assertEquals(-0.0266337, d1, 1e-7, "hand value of the second update");
        close(after1[0] - d0, theta[0], "θ0 after step 2");
        close(after1[1] - d1, theta[1], "θ1 after step 2");
        assertEquals(2, opt.state().steps());
    }

    @Test
    void adamFirstStepIsAboutLrTimesSignOfGradient() {
        // m̂/sqrt(v̂) = g/|g| on step 1 whatever the gradient's size: each parameter moves by ≈ lr.
        Optimizer opt = AdamConfig.withDefaults(0.01).create(4);
        double[] theta = {0, 0, 0, 0};
        opt.step(theta, new double[] {1e3, -1e-3, 7, -0.2});
        assertEquals(-0.01, theta[0], 1e-12);
        assertEquals(0.01, theta[1], 0.01 * 1e-5 + 1e-15, "|g| = 1e-3: lr·|g|/(|g| + 1e-8) = lr·(1 − 1e-5)");
        assertEquals(-0.01, theta[2], 1e-10);
        assertEquals(0.01, theta[3], 1e-9);
    }

    @Test
    void adamWeightDecayIsAddedToTheGradient() {
        // L2 (torch.optim.Adam), not AdamW: g = 0.5 + 0.5·1 = 1 → m = 0.1, v = 0.001 after step 1.
        Optimizer opt = new AdamConfig(0.1, 0.9, 0.999, 1e-8, 0.5).create(1);
        double[] theta = {1};
        opt.step(theta, new double[] {0.5});
        close(0.1, opt.state().buffer("exp_avg")[0], "m");
        close(0.001, opt.state().buffer("exp_avg_sq")[0], "v");
    }

    @Test
    void rmspropFirstStep() {
        // α = 0.99: v = 0.01·g² = (0.0025, 0.16); sqrt(v) = (0.05, 0.4) = 0.1·|g|.
        // θ ← θ − 0.01·g/(sqrt(v) + 1e-8) = (1 − 0.005/0.05000001, −2 + 0.04/0.40000001) ≈ (0.9, −1.9):
        // RMSprop's first step is lr/sqrt(1 − α) = 0.1 times the sign of the gradient.
        Optimizer opt = RmspropConfig.DEFAULTS.create(2);
        double[] theta = {1, -2};
        opt.step(theta, new double[] {0.5, -4});
        close(1 - 0.005 / 0.05000001, theta[0], "θ0");
        close(-2 + 0.04 / 0.40000001, theta[1], "θ1");
        assertEquals(0.9, theta[0], 1e-6);
        assertEquals(-1.9, theta[1], 1e-6);
        close(0.0025, opt.state().buffer("square_avg")[0], "v0");
        close(0.16, opt.state().buffer("square_avg")[1], "v1");
        // Step 2, g = (0.25, 2): v = 0.99·(0.0025, 0.16) + 0.01·(0.0625, 4) = (0.003100, 0.1984)
        double[] after1 = theta.clone();
        opt.step(theta, new double[] {0.25, 2});
        close(0.0031, opt.state().buffer("square_avg")[0], "v0 step 2");
        close(0.1984, opt.state().buffer("square_avg")[1], "v1 step 2");
        close(after1[0] - 0.01 * 0.25 / (Math.sqrt(0.0031) + 1e-8), theta[0], "θ0 step 2");
        close(after1[1] - 0.01 * 2 / (Math.sqrt(0.1984) + 1e-8), theta[1], "θ1 step 2");
    }

    @Test
    void adagradFirstTwoSteps() {
        // s = g² = (0.25, 16); θ ← θ − 0.01·g/(|g| + 1e-10) ≈ (0.99, −1.99).
        Optimizer opt = AdagradConfig.DEFAULTS.create(2);
        double[] theta = {1, -2};
        opt.step(theta, new double[] {0.5, -4});
        close(1 - 0.005 / (0.5 + 1e-10), theta[0], "θ0");
        close(-2 + 0.04 / (4 + 1e-10), theta[1], "θ1");
        assertEquals(0.99, theta[0], 1e-9);
        close(0.25, opt.state().buffer("sum")[0], "s0");
        close(16, opt.state().buffer("sum")[1], "s1");
        // Step 2, g = (0.25, 2): s = (0.3125, 20); θ ← θ − 0.01·(0.25/sqrt(0.3125), 2/sqrt(20)).
        double[] after1 = theta.clone();
        opt.step(theta, new double[] {0.25, 2});
        close(0.3125, opt.state().buffer("sum")[0], "s0 step 2");
        close(20, opt.state().buffer("sum")[1], "s1 step 2");
        close(after1[0] - 0.01 * 0.25 / (Math.sqrt(0.3125) + 1e-10), theta[0], "θ0 step 2");
        close(after1[1] - 0.01 * 2 / (Math.sqrt(20) + 1e-10), theta[1], "θ1 step 2");
    }
}
