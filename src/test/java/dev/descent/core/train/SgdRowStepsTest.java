package dev.descent.core.train;

import dev.descent.core.DataGenerator;
import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.Mse;
import dev.descent.core.optim.SgdConfig;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stochastic runs take their updates in the optimizer's fused row loop unless someone watches each
 * update; both ways must give the same run bit for bit. A listener that asks for steps forces the
 * update-by-update path, so each case is run both ways and compared epoch by epoch.
 */
class SgdRowStepsTest {

    /** Everything a run reports, with doubles as their bits. */
    private record Seen(List<String> epochs, String result, List<String> steps) {
    }

    private static Seen run(RunConfig config, boolean watchSteps, BooleanSupplier cancelled) {
        return run(config, () -> watchSteps, watchSteps, cancelled);
    }

    private static Seen run(RunConfig config, BooleanSupplier watching, boolean lastSteps, BooleanSupplier cancelled) {
        List<String> epochs = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        String[] result = new String[1];
        TrainingListener listener = new TrainingListener() {
            @Override
            public boolean wantsSteps() {
                return watching.getAsBoolean();
            }

            @Override
            public boolean wantsLastSteps() {
                return lastSteps;
            }

            @Override
            public void onStep(StepSnapshot s) {
                steps.add(s.epoch() + " " + s.iteration() + " " + s.batch() + " " + java.util.Arrays.toString(s.rows())
                        + " " + bits(s.before()) + " " + bits(s.params()) + " " + bits(s.gradient()) + " " + s.state());
            }

            @Override
            public void onEpoch(EpochSnapshot e) {
                epochs.add(e.epoch() + " " + e.iteration() + " " + bits(e.before()) + " " + bits(e.params()) + " "
                        + Double.doubleToRawLongBits(e.costBefore()) + " " + e.state());
            }

            @Override
            public void onFinish(RunResult r) {
                result[0] = r.reason() + " " + r.message() + " " + r.epochs() + " " + bits(r.finalParams()) + " "
                        + Double.doubleToRawLongBits(r.finalCost());
            }
        };
        Trainer.run(config, listener, cancelled);
        return new Seen(epochs, result[0], steps);
    }

    private static String bits(double[] v) {
        StringBuilder sb = new StringBuilder();
        for (double d : v) {
            sb.append(Long.toHexString(Double.doubleToRawLongBits(d))).append(',');
        }
        return sb.toString();
    }

    private static void assertSameBothWays(RunConfig config, String what) {
        Seen fused = run(config, false, () -> false);
        Seen stepwise = run(config, true, () -> false);
        assertEquals(stepwise.result(), fused.result(), what);
        assertEquals(stepwise.epochs(), fused.epochs(), what);
    }

    private static final List<SgdConfig> OPTIMIZERS = List.of(
            SgdConfig.plain(0.01),
            SgdConfig.heavyBall(0.01, 0.9),
            SgdConfig.dampened(0.01, 0.5),
            new SgdConfig(0.01, 0.9, 0, true, 0),
            new SgdConfig(0.005, 0.5, 0.1, false, 0.01));

    private static Dataset data(Model m, int n, long seed) {
        double[] truth = switch (m) {
            case LINE -> new double[] {2};
            case AFFINE -> new double[] {2, -1};
            case QUADRATIC -> new double[] {0.5, -1, 2};
        };
        return new DataGenerator(m, n, -2, 3, truth, 0.3, seed).generate();
    }

    @Test
    void fusedAndStepwiseRunsAgreeBitForBit() {
        int cases = 0;
        for (Model m : Model.values()) {
            double[] init = new double[m.parameterCount()];
            // Small data (one-sum gradients) and data large enough for the blocked sums when read in order.
            for (int n : new int[] {3, 40, Mse.BLOCKED_MIN_POINTS + 37}) {
                Dataset d = data(m, n, n);
                assertEquals(n >= Mse.BLOCKED_MIN_POINTS, Mse.sumsInBlocks(d, null), "n = " + n);
                int epochs = n > 1000 ? 3 : 25;
                for (SgdConfig opt : OPTIMIZERS) {
                    for (boolean shuffle : new boolean[] {false, true}) {
                        RunConfig c = new RunConfig(d, m, opt, init, epochs, 1, shuffle, 7, 0);
                        assertSameBothWays(c, m + " n=" + n + " " + opt.describe() + " shuffle=" + shuffle);
                        cases++;
                    }
                }
            }
        }
        assertEquals(3 * 3 * OPTIMIZERS.size() * 2, cases);
    }

    @Test
    void aRunThatBlowsUpStopsAtTheSameUpdateBothWays() {
        for (Model m : Model.values()) {
            Dataset d = data(m, 40, 3);
            RunConfig c = new RunConfig(d, m, SgdConfig.heavyBall(3.0, 0.9), new double[m.parameterCount()], 50, 1,
                    true, 1, 0);
            Seen fused = run(c, false, () -> false);
            assertTrue(fused.result().startsWith("DIVERGED"), fused.result());
            assertSameBothWays(c, m + " diverging");
        }
    }

    @Test
    void cancellingStopsBeforeTheSameUpdateBothWays() {
        RunConfig c = new RunConfig(data(Model.AFFINE, 40, 5), Model.AFFINE, SgdConfig.heavyBall(0.01, 0.9),
                new double[] {0, 0}, 10, 1, true, 3, 0);
        for (int cancelAt : new int[] {1, 17, 40, 41, 123}) {
            int[] calls = {0, 0};
            Seen fused = run(c, false, () -> ++calls[0] >= cancelAt);
            Seen stepwise = run(c, true, () -> ++calls[1] >= cancelAt);
            assertTrue(fused.result().startsWith("CANCELLED"), fused.result());
            assertEquals(stepwise.result(), fused.result(), "cancelled at call " + cancelAt);
            assertEquals(stepwise.epochs(), fused.epochs(), "cancelled at call " + cancelAt);
            assertEquals(calls[1], calls[0], "the flag is read once per update both ways");
        }
    }

    /** Batch 1 with n points: each epoch's last step is the one whose batch number is n − 1. */
    private static List<String> lastOfEachEpoch(List<String> steps, int n) {
        return steps.stream().filter(s -> s.split(" ")[2].equals(String.valueOf(n - 1))).toList();
    }

    @Test
    void aListenerThatWantsOnlyEachEpochsLastUpdateGetsExactlyThoseAndTheSameRun() {
        for (boolean shuffle : new boolean[] {false, true}) {
            Dataset d = data(Model.AFFINE, 60, 4);
            RunConfig c = new RunConfig(d, Model.AFFINE, SgdConfig.heavyBall(0.01, 0.9), new double[2], 8, 1, shuffle,
                    5, 0);
            Seen stepwise = run(c, true, () -> false);
            Seen last = run(c, () -> false, true, () -> false);
            assertEquals(stepwise.result(), last.result());
            assertEquals(stepwise.epochs(), last.epochs());
            assertEquals(8 * 60, stepwise.steps().size());
            assertEquals(lastOfEachEpoch(stepwise.steps(), 60), last.steps(), "shuffle=" + shuffle);
            assertEquals(8, last.steps().size());
        }
    }

    @Test
    void watchingThatComesAndGoesMidEpochChangesNothingButWhichUpdatesAreReported() {
        Dataset d = data(Model.QUADRATIC, 50, 6);
        RunConfig c = new RunConfig(d, Model.QUADRATIC, new SgdConfig(0.01, 0.9, 0, true, 0), new double[3], 6, 1, true,
                2, 0);
        Seen stepwise = run(c, true, () -> false);
        // Watching for 13 questions, then not for 29, and so on: switches land mid-epoch.
        int[] asked = {0};
        Seen mixed = run(c, () -> (asked[0]++ % 42) < 13, true, () -> false);
        assertEquals(stepwise.result(), mixed.result());
        assertEquals(stepwise.epochs(), mixed.epochs());
        assertTrue(mixed.steps().size() > 6 && mixed.steps().size() < 6 * 50, "some updates watched: " + mixed.steps().size());
        assertTrue(stepwise.steps().containsAll(mixed.steps()), "every reported update is the stepwise run's own");
        assertTrue(mixed.steps().containsAll(lastOfEachEpoch(stepwise.steps(), 50)), "each epoch's last is reported");
    }

    @Test
    void anUpdateLetGoWhileWatchingBeganIsTakenAndReportedAndAskedForOnce() {
        // The window pauses a flat-out run (watching begins) while the fused loop is waiting on the
        // gate; a single step then lets one update go. That update must be reported, and the gate must
        // not be asked for it again (a second question would wait for a second step).
        Dataset d = data(Model.AFFINE, 30, 7);
        RunConfig c = new RunConfig(d, Model.AFFINE, SgdConfig.heavyBall(0.01, 0.9), new double[2], 4, 1, true, 9, 0);
        Seen stepwise = run(c, true, () -> false);
        for (int watchFrom : new int[] {1, 12, 30, 31, 77}) {
            boolean[] watching = {false};
            int[] asked = {0};
            Seen seen = run(c, () -> watching[0], false, () -> {
                if (++asked[0] == watchFrom) {
                    watching[0] = true; // the pause lands while this question waits; the answer lets the update go
                }
                return false;
            });
            assertEquals(stepwise.result(), seen.result(), "watching from question " + watchFrom);
            assertEquals(stepwise.epochs(), seen.epochs());
            assertEquals(4 * 30, asked[0], "one question per update");
            assertEquals(stepwise.steps().subList(watchFrom - 1, 4 * 30), seen.steps(),
                    "the update let go at question " + watchFrom + " is the first reported");
        }
    }
}
