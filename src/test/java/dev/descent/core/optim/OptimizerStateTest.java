package dev.descent.core.optim;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The optimizer's state as a value: its own copies, looked up by PyTorch's buffer names. */
class OptimizerStateTest {
    @Test
    void keepsItsOwnCopiesOfTheBuffers() {
        double[] m = {1, 2};
        OptimizerState s = new OptimizerState(3, "exp_avg", m, "exp_avg_sq", new double[] {4, 5});
        m[0] = 99;
        assertArrayEquals(new double[] {1, 2}, s.buffer("exp_avg"), "a later change to the optimizer's array is not seen");
        s.buffer("exp_avg")[1] = 99;
        assertArrayEquals(new double[] {1, 2}, s.buffer("exp_avg"), "nor a change to a buffer handed out");
        assertEquals(3, s.steps());
        assertEquals(List.of("exp_avg", "exp_avg_sq"), s.names());
        assertTrue(s.has("exp_avg_sq"));
        assertFalse(s.has("momentum_buffer"));
        assertThrows(IllegalArgumentException.class, () -> s.buffer("momentum_buffer"));
    }

    @Test
    void equalStatesHaveTheSameStepsAndBuffersByNameInAnyOrder() {
        Map<String, double[]> reversed = new LinkedHashMap<>();
        reversed.put("exp_avg_sq", new double[] {4, 5});
        reversed.put("exp_avg", new double[] {1, 2});
        OptimizerState a = new OptimizerState(3, "exp_avg", new double[] {1, 2}, "exp_avg_sq", new double[] {4, 5});
        OptimizerState b = new OptimizerState(3, reversed);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, new OptimizerState(4, reversed), "other steps");
        assertNotEquals(a, new OptimizerState(3, "exp_avg", new double[] {1, 2}), "a buffer missing");
        assertNotEquals(a, new OptimizerState(3, "exp_avg", new double[] {1, 2}, "exp_avg_sq", new double[] {4, 6}));
        assertEquals(OptimizerState.empty(2), new OptimizerState(2, Map.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new OptimizerState(1, "sum", new double[] {1}, "sum", new double[] {2}));
    }
}
