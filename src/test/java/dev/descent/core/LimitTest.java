package dev.descent.core;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LimitTest {

    @Test
    void everyKindOfRangeIsWordedTheSameWay() {
        assertEquals("x -1 is out of range: it must be a number ≥ 0",
                Limit.atLeast("x", 0, "").refusal(-1));
        assertEquals("x 0 is out of range: it must be a number > 0 (why)",
                Limit.above("x", 0, "why").refusal(0));
        assertEquals("x 1.5 is out of range: it must be in [0, 1]", Limit.between("x", 0, 1, "").refusal(1.5));
        assertEquals("x 1 is out of range: it must be in [0, 1)", Limit.belowMax("x", 0, 1, "").refusal(1));
        assertEquals("n 0 is out of range: it must be a whole number in [1, 100,000,000]",
                Limit.wholeNumbers("n", 1, 100_000_000, "").refusal(0));
        assertEquals("n -2 is out of range: it must be a whole number ≥ 0",
                Limit.wholeNumbers("n", 0, Integer.MAX_VALUE, "").refusal(-2));
        assertEquals("d NaN is out of range: it must be a finite number", Limit.finite("d").refusal(Double.NaN));
    }

    @Test
    void theEdgesAreWhereTheBracketsSay() {
        Limit closed = Limit.between("x", 0, 1, "");
        assertTrue(closed.allows(0) && closed.allows(1));
        assertFalse(closed.allows(Math.nextUp(1.0)) || closed.allows(-Double.MIN_VALUE));
        Limit halfOpen = Limit.belowMax("x", 0, 1, "");
        assertTrue(halfOpen.allows(0) && halfOpen.allows(Math.nextDown(1.0)));
        assertFalse(halfOpen.allows(1));
        Limit above = Limit.above("x", 0, "");
        assertFalse(above.allows(0));
        assertTrue(above.allows(Double.MIN_VALUE));
    }

    @Test
    void nonFiniteAndFractionalValuesAreNeverAllowed() {
        Limit any = Limit.finite("x");
        assertFalse(any.allows(Double.NaN) || any.allows(Double.POSITIVE_INFINITY) || any.allows(Double.NEGATIVE_INFINITY));
        assertFalse(Limit.atLeast("x", 0, "").allows(Double.POSITIVE_INFINITY));
        assertFalse(Limit.wholeNumbers("n", 0, 10, "").allows(2.5));
    }

    @Test
    void checkThrowsTheRefusal() {
        Limit l = Limit.between("momentum", 0, 1, "reason");
        assertEquals(0.5, l.check(0.5));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> l.check(2.0));
        assertEquals(l.refusal(2), e.getMessage());
    }
}
