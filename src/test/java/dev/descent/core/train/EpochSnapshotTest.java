package dev.descent.core.train;

import dev.descent.core.optim.OptimizerState;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A snapshot is a value: what it was given is copied in, what it hands out is copied out. */
class EpochSnapshotTest {
    @Test
    void keepsItsOwnCopiesOfTheThreeVectors() {
        double[] before = {1, 2};
        double[] params = {3, 4};
        double[] gradient = {5, 6};
        EpochSnapshot s = new EpochSnapshot(7, 21, before, params, 0.5, gradient, OptimizerState.empty(21));
        before[0] = params[0] = gradient[0] = -1;
        assertArrayEquals(new double[] {1, 2}, s.before());
        assertArrayEquals(new double[] {3, 4}, s.params());
        assertArrayEquals(new double[] {5, 6}, s.gradient());
        s.params()[1] = -1;
        s.before()[1] = -1;
        assertEquals(4, s.param(1));
        assertEquals(2, s.beforeParam(1));
        assertEquals(3, s.param(0));
        assertEquals(1, s.beforeParam(0));
        assertEquals(7, s.epoch());
        assertEquals(21, s.iteration());
        assertEquals(0.5, s.costBefore());
        assertEquals(21, s.state().steps());
    }

    @Test
    void vectorsOfDifferentLengthsAndParametersOutOfRangeAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new EpochSnapshot(0, 0, new double[1], new double[2], 0, new double[2], null));
        EpochSnapshot s = new EpochSnapshot(0, 0, new double[2], new double[2], 0, new double[2], null);
        // Reading past the parameters must not reach into the gradient stored behind them.
        assertThrows(IndexOutOfBoundsException.class, () -> s.param(2));
        assertThrows(IndexOutOfBoundsException.class, () -> s.beforeParam(-1));
    }
}
