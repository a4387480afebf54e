package dev.descent.core.train;

import dev.descent.Recorder;
import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.optim.AdagradConfig;
import dev.descent.core.optim.AdamConfig;
import dev.descent.core.optim.RmspropConfig;
import dev.descent.core.optim.SgdConfig;
import dev.descent.lecture.Presets;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a run is said to be doing, on the first lecture: y = w·x on x = (1, 2, 3), y = 2x, from w = 1, where
 * the cost is (14/3)·(w − 2)² and plain GD multiplies w − 2 by 1 − lr·28/3 each epoch (limit 3/14 ≈ 0.214).
 */
class VerdictTest {
    private static final RunConfig GD = Presets.byId("gd").config();

    private static RunConfig at(double lr) {
        return GD.withOptimizer(SgdConfig.plain(lr));
    }

    @Test
    void justPastTheLimitTheRunIsDivergingFromTheStartAndStaysSo() {
        // 1 − 0.22·28/3 = −1.05333…: the cost grows by 1.05333² = 1.1095 per epoch.
        Verdict start = Verdict.atStart(at(0.22));
        assertEquals(Verdict.Kind.DIVERGING, start.kind());
        assertEquals("diverging: the cost grows ×1.11 per epoch; lr 0.22 is above the limit 0.214", start.message());
        double rho = 0.22 * 28 / 3 - 1;
        assertEquals(rho * rho, start.growth(), 1e-12);

        // The trainer runs all 100 epochs (the cost grows about 32,600-fold, short of its stop at a million)...
        Recorder r = new Recorder(false);
        RunResult result = Trainer.run(at(0.22), r);
        assertEquals(StopReason.COMPLETED, result.reason());
        // ...and the costs it reports grow by exactly that factor.
        double c0 = r.epochs.get(0).costBefore();
        assertEquals(14.0 / 3, c0, 1e-12);
        assertEquals(start.growth(), r.epochs.get(51).costBefore() / r.epochs.get(50).costBefore(), 1e-9);
        assertEquals(14.0 / 3 * Math.pow(rho, 200), result.finalCost(), 1e-6 * result.finalCost());
        Verdict after = Verdict.of(at(0.22), result);
        assertEquals(start, after, "still diverging once it has run");
    }

    @Test
    void justUnderTheLimitNothingIsSaid() {
        assertEquals(Verdict.NONE, Verdict.atStart(at(0.21)));
        RunResult result = Trainer.run(at(0.21), new Recorder(false));
        assertEquals(Verdict.NONE, Verdict.of(at(0.21), result));
        assertFalse(Verdict.NONE.isWarning());
    }

    @Test
    void aStartAtTheOptimumMovesNowhereAtAnyRate() {
        RunConfig fromTheBottom = at(0.22).withInit(new double[] {2});
        assertEquals(Verdict.NONE, Verdict.atStart(fromTheBottom));
    }

    @Test
    void momentumFormsHaveTheirOwnLimits() {
        // Heavy ball μ = 0.5: limit 3·1.5/14 = 0.3214; the dampened form μ = 0.5: 3·1.5/(14·0.5) = 0.643.
        assertEquals(Verdict.Kind.DIVERGING, Verdict.atStart(GD.withOptimizer(SgdConfig.heavyBall(0.33, 0.5))).kind());
        assertEquals(Verdict.NONE, Verdict.atStart(GD.withOptimizer(SgdConfig.heavyBall(0.31, 0.5))));
        assertEquals(Verdict.NONE, Verdict.atStart(GD.withOptimizer(SgdConfig.dampened(0.6, 0.5))));
        Verdict dampened = Verdict.atStart(GD.withOptimizer(SgdConfig.dampened(0.7, 0.5)));
        assertEquals(Verdict.Kind.DIVERGING, dampened.kind());
        assertTrue(dampened.message().endsWith("lr 0.7 is above the limit 0.643"), dampened.message());
    }

    @Test
    void batchesAndAdaptiveOptimizersAreNeverPredicted() {
        assertEquals(Verdict.NONE, Verdict.atStart(at(0.22).withBatchSize(1)));
        assertEquals(Verdict.NONE, Verdict.atStart(GD.withOptimizer(AdamConfig.withDefaults(5))));
        assertEquals(Verdict.NONE, Verdict.atStart(GD.withOptimizer(RmspropConfig.DEFAULTS.withLr(5))));
        assertEquals(Verdict.NONE, Verdict.atStart(GD.withOptimizer(AdagradConfig.DEFAULTS.withLr(5))));
    }

    @Test
    void withoutALimitACostThatEndsHigherIsReported() {
        // Adam's first step is lr·m̂/(sqrt(v̂) + ε) = lr·g/(|g| + ε): at lr 5 it moves w from 1 to 6 (to within
        // 1e-9), where the cost is (14/3)·16 = 74.67.
        RunConfig adam = GD.withOptimizer(AdamConfig.withDefaults(5)).withEpochs(1);
        RunResult result = Trainer.run(adam, new Recorder(false));
        Verdict v = Verdict.of(adam, result);
        assertEquals(Verdict.Kind.COST_ROSE, v.kind());
        assertEquals("the cost rose from 4.67 to 74.7 in 1 epoch with lr 5", v.message());
        assertTrue(v.isWarning());

        RunConfig calm = GD.withOptimizer(AdamConfig.withDefaults(0.1));
        assertEquals(Verdict.NONE, Verdict.of(calm, Trainer.run(calm, new Recorder(false))));
    }

    @Test
    void aRiseWithinRoundingIsNoRise() {
        RunConfig adam = GD.withOptimizer(AdamConfig.withDefaults(0.1));
        double start = 14.0 / 3;
        RunResult same = new RunResult(StopReason.COMPLETED, "finished 100 epochs", 100, new double[] {1},
                Math.nextUp(start), -1);
        assertEquals(Verdict.NONE, Verdict.afterRun(Verdict.NONE, adam,
                dev.descent.core.analysis.QuadraticCost.of(Model.LINE, GD.data()), start, same));
    }

    @Test
    void aRunTheTrainerStoppedHasItsOwnMessageInstead() {
        RunResult diverged = Trainer.run(at(0.3), new Recorder(false));
        assertEquals(StopReason.DIVERGED, diverged.reason());
        assertEquals(Verdict.NONE, Verdict.of(at(0.3), diverged));
    }

    @Test
    void factorsAndCostsAreWrittenWithEnoughDigits() {
        assertEquals("1.11", Verdict.factor(1.1095));
        assertEquals("1.0012", Verdict.factor(1.00123));
        assertEquals("3.24", Verdict.factor(3.24));
        assertEquals("1.33e6", Verdict.factor(1.33e6));
        assertEquals("4.67", Verdict.cost(14.0 / 3));
        assertEquals("9.10", Verdict.cost(9.1));
        assertEquals("1234", Verdict.cost(1234.4));
        assertEquals("1.52e5", Verdict.cost(152_115));
        assertEquals("1.23e-4", Verdict.cost(0.000123));
    }

    @Test
    void aTinyLineDataSetHasNoRoomForRounding() {
        // x = 1 alone: A = 1, limit 1; at lr 1.5 the factor is |1 − 3| = 2, the cost's 4.
        RunConfig one = new RunConfig(Dataset.of(new double[] {1}, new double[] {1}), Model.LINE, SgdConfig.plain(1.5),
                new double[] {0}, 10, 0, false, 0, 0);
        Verdict v = Verdict.atStart(one);
        assertEquals(4, v.growth(), 1e-15);
        assertEquals("diverging: the cost grows ×4.00 per epoch; lr 1.5 is above the limit 1.00", v.message());
    }
}
