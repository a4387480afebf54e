package dev.descent.core;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetTest {

    @Test
    void emptyIsRefused() {
        InvalidDataException e = assertThrows(InvalidDataException.class,
                () -> Dataset.of(new double[0], new double[0]));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
        assertEquals(0, e.row());
    }

    @Test
    void columnsOfDifferentLengthAreRefused() {
        InvalidDataException e = assertThrows(InvalidDataException.class,
                () -> Dataset.of(new double[] {1, 2}, new double[] {1}));
        assertTrue(e.getMessage().contains("x has 2 values but y has 1"), e.getMessage());
    }

    @Test
    void nonFiniteValueNamesTheRowAndColumn() {
        InvalidDataException e = assertThrows(InvalidDataException.class,
                () -> Dataset.of(new double[] {1, 2, 3}, new double[] {1, 2, Double.NaN}));
        assertEquals(3, e.row());
        assertTrue(e.getMessage().startsWith("row 3: y is NaN"), e.getMessage());

        e = assertThrows(InvalidDataException.class,
                () -> Dataset.of(new double[] {1, Double.NEGATIVE_INFINITY}, new double[] {1, 2}));
        assertEquals(2, e.row());
        assertTrue(e.getMessage().startsWith("row 2: x is -Infinity"), e.getMessage());
    }

    @Test
    void copiesInAndOut() {
        double[] x = {1, 2};
        double[] y = {3, 4};
        Dataset d = Dataset.of(x, y);
        x[0] = 100;
        d.xs()[1] = 100;
        d.ys()[0] = 100;
        assertArrayEquals(new double[] {1, 2}, d.xs());
        assertArrayEquals(new double[] {3, 4}, d.ys());
        assertEquals(2, d.size());
        assertEquals(2.0, d.x(1));
        assertEquals(3.0, d.y(0));
    }

    @Test
    void withPointReplacesOneRowAndChecksIt() {
        Dataset d = Dataset.of(new double[] {1, 2}, new double[] {3, 4});
        Dataset e = d.withPoint(1, 5, 6);
        assertArrayEquals(new double[] {1, 5}, e.xs());
        assertArrayEquals(new double[] {3, 6}, e.ys());
        assertArrayEquals(new double[] {1, 2}, d.xs(), "the original is unchanged");
        InvalidDataException bad = assertThrows(InvalidDataException.class, () -> d.withPoint(0, Double.NaN, 1));
        assertEquals(1, bad.row());
    }

    @Test
    void equality() {
        assertEquals(Dataset.of(new double[] {1}, new double[] {2}), Dataset.of(new double[] {1}, new double[] {2}));
        assertEquals(Dataset.of(new double[] {1}, new double[] {2}).hashCode(),
                Dataset.of(new double[] {1}, new double[] {2}).hashCode());
        assertNotEquals(Dataset.of(new double[] {1}, new double[] {2}), Dataset.of(new double[] {2}, new double[] {1}));
    }
}
