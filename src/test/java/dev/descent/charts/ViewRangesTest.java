package dev.descent.charts;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ViewRangesTest {
    private static final double NAN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void fitXFollowsTheDataWithAMargin() {
        Span s = ViewRanges.fitX(new double[] {1, 2, 3});
        assertEquals(1 - 2 * ViewRanges.FIT_MARGIN, s.lower(), 1e-12);
        assertEquals(3 + 2 * ViewRanges.FIT_MARGIN, s.upper(), 1e-12);
        Span single = ViewRanges.fitX(new double[] {5, 5});
        assertTrue(single.contains(5) && single.length() > 0);
        assertEquals(ViewRanges.DEFAULT_X, ViewRanges.fitX(null));
    }

    @Test
    void fitYTakesInTheModelButOnlyWithinReach() {
        double[] ys = {2, 4, 6};
        Span near = ViewRanges.fitY(ys, 0.8, 3.2);
        assertTrue(near.contains(0.8) && near.contains(6), near.toString());
        Span far = ViewRanges.fitY(ys, -3649, -970);
        assertTrue(far.lower() >= 2 - 4 * (1 + 2 * ViewRanges.FIT_MARGIN) - 1e-9, "cut off: " + far);
        assertTrue(far.contains(2) && far.contains(6));
        Span noModel = ViewRanges.fitY(ys, NAN, NAN);
        assertTrue(noModel.contains(2) && noModel.contains(6) && !noModel.contains(0.5));
        Span infinite = ViewRanges.fitY(ys, -INF, INF);
        assertTrue(Double.isFinite(infinite.length()));
    }

    @Test
    void linearCostAxisIsCappedAtAMultipleOfTheStart() {
        Span normal = ViewRanges.costLinear(18.7, 18.7);
        assertTrue(normal.contains(0) && normal.contains(18.7) && normal.upper() < 18.7 * 1.2);
        assertFalse(ViewRanges.isCapped(18.7, 18.7));
        Span exploded = ViewRanges.costLinear(1.9e6, 4.67);
        assertTrue(ViewRanges.isCapped(1.9e6, 4.67));
        assertEquals(ViewRanges.COST_CAP_FACTOR * 4.67 * (1 + ViewRanges.COST_HEADROOM), exploded.upper(), 1e-9);
        assertEquals(new Span(-ViewRanges.COST_FLOOR, 1), ViewRanges.costLinear(NAN, NAN));
        assertEquals(new Span(-ViewRanges.COST_FLOOR, 1), ViewRanges.costLinear(0, 0));
    }

    @Test
    void logCostAxisCoversThePositiveCostsAndTwoDecadesAtLeast() {
        Span s = ViewRanges.costLog(1.5e-8, 18.7);
        assertTrue(s.contains(1.5e-8) && s.contains(18.7) && s.lower() > 0, s.toString());
        Span flat = ViewRanges.costLog(3, 3);
        assertTrue(Math.log10(flat.upper()) - Math.log10(flat.lower()) >= 2 - 1e-9, flat.toString());
        assertEquals(new Span(0.1, 10), ViewRanges.costLog(0, 5));
        Span tiny = ViewRanges.costLog(Double.MIN_VALUE, Double.MAX_VALUE);
        assertTrue(tiny.lower() > 0 && Double.isFinite(tiny.upper()));
    }

    @Test
    void epochAxisIsAtLeastOneEpochWide() {
        assertEquals(new Span(0, 1), ViewRanges.epochs(0, 0));
        assertEquals(new Span(0, 99), ViewRanges.epochs(0, 99));
        assertEquals(new Span(0, 1), ViewRanges.epochs(NAN, 3));
    }

    @Test
    void landscapeCostStartsJustBelowZero() {
        Span s = ViewRanges.landscapeCost(50);
        assertTrue(s.lower() < 0 && s.lower() > -5 && s.upper() > 50);
        assertTrue(Double.isFinite(ViewRanges.landscapeCost(Double.MAX_VALUE).upper()));
        assertEquals(new Span(-ViewRanges.COST_FLOOR, 1), ViewRanges.landscapeCost(INF));
    }

    @Test
    void spansRefuseNonFiniteOrEmptyBounds() {
        assertThrows(IllegalArgumentException.class, () -> new Span(1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Span(0, INF));
        assertThrows(IllegalArgumentException.class, () -> new Span(NAN, 1));
        double[] v = new Span(0, 1).sample(5);
        assertEquals(0.25, v[1], 1e-15);
        assertEquals(1.0, v[4]);
    }
}
