package dev.descent.charts;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecimationTest {
    @Test
    void keepsEverythingWhenShort() {
        assertArrayEquals(new int[] {0, 1, 2}, Decimation.evenly(3, 2000));
        assertArrayEquals(new int[0], Decimation.evenly(0, 2000));
    }

    @Test
    void thinsLongSeriesEvenlyKeepingBothEnds() {
        int[] idx = Decimation.evenly(100_001, 2000);
        assertEquals(2000, idx.length);
        assertEquals(0, idx[0]);
        assertEquals(100_000, idx[idx.length - 1]);
        for (int i = 1; i < idx.length; i++) {
            int gap = idx[i] - idx[i - 1];
            assertTrue(gap == 50 || gap == 51, "even gaps, got " + gap + " at " + i);
        }
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> Decimation.evenly(10, 1));
        assertThrows(IllegalArgumentException.class, () -> Decimation.evenly(-1, 10));
    }
}
