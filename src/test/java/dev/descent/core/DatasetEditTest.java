package dev.descent.core;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Editing a data set point by point, as the fit chart does. */
class DatasetEditTest {
    private final Dataset three = Dataset.of(new double[] {1, 2, 3}, new double[] {2, 4, 6});

    @Test
    void addingAppendsAPoint() {
        Dataset four = three.withAdded(4, 7.5);
        assertArrayEquals(new double[] {1, 2, 3, 4}, four.xs());
        assertArrayEquals(new double[] {2, 4, 6, 7.5}, four.ys());
    }

    @Test
    void removingDropsExactlyThatRow() {
        Dataset two = three.without(1);
        assertArrayEquals(new double[] {1, 3}, two.xs());
        assertArrayEquals(new double[] {2, 6}, two.ys());
        assertArrayEquals(new double[] {2, 3}, three.without(0).xs());
        assertArrayEquals(new double[] {1, 2}, three.without(2).xs());
    }

    @Test
    void theLastPointCannotBeRemovedAndBadValuesAreRefused() {
        Dataset one = Dataset.of(new double[] {1}, new double[] {2});
        assertThrows(InvalidDataException.class, () -> one.without(0));
        assertThrows(InvalidDataException.class, () -> three.withAdded(Double.NaN, 1));
    }
}
