package dev.descent.app.view;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SliderMathTest {
    /** The narrowest the rate slider's track gets in the settings panel, in pixels. */
    private static final int NARROW_TRACK = 200;

    @ParameterizedTest
    @CsvSource({"0.6493, 2, 0.65", "0.6449, 2, 0.64", "0.01477455443789063, 2, 0.015", "0.2142857, 3, 0.214",
            "1234.5, 2, 1200", "0, 2, 0", "-0.0377, 2, -0.038"})
    void roundsToSignificantFigures(double v, int figures, double expected) {
        assertEquals(expected, SliderMath.roundSignificant(v, figures), 0.0);
    }

    @ParameterizedTest
    @CsvSource({"0.6493, 2, 0.65", "0.649, 2, 0.65", "0.9049, 3, 0.905", "0.999, 2, 1.0"})
    void roundsToDecimals(double v, int decimals, double expected) {
        assertEquals(expected, SliderMath.roundDecimals(v, decimals), 0.0);
    }

    @ParameterizedTest(name = "{0} stepped {1} with {2} figures is {3}")
    @CsvSource({"0.2, 1, 2, 0.21", "0.2, -1, 2, 0.19", "0.21, 1, 2, 0.22", "0.99, 1, 2, 1.0", "1.0, -1, 2, 0.99",
            "0.1, -1, 2, 0.099", "9.9, 1, 2, 10", "0.2049, 1, 2, 0.21", "0.2049, -1, 2, 0.2", "0.214, 1, 3, 0.215",
            "0.001, -1, 3, 0.000999", "0.01477455443789063, 1, 2, 0.015", "0.01477455443789063, -1, 2, 0.014"})
    void stepsToTheNextRoundValue(double v, int direction, int figures, double expected) {
        assertEquals(expected, SliderMath.stepSignificant(v, direction, figures), 0.0);
    }

    @ParameterizedTest(name = "{0} stepped {1} with {2} decimals is {3}")
    @CsvSource({"0.65, 1, 2, 0.66", "0.65, -1, 2, 0.64", "0.6493, 1, 2, 0.65", "0.6493, -1, 2, 0.64",
            "0.9, 1, 3, 0.901", "0, -1, 2, 0", "1, 1, 2, 1", "0.995, 1, 2, 1"})
    void stepsMomentumByHundredthsWithinItsRange(double v, int direction, int decimals, double expected) {
        assertEquals(expected, SliderMath.stepDecimals(v, direction, decimals, 0, 1), 0.0);
    }

    @Test
    void positionAndValueAreInverses() {
        for (double v : new double[] {1e-5, 3e-5, 1e-3, 0.0123, 0.2, 0.214, 0.5, 1, 3.3, 10}) {
            assertEquals(v, SliderMath.RATE.value(SliderMath.RATE.position(v)), v * 1e-12, "value " + v);
        }
        for (double p = 0; p <= 1; p += 0.01) {
            assertEquals(p, SliderMath.RATE.position(SliderMath.RATE.value(p)), 1e-12, "position " + p);
        }
    }

    @Test
    void theEndsAndTheUsualDecadesSitWhereTheWeightsPutThem() {
        // 2 ordinary decades below 0.001, 3 usual ones three times as wide, 1 ordinary above 1: 12 widths.
        assertEquals(0, SliderMath.RATE.position(1e-5), 0.0);
        assertEquals(2.0 / 12, SliderMath.RATE.position(1e-3), 1e-12);
        assertEquals(5.0 / 12, SliderMath.RATE.position(1e-2), 1e-12);
        assertEquals(11.0 / 12, SliderMath.RATE.position(1), 1e-12);
        assertEquals(1, SliderMath.RATE.position(10), 0.0);
        assertEquals(0, SliderMath.RATE.position(0), 0.0, "rate 0 sits at the left end");
        assertEquals(1, SliderMath.RATE.position(1e6), 0.0);
    }

    @Test
    void draggingCanLandOnEachRateNearTheUsualLimit() {
        TreeSet<Double> landed = new TreeSet<>();
        double at020 = -1;
        double at022 = -1;
        for (int px = 0; px <= NARROW_TRACK; px++) {
            double v = SliderMath.roundSignificant(SliderMath.RATE.value((double) px / NARROW_TRACK), SliderMath.RATE_FIGURES);
            landed.add(v);
            at020 = v == 0.2 && at020 < 0 ? px : at020;
            at022 = v == 0.22 && at022 < 0 ? px : at022;
        }
        assertTrue(landed.contains(0.2) && landed.contains(0.21) && landed.contains(0.22), landed.subSet(0.1, 0.3).toString());
        assertTrue(at022 - at020 >= 2, "0.20 and 0.22 are at least 2 pixels apart: " + at020 + ", " + at022);
    }

    @Test
    void onePixelNeverJumpsFarInTheUsualDecades() {
        // The old scale, six equal decades on a narrow track, went from 0.125 to 0.373 in a few pixels.
        double before = SliderMath.RATE.value(0);
        for (int px = 1; px <= NARROW_TRACK; px++) {
            double v = SliderMath.RATE.value((double) px / NARROW_TRACK);
            if (before >= 1e-3 && v <= 1) {
                assertTrue(v / before < 1.05, "pixel " + px + " goes from " + before + " to " + v);
            }
            before = v;
        }
    }

    @Test
    void aScaleNeedsItsBoundsInOrder() {
        assertThrows(IllegalArgumentException.class, () -> new SliderMath.LogScale(0, 10, 1e-3, 1, 3));
        assertThrows(IllegalArgumentException.class, () -> new SliderMath.LogScale(1e-5, 10, 1, 1e-3, 3));
    }
}
