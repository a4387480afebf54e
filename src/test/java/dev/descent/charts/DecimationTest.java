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
    void byDistanceKeepsTheEndsAndEachPointFarEnoughFromTheLastKept() {
        // Worked by hand with steps of 1: 0 kept; 0.5, 0.9 within 1 of it; 1.0 is not (kept); 1.05 within;
        // 3 kept; 3.01 within; 3.02 is the last.
        double[] xs = {0, 0.5, 0.9, 1.0, 1.05, 3, 3.01, 3.02};
        double[] ys = new double[xs.length];
        assertArrayEquals(new int[] {0, 3, 5, 7}, Decimation.byDistance(xs, ys, xs.length, 1, 1));
        // A move up alone is enough.
        assertArrayEquals(new int[] {0, 1, 2}, Decimation.byDistance(new double[] {5, 5, 5}, new double[] {0, 2, 2.5}, 3, 1, 1));
        // Only the first n count.
        assertArrayEquals(new int[] {0, 3}, Decimation.byDistance(xs, ys, 4, 1, 1));
    }

    @Test
    void byDistanceDrawsASettledRunAsItsTwoEnds() {
        int n = 10_000;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = 2 + 1e-7 * Math.sin(i);
            ys[i] = 1e-9 * i;
        }
        assertArrayEquals(new int[] {0, n - 1}, Decimation.byDistance(xs, ys, n, 1e-3, 1e-3));
    }

    @Test
    void byDistanceKeepsNonFinitePoints() {
        double[] xs = {0, Double.NaN, 0, 0};
        double[] ys = {0, 0, 0, 0};
        assertArrayEquals(new int[] {0, 1, 2, 3}, Decimation.byDistance(xs, ys, 4, 1, 1));
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> Decimation.evenly(10, 1));
        assertThrows(IllegalArgumentException.class, () -> Decimation.evenly(-1, 10));
    }
}
