package dev.descent.app;

import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.analysis.QuadraticCost;
import dev.descent.core.optim.AdamConfig;
import dev.descent.core.optim.SgdConfig;
import dev.descent.core.train.RunConfig;
import dev.descent.core.train.RunResult;
import dev.descent.core.train.StopReason;
import dev.descent.core.train.Verdict;
import dev.descent.workspace.Playback;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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


    @Test
    void aRunJustPastTheLimitSaysItIsDivergingFromEpochZeroAndEndsDiverged() {
        // lr 0.22 > 3/14: w − 2 is multiplied by −1.0533 each epoch, the cost by 1.1095.
        RunConfig c = GD.withOptimizer(SgdConfig.plain(0.22));
        Verdict v = Verdict.atStart(c);
        assertEquals("Diverging: the cost grows ×1.11 per epoch; lr 0.22 is above the limit 0.214 · 0 of 100 epochs done"
                + "   w = 1.00   cost = 4.67   gradient = -9.33   ready",
                StatusLine.text(c, 0, new double[] {1}, 14.0 / 3, new double[] {-28.0 / 3}, null, RunStatus.READY, v));
        assertTrue(StatusLine.isWarning(null, v), "red from the start");
        assertEquals(RunStatus.RUNNING, StatusLine.statusFor(null, RunStatus.RUNNING, v));

        RunResult completed = new RunResult(StopReason.COMPLETED, "finished 100 epochs", 100, new double[] {1},
                152_115, -1);
        assertEquals(RunStatus.DIVERGED, StatusLine.statusFor(completed, RunStatus.RUNNING, v),
                "a run that ran to its end diverging has diverged, not finished");
        assertEquals(RunStatus.FINISHED, StatusLine.statusFor(completed, RunStatus.RUNNING, Verdict.NONE));
        assertFalse(StatusLine.isWarning(completed, Verdict.NONE));
    }

    @Test
    void aCostThatRoseWithoutAKnownLimitIsSaidFirst() {
        Verdict rose = new Verdict(Verdict.Kind.COST_ROSE, "the cost rose from 4.67 to 74.7 in 1 epoch with lr 5",
                Double.NaN);
        RunResult completed = new RunResult(StopReason.COMPLETED, "finished 1 epochs", 1, new double[] {6}, 74.67, -1);
        RunConfig adam = GD.withOptimizer(AdamConfig.withDefaults(5)).withEpochs(1);
        assertEquals(RunStatus.FINISHED, StatusLine.statusFor(completed, RunStatus.RUNNING, rose));
        assertEquals("The cost rose from 4.67 to 74.7 in 1 epoch with lr 5 · 1 of 1 epochs done   w = 6.00"
                + "   cost = 74.67   gradient = 186.67   finished",
                StatusLine.text(adam, 1, new double[] {6}, 74.67, new double[] {186.67}, completed, RunStatus.FINISHED,
                        rose));
        assertTrue(StatusLine.isWarning(completed, rose));
    }

    @Test
    void theRedMarkNamesTheSelectedOptimizersLimit() {
        QuadraticCost q = QuadraticCost.of(Model.LINE, GD.data());
        // λmax(A) = 14/3: plain 3/14; heavy ball 0.9: 3·1.9/14; the fast.ai form 0.8: 3·1.8/(14·0.2);
        // Nesterov 0.9: 3·1.9/(14·2.8).
        assertEquals("red mark: plain GD diverges above 0.214", StatusLine.limitMark(GD, q).text());
        assertEquals(3.0 / 14, StatusLine.limitMark(GD, q).limit(), 1e-15);
        assertEquals("red mark: heavy-ball momentum 0.9 diverges above 0.407",
                StatusLine.limitMark(GD.withOptimizer(SgdConfig.heavyBall(0.01, 0.9)), q).text());
        StatusLine.LimitMark fastai = StatusLine.limitMark(GD.withOptimizer(SgdConfig.dampened(0.01, 0.8)), q);
        assertEquals("red mark: dampened momentum 0.8 diverges above 1.93", fastai.text());
        assertEquals(3 * 1.8 / (14 * 0.2), fastai.limit(), 1e-14);
        assertTrue(fastai.formula().contains("lr < (1 + 0.8)/((1 − 0.8)·λmax(A))"), fastai.formula());
        assertEquals("red mark: Nesterov momentum 0.9 diverges above 0.145",
                StatusLine.limitMark(GD.withOptimizer(new SgdConfig(0.01, 0.9, 0, true, 0)), q).text());

        StatusLine.LimitMark adam = StatusLine.limitMark(GD.withOptimizer(AdamConfig.DEFAULTS), q);
        assertTrue(Double.isNaN(adam.limit()));
        assertEquals("no stability limit is known for Adam: it scales each step by the gradients so far", adam.text());
        assertEquals("no stability limit is known for SGD one point at a time: every batch has its own curvature",
                StatusLine.limitMark(GD.withBatchSize(1), q).text());
    }

    @Test
    void lookingBackSaysHowLongTheRunIsAndHowToFollowIt() {
        assertEquals("3 of 100 epochs done · looking back (the run has 40 epochs; Live to follow)",
                StatusLine.lookingBack("3 of 100 epochs done", 40));
    }

    @Test
    void withSeveralRunsTheLineNamesTheRunItFollowsCountingFromOne() {
        assertEquals("Run 2 (GD lr 0.1): 3 of 100 epochs done", StatusLine.ofRun(1, "GD lr 0.1", "3 of 100 epochs done"));
    }

    @Test
    void aRefusalComesFirstAndAloneWhileTheRunHasNothingToShow() {
        assertEquals("Not run: lr must be positive", StatusLine.refusedFirst("Not run: lr must be positive",
                "0 of 100 epochs done", true));
        assertEquals("Not run: lr must be positive  ·  3 of 100 epochs done",
                StatusLine.refusedFirst("Not run: lr must be positive", "3 of 100 epochs done", false));
    }

    @Test
    void theStatusFollowsThePlaybackTableUntilTheRunsResultSaysMore() {
        assertEquals(RunStatus.READY, StatusLine.statusFor(Playback.START, null, Verdict.NONE));
        assertEquals(RunStatus.RUNNING, StatusLine.statusFor(new Playback(Playback.Mode.PLAYING, false), null,
                Verdict.NONE));
        assertEquals(RunStatus.PAUSED, StatusLine.statusFor(new Playback(Playback.Mode.PAUSED, false), null,
                Verdict.NONE));
        // Every run ended: the table holds them, and a run that reached its last epoch says finished.
        RunResult completed = new RunResult(StopReason.COMPLETED, "completed", 100, new double[] {2}, 0, -1);
        assertEquals(RunStatus.PAUSED, StatusLine.statusFor(new Playback(Playback.Mode.ENDED, false), null,
                Verdict.NONE));
        assertEquals(RunStatus.FINISHED, StatusLine.statusFor(new Playback(Playback.Mode.ENDED, false), completed,
                Verdict.NONE));
        // A refused setting says so whatever the run did.
        assertEquals(RunStatus.INVALID, StatusLine.statusFor(new Playback(Playback.Mode.ENDED, true), completed,
                Verdict.NONE));
    }
}
