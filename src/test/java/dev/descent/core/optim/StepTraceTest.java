package dev.descent.core.optim;

import dev.descent.Golden;
import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.Mse;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A traced update is the optimizer's own update: over many random steps of every optimizer, θ and the
 * state after a trace are those after {@link Optimizer#step}, to the bit. Its named terms are checked
 * against the first steps worked by hand from PyTorch's equations (the reference README), and a traced
 * batch-GD run against the first lecture's golden output.
 */
class StepTraceTest {
    private static final double REL = 1e-12;

    private static void close(double expected, double actual, String what) {
        assertEquals(expected, actual, REL * Math.max(1e-300, Math.abs(expected)), what);
    }

    private static void sameBits(double expected, double actual, String what) {
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
                what + ": expected " + expected + " but was " + actual);
    }

    // ---- the traced step is the step ---------------------------------------------------------------

    @Provide
    Arbitrary<OptimizerConfig> optimizers() {
        Arbitrary<Double> lr = Arbitraries.doubles().between(1e-4, 0.5).ofScale(8);
        Arbitrary<Double> fraction = Arbitraries.oneOf(Arbitraries.just(0.0), Arbitraries.doubles().between(0, 0.99).ofScale(8));
        Arbitrary<Double> decay = Arbitraries.oneOf(Arbitraries.just(0.0), Arbitraries.doubles().between(0, 0.5).ofScale(8));
        Arbitrary<Double> eps = Arbitraries.of(1e-8, 1e-10, 1e-3);
        Arbitrary<OptimizerConfig> sgd = Combinators.combine(lr, fraction, fraction, Arbitraries.of(false, true), decay)
                .as((l, mu, tau, nesterov, wd) -> nesterov && mu > 0 ? new SgdConfig(l, mu, 0, true, wd)
                        : new SgdConfig(l, mu, tau, false, wd));
        Arbitrary<OptimizerConfig> adam = Combinators.combine(lr, fraction, Arbitraries.doubles().between(0, 0.999).ofScale(8),
                eps, decay).as(AdamConfig::new);
        Arbitrary<OptimizerConfig> rmsprop = Combinators.combine(lr, fraction, eps, decay).as(RmspropConfig::new);
        Arbitrary<OptimizerConfig> adagrad = Combinators.combine(lr, eps, decay).as(AdagradConfig::new);
        return Arbitraries.oneOf(sgd, adam, rmsprop, adagrad);
    }

    @Property(tries = 300)
    @Label("a traced update leaves θ and the state exactly as the untraced step does, step after step")
    void tracedStepIsTheStep(@ForAll("optimizers") OptimizerConfig optimizer, @ForAll long seed) {
        Random random = new Random(seed);
        int p = 1 + random.nextInt(3);
        Optimizer stepped = optimizer.create(p);
        double[] theta = new double[p];
        for (int i = 0; i < p; i++) {
            theta[i] = 4 * random.nextGaussian();
        }
        int steps = 1 + random.nextInt(40);
        for (int k = 0; k < steps; k++) {
            double[] grad = new double[p];
            for (int i = 0; i < p; i++) {
                // Gradients from tiny to large, and now and then exactly zero.
                grad[i] = random.nextInt(10) == 0 ? 0 : random.nextGaussian() * Math.pow(10, random.nextInt(9) - 4);
            }
            OptimizerState before = stepped.state();
            double[] thetaBefore = theta.clone();
            double[] gradBefore = grad.clone();
            StepTrace trace = StepTrace.of(optimizer, k == 0 && random.nextBoolean() ? null : before, thetaBefore,
                    grad);
            stepped.step(theta, grad);

            String what = optimizer.describe() + ", step " + (k + 1);
            assertEquals(k + 1, trace.t(), what);
            assertEquals(stepped.state(), trace.stateAfter(), what + ": the state after");
            for (int i = 0; i < p; i++) {
                StepTrace.Terms terms = trace.parameter(i);
                sameBits(theta[i], terms.after(), what + ", θ" + i + " after");
                sameBits(theta[i], trace.after()[i], what + ", θ" + i + " after");
                sameBits(thetaBefore[i], terms.before(), what + ", θ" + i + " before");
                sameBits(gradBefore[i], terms.gradient(), what + ", gradient " + i);
                sameBits(terms.before() - terms.step(), terms.after(), what + ", θ′ = θ − step");
                sameBits(optimizer.weightDecay() == 0 ? grad[i] : grad[i] + optimizer.weightDecay() * thetaBefore[i],
                        terms.g(), what + ", g after weight decay");
            }
            assertTrue(java.util.Arrays.equals(gradBefore, grad), "the gradient is not modified");
        }
    }

    @Test
    void aTraceChangesNothingHandedIn() {
        double[] theta = {1, -2};
        double[] grad = {0.5, -4};
        OptimizerState before = new OptimizerState(1, Map.of("momentum_buffer", new double[] {3, 4}));
        StepTrace trace = StepTrace.of(SgdConfig.heavyBall(0.1, 0.5), before, theta, grad);
        assertEquals(List.of(1.0, -2.0), List.of(theta[0], theta[1]));
        assertEquals(List.of(0.5, -4.0), List.of(grad[0], grad[1]));
        assertEquals(List.of(3.0, 4.0), List.of(before.buffer("momentum_buffer")[0], before.buffer("momentum_buffer")[1]));
        assertEquals(2, trace.t());
    }

    @Test
    void aStateWithoutTheBufferItNeedsIsRefusedClearly() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> StepTrace.of(AdamConfig.DEFAULTS, OptimizerState.empty(3), new double[] {1}, new double[] {1}));
        assertEquals("the optimizer state before update 4 has no exp_avg: pass the state the previous update left",
                missing.getMessage());
        IllegalArgumentException size = assertThrows(IllegalArgumentException.class,
                () -> StepTrace.of(AdagradConfig.DEFAULTS, new OptimizerState(1, Map.of("sum", new double[] {1, 2})),
                        new double[] {1}, new double[] {1}));
        assertEquals("the optimizer state's sum has 2 values for 1 parameters", size.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> StepTrace.of(SgdConfig.plain(0.1), null, new double[] {1, 2}, new double[] {1}));
    }

    // ---- the terms, worked by hand -------------------------------------------------------------------

    @Test
    void sgdTermsOfTheFirstTwoSteps() {
        // The one-point problem of SgdStepTest: g = 2w, w from 1, lr 1/8, μ = 0.5, τ = 0.5; exact binary fractions.
        // Step 1: b ← g = 2 (a copy, no dampening), direction 2, step 0.25, w1 = 0.75.
        SgdConfig sgd = new SgdConfig(0.125, 0.5, 0.5, false, 0);
        StepTrace first = StepTrace.of(sgd, null, new double[] {1}, new double[] {2});
        assertEquals(new StepTrace.SgdTerms(1, 2, 2, 0, 2, 2, 0.25, 0.75), first.parameter(0));
        assertEquals(1, first.t());
        // Step 2: g = 1.5, b ← 0.5·2 + 0.5·1.5 = 1.75, step 0.21875, w2 = 0.53125.
        StepTrace second = StepTrace.of(sgd, first.stateAfter(), new double[] {0.75}, new double[] {1.5});
        assertEquals(new StepTrace.SgdTerms(0.75, 1.5, 1.5, 2, 1.75, 1.75, 0.21875, 0.53125), second.parameter(0));
        assertEquals(2, second.t());
    }

    @Test
    void sgdNesterovAndWeightDecayTerms() {
        // Nesterov, μ = 0.5: b = 2, direction g + μ·b = 3, step 0.375, w1 = 0.625.
        StepTrace nesterov = StepTrace.of(new SgdConfig(0.125, 0.5, 0, true, 0), null, new double[] {1},
                new double[] {2});
        assertEquals(new StepTrace.SgdTerms(1, 2, 2, 0, 2, 3, 0.375, 0.625), nesterov.parameter(0));
        // Plain with λ = 0.5: g = 2 + 0.5·1 = 2.5, no buffer, step 0.3125, w1 = 0.6875.
        StepTrace decay = StepTrace.of(new SgdConfig(0.125, 0, 0, false, 0.5), null, new double[] {1},
                new double[] {2});
        assertEquals(new StepTrace.SgdTerms(1, 2, 2.5, Double.NaN, Double.NaN, 2.5, 0.3125, 0.6875),
                decay.parameter(0));
    }

    @Test
    void adamTermsOfTheFirstTwoSteps() {
        // AdaptiveStepTest's problem: θ = (1, −2), lr 0.1, g1 = (0.5, −4), g2 = (0.25, 2).
        AdamConfig adam = AdamConfig.withDefaults(0.1);
        StepTrace first = StepTrace.of(adam, null, new double[] {1, -2}, new double[] {0.5, -4});
        // t = 1: m = 0.1·g = 0.05, v = 0.001·g² = 0.00025; corrections 0.1 and 0.001, so m̂ = g = 0.5 and
        // v̂ = g² = 0.25; denominator √0.00025/√0.001 + 1e-8 = 0.50000001; step size 0.1/0.1 = 1.
        StepTrace.AdamTerms a = (StepTrace.AdamTerms) first.parameter(0);
        close(0.05, a.m(), "m");
        close(0.00025, a.v(), "v");
        close(0.1, a.biasCorrection1(), "1 − β1");
        close(0.001, a.biasCorrection2(), "1 − β2");
        close(0.5, a.mHat(), "m̂");
        close(0.25, a.vHat(), "v̂");
        close(0.50000001, a.denominator(), "denominator");
        close(1, a.stepSize(), "step size");
        close(0.05 / 0.50000001, a.step(), "step");
        close(1 - 0.05 / 0.50000001, a.after(), "θ after");
        StepTrace.AdamTerms b = (StepTrace.AdamTerms) first.parameter(1);
        close(-0.4, b.m(), "m of θ1");
        close(16, b.vHat(), "v̂ of θ1");
        close(-2 + 0.4 / 4.00000001, b.after(), "θ1 after");

        // t = 2, g = 0.25: m = 0.9·0.05 + 0.1·0.25 = 0.07, v = 0.999·0.00025 + 0.001·0.0625 = 0.00031225;
        // corrections 0.19 and 0.001999: m̂ = 0.368421053, v̂ = 0.156203102; denominator
        // √0.156203102 + 1e-8 = 0.395225381 + 0.00000001 = 0.395225391; step size 0.1/0.19 = 0.526315789;
        // step 0.526315789·0.07/0.395225391 = 0.0932180.
        StepTrace second = StepTrace.of(adam, first.stateAfter(), first.after(), new double[] {0.25, 2});
        StepTrace.AdamTerms c = (StepTrace.AdamTerms) second.parameter(0);
        close(0.05, c.mBefore(), "m before");
        close(0.00025, c.vBefore(), "v before");
        close(0.07, c.m(), "m");
        close(0.00031225, c.v(), "v");
        close(0.19, c.biasCorrection1(), "1 − β1²");
        close(0.001999, c.biasCorrection2(), "1 − β2²");
        assertEquals(0.368421053, c.mHat(), 1e-9);
        assertEquals(0.156203102, c.vHat(), 1e-9);
        assertEquals(0.395225391, c.denominator(), 1e-9);
        assertEquals(0.526315789, c.stepSize(), 1e-9);
        assertEquals(0.0932180, c.step(), 1e-7);
        assertEquals(2, second.t());
    }

    @Test
    void rmspropTermsOfTheFirstTwoSteps() {
        // α = 0.99, lr 0.01. Step 1: v = 0.01·g² = (0.0025, 0.16), denominators (0.05 + 1e-8, 0.4 + 1e-8),
        // steps 0.01·g/denominator = (0.005/0.05000001, −0.04/0.40000001), about (0.1, −0.1).
        StepTrace first = StepTrace.of(RmspropConfig.DEFAULTS, null, new double[] {1, -2}, new double[] {0.5, -4});
        StepTrace.RmspropTerms a = (StepTrace.RmspropTerms) first.parameter(0);
        StepTrace.RmspropTerms b = (StepTrace.RmspropTerms) first.parameter(1);
        close(0.0025, a.v(), "v0");
        close(0.16, b.v(), "v1");
        close(0.05000001, a.denominator(), "denominator 0");
        close(0.40000001, b.denominator(), "denominator 1");
        close(0.005 / 0.05000001, a.step(), "step 0");
        close(-0.04 / 0.40000001, b.step(), "step 1");
        // Step 2, g = (0.25, 2): v = 0.99·(0.0025, 0.16) + 0.01·(0.0625, 4) = (0.0031, 0.1984).
        StepTrace second = StepTrace.of(RmspropConfig.DEFAULTS, first.stateAfter(), first.after(),
                new double[] {0.25, 2});
        StepTrace.RmspropTerms c = (StepTrace.RmspropTerms) second.parameter(0);
        close(0.0025, c.vBefore(), "v before");
        close(0.0031, c.v(), "v");
        close(Math.sqrt(0.0031) + 1e-8, c.denominator(), "denominator");
        close(0.1984, ((StepTrace.RmspropTerms) second.parameter(1)).v(), "v1");
    }

    @Test
    void adagradTermsOfTheFirstTwoSteps() {
        // lr 0.01, ε 1e-10. Step 1: s = g² = (0.25, 16), denominators (0.5 + 1e-10, 4 + 1e-10).
        StepTrace first = StepTrace.of(AdagradConfig.DEFAULTS, null, new double[] {1, -2}, new double[] {0.5, -4});
        StepTrace.AdagradTerms a = (StepTrace.AdagradTerms) first.parameter(0);
        assertEquals(0, a.sumBefore());
        assertEquals(0.25, a.sum());
        close(0.5 + 1e-10, a.denominator(), "denominator");
        close(0.005 / (0.5 + 1e-10), a.step(), "step");
        // Step 2, g = (0.25, 2): s = (0.3125, 20).
        StepTrace second = StepTrace.of(AdagradConfig.DEFAULTS, first.stateAfter(), first.after(),
                new double[] {0.25, 2});
        StepTrace.AdagradTerms c = (StepTrace.AdagradTerms) second.parameter(0);
        StepTrace.AdagradTerms d = (StepTrace.AdagradTerms) second.parameter(1);
        assertEquals(0.25, c.sumBefore());
        assertEquals(0.3125, c.sum());
        assertEquals(20, d.sum());
        close(0.01 * 2 / (Math.sqrt(20) + 1e-10), d.step(), "step 1");
    }

    @Test
    void tracedBatchGdReplaysTheFirstLectureBitForBit() {
        // y = w·x on x = (1, 2, 3), y = (2, 4, 6), w from 1, lr 0.01: the golden w after each epoch.
        Dataset data = Dataset.of(new double[] {1, 2, 3}, new double[] {2, 4, 6});
        List<double[]> golden = Golden.rows("lecture_batch_gd.csv");
        double[] w = {1};
        OptimizerState state = null;
        for (double[] row : golden) {
            StepTrace trace = StepTrace.of(SgdConfig.plain(0.01), state, w, Mse.gradient(Model.LINE, data, w));
            assertEquals(row[1], trace.after()[0], "w after epoch " + (int) row[0]);
            w = trace.after();
            state = trace.stateAfter();
        }
    }
}
