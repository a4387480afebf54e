package dev.descent.core.train;

import dev.descent.Recorder;
import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.optim.AdamConfig;
import dev.descent.core.optim.SgdConfig;
import dev.descent.lecture.Presets;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A diverged run is blamed on its real cause, never on a limit that means nothing or on batches it did not use. */
class DivergenceTest {
    private static final RunConfig GD = Presets.byId("gd").config();

    private static RunResult run(RunConfig c) {
        RunResult result = Trainer.run(c, new Recorder(false));
        assertEquals(StopReason.DIVERGED, result.reason(), result.message());
        return result;
    }

    @Test
    void dataWhoseSquaresOverflowAreBlamedNotTheRate() {
        // x from 1e-300 to 1e300: mean(x²) is beyond the largest double, so every cost overflows; the limit
        // 1/λmax would read "0.00".
        RunConfig huge = GD.withData(Dataset.of(new double[] {1e-300, 1, 1e300}, new double[] {2e-300, 2, 2e300}));
        RunResult result = run(huge);
        assertEquals("diverged at epoch 0: the data are too large for this model: the mean of x² (|x| up to 1.00e300)"
                + " overflows the largest double, so the cost overflows at any learning rate; rescale the data",
                result.message());
    }

    @Test
    void aHugeStartOnTheWholeDataIsBlamedNotSingleBatches() {
        RunResult result = run(GD.withInit(new double[] {1e300}));
        assertEquals("diverged at epoch 0: the cost at the start (w = 1e300) already overflows the largest double;"
                + " start nearer the data", result.message());
        assertFalse(result.message().contains("batches"));
    }

    @Test
    void aStartTooFarOutToComputeTheGradientIsSaidSoOnTheWholeData() {
        // w = 1e154: the cost (14/3)·(1e154)² ≈ 4.7e308 overflows, so it is the start again; at 1e153 the
        // cost is finite but lr·g ≈ 0.01·(28/3)·1e153 moves nowhere near overflow: that run converges.
        RunResult result = run(GD.withInit(new double[] {1e154}));
        assertTrue(result.message().startsWith("diverged at epoch 0: the cost at the start (w = 1e154) already"),
                result.message());
    }

    @Test
    void epsilonZeroNeverRunsSoNeverOverflows() {
        // At w = 2 the gradient is 0, and Adam's step would be m̂/(sqrt(v̂) + ε) = 0/0 with ε = 0: the config
        // refuses it before a run can turn to NaN.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AdamConfig(0.1, 0.9, 0.999, 0, 0));
        assertTrue(e.getMessage().startsWith("epsilon 0 is out of range"), e.getMessage());
    }

    @Test
    void momentumOfOneIsBlamed() {
        // μ = 1: the roots of z² − (2 − a)z + 1 multiply to 1, so above a = 4 one of them is beyond −1 and no
        // later step dies down; the setting, not the rate, is said.
        RunResult result = run(GD.withOptimizer(SgdConfig.heavyBall(1, 1)).withEpochs(2000));
        assertTrue(result.message().endsWith("momentum 1 is 1 or more, so the momentum buffer never dies down and"
                + " no learning rate settles"), result.message());
    }

    @Test
    void singleBatchesAreBlamedOnlyForARunInBatches() {
        // One point at a time, every point has its optimum at w = 2, and the point x multiplies w − 2 by
        // 1 − 2x²·lr: at lr 0.21 an epoch multiplies it by 0.58·0.68·2.78 ≈ 1.096, below the whole-data limit.
        RunResult result = run(GD.withOptimizer(SgdConfig.plain(0.21)).withBatchSize(1));
        assertTrue(result.message().contains("is below the full-batch limit 0.214, but single batches are steeper"),
                result.message());
        // Above the whole-data limit, a run in batches is told it is the whole-data limit it passed.
        RunResult above = run(GD.withOptimizer(SgdConfig.plain(0.3)).withBatchSize(1));
        assertTrue(above.message().endsWith("learning rate 0.30 is above the whole-data stability limit 0.214 for this data"),
                above.message());
    }

    @Test
    void aFastBlowUpOnTheWholeDataNamesTheLimit() {
        assertEquals("diverged at epoch 12: learning rate 0.30 is above the stability limit 0.214 for this data",
                run(GD.withOptimizer(SgdConfig.plain(0.3))).message());
    }
}
