package dev.descent.core.optim;

import dev.descent.Recorder;
import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.train.RunConfig;
import dev.descent.core.train.Trainer;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * torch.optim.SGD's update, step by step, worked by hand. The tiny problem: one point (x, y) = (1, 0)
 * and y = w·x, so cost(w) = w² and the gradient is 2w; w starts at 1 and lr is 1/8. Every number
 * below is a short binary fraction, so the expected values are exact doubles.
 */
class SgdStepTest {
    private static final Dataset ONE_POINT = Dataset.of(new double[] {1}, new double[] {0});

    /** The w after each of {@code epochs} full-batch updates from w = 1. */
    private static double[] ws(SgdConfig sgd, int epochs) {
        Recorder r = new Recorder();
        Trainer.run(new RunConfig(ONE_POINT, Model.LINE, sgd, new double[] {1}, epochs, 0, false, 0, 0), r);
        double[] w = new double[epochs];
        for (int k = 0; k < epochs; k++) {
            w[k] = r.epochs.get(k).param(0);
        }
        return w;
    }

    @Test
    void plainStepIsLrTimesGradient() {
        // g = 2·1 = 2 ; w1 = 1 − 0.125·2 = 0.75 ; g = 1.5 ; w2 = 0.75 − 0.1875 = 0.5625
        assertArrayEquals(new double[] {0.75, 0.5625}, ws(SgdConfig.plain(0.125), 2));
    }

    @Test
    void momentumFirstStepHasNoDampening() {
        // μ = 0.5, τ = 0.5. Step 1: g = 2, b ← g = 2 (a copy, no dampening), w1 = 1 − 0.125·2 = 0.75.
        // Had dampening applied, b would be (1 − 0.5)·2 = 1 and w1 = 0.875.
        SgdConfig sgd = new SgdConfig(0.125, 0.5, 0.5, false, 0);
        Optimizer opt = sgd.create(1);
        double[] theta = {1};
        opt.step(theta, new double[] {2});
        assertEquals(0.75, theta[0]);
        assertArrayEquals(new double[] {2}, opt.state().buffer("momentum_buffer"));
        assertEquals(1, opt.state().steps());
    }

    @Test
    void dampeningAppliesFromTheSecondStep() {
        // μ = 0.5, τ = 0.5. Step 1: b = 2, w1 = 0.75.
        // Step 2: g = 2·0.75 = 1.5, b ← 0.5·2 + (1 − 0.5)·1.5 = 1 + 0.75 = 1.75, w2 = 0.75 − 0.125·1.75 = 0.53125.
        // Step 3: g = 1.0625, b ← 0.875 + 0.53125 = 1.40625, w3 = 0.53125 − 0.17578125 = 0.35546875.
        assertArrayEquals(new double[] {0.75, 0.53125, 0.35546875}, ws(new SgdConfig(0.125, 0.5, 0.5, false, 0), 3));
    }

    @Test
    void heavyBallMomentum() {
        // μ = 0.5, τ = 0. Step 1: b = 2, w1 = 0.75.
        // Step 2: g = 1.5, b = 0.5·2 + 1.5 = 2.5, w2 = 0.75 − 0.3125 = 0.4375.
        // Step 3: g = 0.875, b = 1.25 + 0.875 = 2.125, w3 = 0.4375 − 0.265625 = 0.171875.
        assertArrayEquals(new double[] {0.75, 0.4375, 0.171875}, ws(SgdConfig.heavyBall(0.125, 0.5), 3));
    }

    @Test
    void nesterovUsesGradientPlusMomentumTimesBuffer() {
        // μ = 0.5. Step 1: g = 2, b = 2, d = g + μ·b = 3, w1 = 1 − 0.375 = 0.625.
        // Step 2: g = 1.25, b = 0.5·2 + 1.25 = 2.25, d = 1.25 + 1.125 = 2.375, w2 = 0.625 − 0.296875 = 0.328125.
        // (Heavy ball would give w1 = 0.75: nesterov is not the same update.)
        assertArrayEquals(new double[] {0.625, 0.328125}, ws(new SgdConfig(0.125, 0.5, 0, true, 0), 2));
    }

    @Test
    void weightDecayAddsLambdaTheta() {
        // λ = 0.5. Step 1: g = 2 + 0.5·1 = 2.5, w1 = 1 − 0.3125 = 0.6875.
        // Step 2: g = 1.375 + 0.34375 = 1.71875, w2 = 0.6875 − 0.21484375 = 0.47265625.
        assertArrayEquals(new double[] {0.6875, 0.47265625}, ws(new SgdConfig(0.125, 0, 0, false, 0.5), 2));
    }

    @Test
    void weightDecayGoesIntoTheMomentumBuffer() {
        // λ = 0.5, μ = 0.5: step 1 g = 2.5 → b = 2.5 (PyTorch adds the decay before the buffer).
        Optimizer opt = new SgdConfig(0.125, 0.5, 0, false, 0.5).create(1);
        double[] theta = {1};
        opt.step(theta, new double[] {2});
        assertArrayEquals(new double[] {2.5}, opt.state().buffer("momentum_buffer"));
        assertEquals(0.6875, theta[0]);
    }

    @Test
    void stepSnapshotGradientIsBeforeWeightDecay() {
        Recorder r = new Recorder();
        Trainer.run(new RunConfig(ONE_POINT, Model.LINE, new SgdConfig(0.125, 0, 0, false, 0.5),
                new double[] {1}, 1, 0, false, 0, 0), r);
        assertArrayEquals(new double[] {2}, r.steps.get(0).gradient());
    }

    @Test
    void eachParameterHasItsOwnBuffer() {
        // Two parameters, μ = 0.5, τ = 0, lr = 0.25; gradients (1, −2) then (4, 8).
        // b = (1, −2); θ = (0, 0) − 0.25·(1, −2) = (−0.25, 0.5).
        // b = (0.5 + 4, −1 + 8) = (4.5, 7); θ = (−0.25 − 1.125, 0.5 − 1.75) = (−1.375, −1.25).
        Optimizer opt = SgdConfig.heavyBall(0.25, 0.5).create(2);
        double[] theta = {0, 0};
        double[] g1 = {1, -2};
        opt.step(theta, g1);
        assertArrayEquals(new double[] {1, -2}, g1, "the gradient is not modified");
        assertArrayEquals(new double[] {-0.25, 0.5}, theta);
        opt.step(theta, new double[] {4, 8});
        assertArrayEquals(new double[] {-1.375, -1.25}, theta);
        assertArrayEquals(new double[] {4.5, 7}, opt.state().buffer("momentum_buffer"));
    }

    @Test
    void plainSgdHasNoBuffer() {
        Optimizer opt = SgdConfig.plain(0.1).create(1);
        opt.step(new double[] {1}, new double[] {1});
        assertFalse(opt.state().has("momentum_buffer"));
        assertEquals(1, opt.steps());
    }

    @Test
    void stateIsACopy() {
        Optimizer opt = SgdConfig.heavyBall(0.125, 0.5).create(1);
        opt.step(new double[] {1}, new double[] {2});
        OptimizerState s = opt.state();
        opt.step(new double[] {1}, new double[] {2});
        assertArrayEquals(new double[] {2}, s.buffer("momentum_buffer"), "an earlier state value does not change");
        assertEquals(1, s.steps());
    }

    @Test
    void dampenedIsTheFastAiNotebookMomentum() {
        // The notebook (lecture 004): step = m·last_step + (1−m)·grad, with m = 0 on the first epoch,
        // then a -= lr·step. Written out here independently, with its own gradient, on the momentum
        // preset's data (y ≈ 3x + 2, affine, start (−1, 1), lr 0.1, m 0.8).
        RunConfig preset = dev.descent.lecture.Presets.byId("momentum").config();
        assertEquals(SgdConfig.dampened(0.1, 0.8), preset.optimizer());
        assertEquals(new SgdConfig(0.1, 0.8, 0.8, false, 0), preset.optimizer());
        Dataset data = preset.data();
        int epochs = 6;
        Recorder r = new Recorder();
        Trainer.run(preset.withEpochs(epochs), r);

        double lr = 0.1;
        double[] a = {-1, 1};
        double[] lastStep = {0, 0};
        int n = data.size();
        for (int epoch = 0; epoch < epochs; epoch++) {
            double m = epoch == 0 ? 0 : 0.8;
            double gw = 0;
            double gb = 0;
            for (int i = 0; i < n; i++) {
                double err = (a[0] * data.x(i) + a[1]) - data.y(i);
                gw += 2 * err * data.x(i);
                gb += 2 * err;
            }
            double[] grad = {gw / n, gb / n};
            for (int j = 0; j < 2; j++) {
                lastStep[j] = m * lastStep[j] + (1 - m) * grad[j];
                a[j] -= lr * lastStep[j];
            }
            double[] got = r.epochs.get(epoch).params();
            for (int j = 0; j < 2; j++) {
                assertEquals(a[j], got[j], 1e-12 * Math.max(1, Math.abs(a[j])),
                        "epoch " + epoch + " parameter " + j);
            }
        }
    }
}
