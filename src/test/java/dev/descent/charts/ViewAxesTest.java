package dev.descent.charts;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Tick spacing for a projector, worked by hand against the standard 1, 2, 5 steps. */
class ViewAxesTest {
    private static final TickUnitSource STANDARD = NumberAxis.createStandardTickUnits();

    /** A unit of 1 as the axis's own source makes it (the source steps from its own units). */
    private static NumberTickUnit one() {
        return (NumberTickUnit) STANDARD.getCeilingTickUnit(1.0);
    }

    @Test
    void ticksAreThinnedToTheRoomThereIs() {
        // 0..14 with room for two labels: 1 gives 15 ticks, 2 gives 8, 5 gives 3, 10 gives 0 and 10.
        assertEquals(10, ViewAxes.thinned(one(), STANDARD, 0, 14, 2).getSize(), 1e-12);
    }

    @Test
    void thinningStopsBeforeOnlyOneTickIsLeft() {
        // The cost axis early in the lecture: 0..4.9. A unit of 5 would leave only "0"; 2 gives 0, 2, 4.
        assertEquals(2, ViewAxes.thinned(one(), STANDARD, 0, 4.9, 2).getSize(), 1e-12);
        assertEquals(1, ViewAxes.ticksWithin(5, 0, 4.9));
        assertEquals(3, ViewAxes.ticksWithin(2, 0, 4.9));
    }

    @Test
    void ticksAreCountedOnBothSidesOfZero() {
        // -1, -0.5, 0 and 0.5; 1 is past 0.9.
        assertEquals(4, ViewAxes.ticksWithin(0.5, -1.2, 0.9));
    }
}
