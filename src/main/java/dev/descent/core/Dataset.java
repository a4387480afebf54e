package dev.descent.core;

import java.util.Arrays;

/**
 * The points a model is fitted to: x and y as doubles, at least one row, every value finite.
 * Immutable: the arrays are copied in and never handed out.
 */
public final class Dataset {
    private final double[] x;
    private final double[] y;

    private Dataset(double[] x, double[] y) {
        this.x = x;
        this.y = y;
    }

    /**
     * Checks and copies the columns.
     *
     * @throws InvalidDataException naming the first bad row (1-based), or saying the data is empty
     */
    public static Dataset of(double[] x, double[] y) {
        return adopt(x.clone(), y.clone());
    }

    /**
     * Checks the columns and keeps them without copying: for a reader that has just filled them, so
     * that ten million points are not held twice. The caller must not keep or change the arrays.
     *
     * @throws InvalidDataException as {@link #of}
     */
    public static Dataset adopt(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new InvalidDataException(
                    "x has " + x.length + " values but y has " + y.length, 0);
        }
        if (x.length == 0) {
            throw new InvalidDataException("the data set is empty: it needs at least one point", 0);
        }
        for (int i = 0; i < x.length; i++) {
            requireFinite("x", x[i], i + 1);
            requireFinite("y", y[i], i + 1);
        }
        return new Dataset(x, y);
    }

    private static void requireFinite(String column, double value, int row) {
        if (!Double.isFinite(value)) {
            throw new InvalidDataException(
                    "row " + row + ": " + column + " is " + value + ", but every value must be a finite number", row);
        }
    }

    public int size() {
        return x.length;
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    /** The x column itself, not a copy, for the summation kernels in this package; never written. */
    double[] xColumn() {
        return x;
    }

    /** The y column itself, not a copy, for the summation kernels in this package; never written. */
    double[] yColumn() {
        return y;
    }

    public double[] xs() {
        return x.clone();
    }

    public double[] ys() {
        return y.clone();
    }

    /** The same points with row {@code i} replaced; used by data editing. */
    public Dataset withPoint(int i, double newX, double newY) {
        double[] nx = x.clone();
        double[] ny = y.clone();
        nx[i] = newX;
        ny[i] = newY;
        return of(nx, ny);
    }

    /** The same points with one more at the end; used by data editing. */
    public Dataset withAdded(double newX, double newY) {
        double[] nx = java.util.Arrays.copyOf(x, x.length + 1);
        double[] ny = java.util.Arrays.copyOf(y, y.length + 1);
        nx[x.length] = newX;
        ny[y.length] = newY;
        return of(nx, ny);
    }

    /** The same points with one more at row {@code i}, the rows from {@code i} on moved down one; undoes {@link #without}. */
    public Dataset withInserted(int i, double newX, double newY) {
        double[] nx = new double[x.length + 1];
        double[] ny = new double[y.length + 1];
        System.arraycopy(x, 0, nx, 0, i);
        System.arraycopy(y, 0, ny, 0, i);
        nx[i] = newX;
        ny[i] = newY;
        System.arraycopy(x, i, nx, i + 1, x.length - i);
        System.arraycopy(y, i, ny, i + 1, y.length - i);
        return of(nx, ny);
    }

    /**
     * The same points without row {@code i}; used by data editing.
     *
     * @throws InvalidDataException when it is the last point left
     */
    public Dataset without(int i) {
        double[] nx = new double[x.length - 1];
        double[] ny = new double[y.length - 1];
        System.arraycopy(x, 0, nx, 0, i);
        System.arraycopy(x, i + 1, nx, i, x.length - i - 1);
        System.arraycopy(y, 0, ny, 0, i);
        System.arraycopy(y, i + 1, ny, i, y.length - i - 1);
        return of(nx, ny);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dataset d && Arrays.equals(x, d.x) && Arrays.equals(y, d.y);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(x) + Arrays.hashCode(y);
    }

    @Override
    public String toString() {
        return "Dataset[" + x.length + " points]";
    }
}
