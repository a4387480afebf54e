package dev.descent.charts;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScatterSampleTest {
    @Test
    void smallDataAreAllKept() {
        assertArrayEquals(new int[] {0, 1, 2}, ScatterSample.rows(3, 4000));
        assertArrayEquals(new int[0], ScatterSample.rows(0, 4000));
    }

    @Test
    void largeDataGiveOneRowFromEachEqualRun() {
        int n = 1_000_003;
        int[] rows = ScatterSample.rows(n, 4000);
        assertEquals(4000, rows.length);
        for (int i = 0; i < rows.length; i++) {
            long lo = (long) i * n / 4000;
            long hi = (long) (i + 1) * n / 4000;
            assertTrue(rows[i] >= lo && rows[i] < hi, "row " + rows[i] + " in run " + i + " [" + lo + ", " + hi + ")");
        }
        assertArrayEquals(rows, ScatterSample.rows(n, 4000), "the same every time");
    }

    @Test
    void theRowsAreNotASimpleStride() {
        int[] rows = ScatterSample.rows(100_000, 1000);
        boolean varied = false;
        for (int i = 1; i < rows.length; i++) {
            varied |= rows[i] - rows[i - 1] != 100;
        }
        assertTrue(varied, "random within each run, so regular patterns in the data do not alias");
    }

    @Test
    void badArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ScatterSample.rows(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> ScatterSample.rows(10, 0));
    }
}
