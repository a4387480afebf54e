package dev.descent.charts;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContourLinesTest {
    private static double[] axis(double lo, double step, int n) {
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            v[k] = lo + k * step;
        }
        return v;
    }

    @Test
    void aPlaneGivesExactlyTheStraightLine() {
        // z = x + 2y: linear, so interpolation along edges is exact and every end lies on x + 2y = 3.
        double[] xs = axis(-2, 0.5, 11);
        double[] ys = axis(-1, 0.25, 13);
        double[] z = new double[xs.length * ys.length];
        for (int r = 0; r < ys.length; r++) {
            for (int c = 0; c < xs.length; c++) {
                z[r * xs.length + c] = xs[c] + 2 * ys[r];
            }
        }
        double[] s = ContourLines.segments(xs, ys, z, 3.0);
        assertTrue(s.length >= 4 * 5, "several segments: " + s.length / 4);
        for (int k = 0; k < s.length; k += 2) {
            assertEquals(3.0, s[k] + 2 * s[k + 1], 1e-12, "end " + k / 2);
        }
    }

    @Test
    void aBowlGivesAClosedRingAtTheRightRadius() {
        // z = x² + y² on [−2, 2]²; the level 1 is the unit circle. Linear interpolation of a quadratic is off
        // by at most about (step/2)² = 0.0025 here.
        double[] xs = axis(-2, 0.1, 41);
        double[] ys = axis(-2, 0.1, 41);
        double[] z = new double[xs.length * ys.length];
        for (int r = 0; r < ys.length; r++) {
            for (int c = 0; c < xs.length; c++) {
                z[r * xs.length + c] = xs[c] * xs[c] + ys[r] * ys[r];
            }
        }
        double[] s = ContourLines.segments(xs, ys, z, 1.0);
        double length = 0;
        for (int k = 0; k < s.length; k += 4) {
            assertEquals(1.0, Math.hypot(s[k], s[k + 1]), 0.01);
            assertEquals(1.0, Math.hypot(s[k + 2], s[k + 3]), 0.01);
            length += Math.hypot(s[k + 2] - s[k], s[k + 3] - s[k + 1]);
        }
        assertEquals(2 * Math.PI, length, 0.02, "the ring's length is the circumference");
    }

    @Test
    void levelsOutsideTheGridGiveNothingAndNaNsAreSkipped() {
        double[] xs = {0, 1, 2};
        double[] ys = {0, 1};
        double[] z = {0, 1, 2, 1, Double.NaN, 3};
        assertEquals(0, ContourLines.segments(xs, ys, z, 10).length);
        assertEquals(0, ContourLines.segments(xs, ys, z, -1).length);
        // Both squares touch the NaN corner, so nothing is drawn at any level.
        assertEquals(0, ContourLines.segments(xs, ys, z, 0.5).length);
    }

    @Test
    void aSaddleIsSplitByItsCentre() {
        // Corners 00 = 1 and 11 = 1 above 0.5, 10 = 0 and 01 = 0 below; centre 0.5 counts as above, so the two
        // high corners are joined and the segments cut off the low ones: each crosses the two edges at a low corner.
        double[] s = ContourLines.segments(new double[] {0, 1}, new double[] {0, 1}, new double[] {1, 0, 0, 1}, 0.5);
        assertEquals(8, s.length);
        // First cut: left edge (0, 0.5) to top edge (0.5, 1) around the low corner (0, 1).
        assertEquals(0, s[0], 1e-12);
        assertEquals(0.5, s[1], 1e-12);
        assertEquals(0.5, s[2], 1e-12);
        assertEquals(1, s[3], 1e-12);
    }
}
