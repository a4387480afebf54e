package dev.descent.app;

import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.optim.SgdConfig;
import dev.descent.core.train.RunConfig;
import dev.descent.core.train.RunResult;
import dev.descent.core.train.StopReason;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The status line's words, worked out by hand for the lecture's first step. */
class StatusLineTest {
    private static final RunConfig GD = new RunConfig(Dataset.of(new double[] {1, 2, 3}, new double[] {2, 4, 6}),
            Model.LINE, SgdConfig.plain(0.01), new double[] {1}, 100, 0, false, 0, 0);

    @Test
    void aRunningLineShowsEpochParametersCostGradientAndState() {
        // At w = 1: residuals −1, −2, −3; cost = (1 + 4 + 9)/3 = 4.666…; gradient = 2·(−1 − 4 − 9)/3 = −9.333…
        String text = StatusLine.text(GD, 0, new double[] {1}, 14.0 / 3, new double[] {-28.0 / 3}, null,
                RunStatus.READY);
        assertEquals("0 of 100 epochs done   w = 1.00   cost = 4.67   gradient = -9.33   ready", text);
    }

    @Test
    void longRunsCountTheirEpochsWithThousandsSeparators() {
        String text = StatusLine.text(GD.withEpochs(1_000_000), 12_345, new double[] {1}, 14.0 / 3,
                new double[] {-28.0 / 3}, null, RunStatus.RUNNING);
        assertTrue(text.startsWith("12,345 of 1,000,000 epochs done   w = 1.00"), text);
    }

    @Test
    void aFailedOrDivergedRunShowsItsReasonInstead() {
        RunResult failed = new RunResult(StopReason.FAILED, "stopped by an unexpected error: boom", 3,
                new double[] {1}, Double.NaN, -1);
        assertEquals(RunStatus.FAILED, StatusLine.statusFor(failed, RunStatus.RUNNING));
        assertEquals("Stopped by an unexpected error: boom",
                StatusLine.text(GD, 3, new double[] {1}, 1, new double[] {0}, failed, RunStatus.FAILED));
        RunResult diverged = new RunResult(StopReason.DIVERGED, "diverged at epoch 12: learning rate 0.30 is above "
                + "the stability limit 0.214 for this data", 12, new double[] {1}, Double.NaN, 12);
        assertEquals(RunStatus.DIVERGED, StatusLine.statusFor(diverged, RunStatus.RUNNING));
        assertEquals("Diverged at epoch 12: learning rate 0.30 is above the stability limit 0.214 for this data",
                StatusLine.text(GD, 12, new double[] {1}, 1, new double[] {0}, diverged, RunStatus.DIVERGED));
    }

    @Test
    void aCancelledRunKeepsTheCurrentState() {
        RunResult cancelled = new RunResult(StopReason.CANCELLED, "cancelled", 3, new double[] {1}, 1, -1);
        assertEquals(RunStatus.PAUSED, StatusLine.statusFor(cancelled, RunStatus.PAUSED));
    }
}
