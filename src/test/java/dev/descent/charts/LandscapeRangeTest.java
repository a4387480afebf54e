package dev.descent.charts;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LandscapeRangeTest {
    private static final double NAN = Double.NaN;

    private static void assertCovers(Span s, double... values) {
        for (double v : values) {
            assertTrue(s.contains(v), s + " should contain " + v);
        }
    }

    @Test
    void centresTheBowlAndCoversStartAndOptimumWithAMargin() {
        // The first lecture: w from 1 towards 2.
        Span s = LandscapeRange.choose(1, new double[] {1, 1.5, 1.8}, 3, 1.9, 2);
        assertEquals(2, s.middle(), 1e-12, "centred on the bottom so both walls show");
        assertCovers(s, 1, 1.5, 1.8, 1.9, 2, 3);
        assertTrue(s.lower() < 1 - 0.05, "a margin beyond the start: " + s);
        assertTrue(s.length() < 3, "not needlessly wide: " + s);
    }

    @Test
    void aDivergedTrailDoesNotFlattenTheView() {
        double[] trail = {1, 3.8, -1.24, 7.8, -10.6, 1e6, -1e300, Double.POSITIVE_INFINITY, NAN};
        Span s = LandscapeRange.choose(1, trail, trail.length, -1e300, 2);
        assertCovers(s, 1, 2, 3.8, -1.24);
        assertTrue(s.length() <= 2 * LandscapeRange.MAX_SPANS * 1 * (1 + LandscapeRange.MARGIN) + 1e-9,
                "capped at a few times the start's distance from the bottom: " + s);
        assertTrue(Double.isFinite(s.lower()) && Double.isFinite(s.upper()));
    }

    @Test
    void aMomentumOvershootInsideTheCapIsKept() {
        Span s = LandscapeRange.choose(-1, new double[] {-1, 2, 5.5, 2.5}, 4, 3, 3);
        assertCovers(s, -1, 5.5, 3);
    }

    @Test
    void onlyTheFirstCountTrailValuesCount() {
        Span s = LandscapeRange.choose(1, new double[] {1, 1.5, 9}, 2, 1.5, 2);
        assertTrue(!s.contains(9), "the value past count is ignored: " + s);
    }

    @Test
    void withoutAnOptimumCentresBetweenStartAndCurrent() {
        Span s = LandscapeRange.choose(0, null, 0, 4, NAN);
        assertEquals(2, s.middle(), 1e-12);
        assertCovers(s, 0, 4);
    }

    @Test
    void startAtTheOptimumStillGivesAUsefulWidth() {
        Span s = LandscapeRange.choose(2, new double[] {2}, 1, 2, 2);
        assertCovers(s, 2);
        assertTrue(s.length() >= 1, "a visible stretch of the bowl: " + s);
    }

    @Test
    void nothingKnownGivesTheDefault() {
        assertEquals(LandscapeRange.DEFAULT, LandscapeRange.choose(NAN, new double[] {NAN}, 1, NAN, NAN));
        Span s = LandscapeRange.choose(NAN, new double[] {NAN, 5}, 2, NAN, NAN);
        assertCovers(s, 5);
    }

    @Test
    void hugeButFiniteValuesStayFinite() {
        Span s = LandscapeRange.choose(-1e308, new double[] {1e308}, 1, 1e308, NAN);
        assertTrue(Double.isFinite(s.lower()) && Double.isFinite(s.upper()) && s.lower() < s.upper(), s.toString());
    }

    @Test
    void bowlBottomIsWhereTheParabolaThroughThePointIsLowest() {
        // cost(w) = 14/3 (w − 2)²: at w = 1 the slope is −28/3 and the curvature 28/3.
        assertEquals(2, LandscapeRange.bowlBottom(1, -28.0 / 3, 28.0 / 3), 1e-12);
        assertTrue(Double.isNaN(LandscapeRange.bowlBottom(1, 1, 0)), "flat: no bottom");
        assertTrue(Double.isNaN(LandscapeRange.bowlBottom(1, NAN, 1)));
    }

    @Test
    void sampleCountFollowsWidthWithinBounds() {
        assertEquals(LandscapeRange.MIN_SAMPLES, LandscapeRange.sampleCount(10));
        assertEquals(601, LandscapeRange.sampleCount(1200));
        assertEquals(LandscapeRange.MAX_SAMPLES, LandscapeRange.sampleCount(100_000));
    }
}
