package dev.descent.core.optim;

import dev.descent.core.DataGenerator;
import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.Mse;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SGD's fused row loop against Mse.batchGradient of each row followed by Optimizer.step. */
class RowStepsTest {
    private static final List<SgdConfig> OPTIMIZERS = List.of(
            SgdConfig.plain(0.02),
            SgdConfig.heavyBall(0.02, 0.9),
            SgdConfig.dampened(0.02, 0.5),
            new SgdConfig(0.02, 0.9, 0, true, 0),
            new SgdConfig(0.01, 0.5, 0.1, false, 0.05));

    /** The rows one at a time, as the trainer's batch loop takes them; stops after a non-finite θ. */
    private static int stepwise(Optimizer opt, Model m, Dataset d, int[] order, double[] theta) {
        double[] g = new double[m.parameterCount()];
        int n = order == null ? d.size() : order.length;
        for (int k = 0; k < n; k++) {
            Mse.batchGradient(m, d, theta, order, k, k + 1, g);
            opt.step(theta, g);
            for (double t : theta) {
                if (!Double.isFinite(t)) {
                    return k + 1;
                }
            }
        }
        return n;
    }

    private static int[] reversed(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = n - 1 - i;
        }
        return order;
    }

    private static void check(Model m, Dataset d, int[] order, SgdConfig config, int epochs) {
        int p = m.parameterCount();
        Optimizer a = config.create(p);
        Optimizer b = config.create(p);
        RowSteps fused = assertInstanceOf(RowSteps.class, b, "SGD offers the fused row loop");
        double[] ta = new double[p];
        double[] tb = new double[p];
        String what = m + " n=" + d.size() + " " + config.describe() + (order == null ? "" : " reversed");
        for (int e = 0; e < epochs; e++) {
            int stepped = stepwise(a, m, d, order, ta);
            int taken = fused.stepRows(m, d, order, 0, order == null ? d.size() : order.length, tb, () -> false);
            assertEquals(stepped, taken, what);
            for (int j = 0; j < p; j++) {
                assertEquals(Double.doubleToRawLongBits(ta[j]), Double.doubleToRawLongBits(tb[j]), what + " θ" + j);
            }
            assertEquals(a.state(), b.state(), what);
        }
    }

    @Test
    void theFusedLoopTakesTheSameStepsBitForBit() {
        for (Model m : Model.values()) {
            for (int n : new int[] {5, Mse.BLOCKED_MIN_POINTS + 3}) {
                double[] truth = m == Model.LINE ? new double[] {2} : m == Model.AFFINE ? new double[] {2, -1}
                        : new double[] {0.5, -1, 2};
                Dataset d = new DataGenerator(m, n, -2, 3, truth, 0.3, n).generate();
                for (SgdConfig c : OPTIMIZERS) {
                    check(m, d, null, c, 3);
                    check(m, d, reversed(n), c, 3);
                }
            }
        }
    }

    @Test
    void anOverflowStopsTheLoopAfterTheUpdateThatMadeIt() {
        for (Model m : Model.values()) {
            Dataset d = new DataGenerator(m, 50, -2, 3, new double[m.parameterCount()], 1, 9).generate();
            check(m, d, null, SgdConfig.heavyBall(1e150, 0.9), 1);
            double[] theta = new double[m.parameterCount()];
            int taken = ((RowSteps) SgdConfig.plain(1e150).create(m.parameterCount()))
                    .stepRows(m, d, null, 0, d.size(), theta, () -> false);
            assertTrue(taken < d.size(), m + ": stopped early, after " + taken + " of " + d.size());
        }
    }

    @Test
    void cancellingStopsBeforeTheNextUpdate() {
        Dataset d = new DataGenerator(Model.AFFINE, 20, 0, 1, new double[] {1, 1}, 0.1, 2).generate();
        Optimizer opt = SgdConfig.plain(0.1).create(2);
        int[] asked = {0};
        int taken = ((RowSteps) opt).stepRows(Model.AFFINE, d, null, 0, 20, new double[2], () -> ++asked[0] > 7);
        assertEquals(7, taken);
        assertEquals(8, asked[0], "asked before each update, and once more to stop");
        assertEquals(7, opt.steps());
        assertEquals(7, opt.state().steps());
    }
}
