package dev.descent.core.train;

import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.optim.SgdConfig;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunConfigTest {
    private static final Dataset DATA = Dataset.of(new double[] {1, 2, 3}, new double[] {2, 4, 6});

    private static RunConfig config(Model model, double... init) {
        return new RunConfig(DATA, model, SgdConfig.plain(0.01), init, 10, 0, false, 0, 0);
    }

    private static String refusal(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void wrongNumberOfStartingValuesNamesTheModelAndItsParameters() {
        assertEquals("the line model y = w·x has 1 parameter (w) but 2 starting values were given",
                refusal(() -> config(Model.LINE, 1, 2)));
        assertEquals("the affine model y = w·x + b has 2 parameters (w, b) but 1 starting value was given",
                refusal(() -> config(Model.AFFINE, 1)));
        assertEquals("the quadratic model y = a·x² + b·x + c has 3 parameters (a, b, c) but 2 starting values were given",
                refusal(() -> config(Model.QUADRATIC, 1, 2)));
        String none = refusal(() -> config(Model.QUADRATIC));
        assertTrue(none.contains("(a, b, c)") && none.contains("0 starting values"), none);
    }

    @Test
    void nonFiniteStartingValueNamesTheParameter() {
        String m = refusal(() -> config(Model.AFFINE, 1, Double.NaN));
        assertTrue(m.contains("starting value of b"), m);
        m = refusal(() -> config(Model.QUADRATIC, Double.POSITIVE_INFINITY, 0, 0));
        assertTrue(m.contains("starting value of a"), m);
    }

    @Test
    void epochsBatchSizeAndTolerance() {
        assertTrue(refusal(() -> config(Model.LINE, 1).withEpochs(0)).contains("epochs"));
        assertTrue(refusal(() -> config(Model.LINE, 1).withBatchSize(-1)).contains("batch size"));
        assertTrue(refusal(() -> config(Model.LINE, 1).withTolerance(-1e-3)).contains("tolerance"));
        assertTrue(refusal(() -> config(Model.LINE, 1).withTolerance(Double.NaN)).contains("tolerance"));
        assertTrue(refusal(() -> config(Model.LINE, 1).withTolerance(Double.POSITIVE_INFINITY)).contains("tolerance"));
    }

    @Test
    void effectiveBatchSize() {
        RunConfig c = config(Model.LINE, 1);
        assertEquals(3, c.effectiveBatchSize());
        assertTrue(c.isFullBatch());
        assertEquals(1, c.withBatchSize(1).effectiveBatchSize());
        assertEquals(2, c.withBatchSize(2).effectiveBatchSize());
        assertEquals(3, c.withBatchSize(5).effectiveBatchSize());
        assertTrue(c.withBatchSize(5).isFullBatch());
    }

    @Test
    void valueSemantics() {
        double[] init = {1};
        RunConfig c = config(Model.LINE, init);
        init[0] = 7;
        assertArrayEquals(new double[] {1}, c.init(), "the starting values are copied in");
        c.init()[0] = 9;
        assertArrayEquals(new double[] {1}, c.init(), "and copied out");
        assertEquals(config(Model.LINE, 1), c);
        assertEquals(config(Model.LINE, 1).hashCode(), c.hashCode());
        assertNotEquals(config(Model.LINE, 1.5), c);
        assertNotEquals(c.withShuffle(true, 1), c);
    }

    @Test
    void withModelNeedsMatchingStartingValues() {
        RunConfig c = config(Model.LINE, 1);
        assertEquals(Model.AFFINE, c.withModel(Model.AFFINE, new double[] {1, 0}).model());
        assertThrows(IllegalArgumentException.class, () -> c.withModel(Model.AFFINE, new double[] {1}));
    }
}
