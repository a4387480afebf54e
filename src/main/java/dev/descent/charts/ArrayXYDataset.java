package dev.descent.charts;

import org.jfree.data.DomainOrder;
import org.jfree.data.xy.AbstractXYDataset;

import java.util.Arrays;

/**
 * Series of (x, y) points in growable primitive arrays. Changing a series does not notify anyone:
 * the owner makes all its changes and then calls {@link #changed()} once, which is one dataset change
 * event and so at most one chart redraw. Points with a non-finite coordinate are never stored, so
 * nothing downstream (axes, renderers) ever sees NaN or infinity.
 */
final class ArrayXYDataset extends AbstractXYDataset implements CopiedData {
    private final String[] keys;
    private final double[][] xs;
    private final double[][] ys;
    private final int[] counts;
    private final boolean positiveYOnly;

    /** Series named by {@code keys}; with {@code positiveYOnly}, points with y ≤ 0 are dropped too (for log axes). */
    ArrayXYDataset(boolean positiveYOnly, String... keys) {
        this.positiveYOnly = positiveYOnly;
        this.keys = keys.clone();
        this.xs = new double[keys.length][16];
        this.ys = new double[keys.length][16];
        this.counts = new int[keys.length];
    }

    ArrayXYDataset(String... keys) {
        this(false, keys);
    }

    /** A copy with its own arrays: later changes to either do not reach the other. */
    @Override
    public ArrayXYDataset copy() {
        ArrayXYDataset c = new ArrayXYDataset(positiveYOnly, keys);
        for (int i = 0; i < keys.length; i++) {
            c.xs[i] = Arrays.copyOf(xs[i], Math.max(counts[i], 1));
            c.ys[i] = Arrays.copyOf(ys[i], Math.max(counts[i], 1));
            c.counts[i] = counts[i];
        }
        return c;
    }

    void setKey(int series, String key) {
        keys[series] = key;
    }

    /** Replaces a series with the acceptable points among the first {@code count}; returns how many were kept. */
    int set(int series, double[] x, double[] y, int count) {
        counts[series] = 0;
        int n = Math.min(count, Math.min(x.length, y.length));
        ensure(series, n);
        for (int i = 0; i < n; i++) {
            add(series, x[i], y[i]);
        }
        return counts[series];
    }

    /** Appends a point unless it is not acceptable; returns whether it was kept. */
    boolean add(int series, double x, double y) {
        if (!accepts(x, y)) {
            return false;
        }
        int n = counts[series];
        ensure(series, n + 1);
        xs[series][n] = x;
        ys[series][n] = y;
        counts[series] = n + 1;
        return true;
    }

    boolean accepts(double x, double y) {
        return Double.isFinite(x) && Double.isFinite(y) && (!positiveYOnly || y > 0);
    }

    void clear(int series) {
        counts[series] = 0;
    }

    void clearAll() {
        Arrays.fill(counts, 0);
    }

    /** Tells the plot, once, that the data changed. */
    void changed() {
        fireDatasetChanged();
    }

    private void ensure(int series, int size) {
        if (xs[series].length < size) {
            int cap = Math.max(size, xs[series].length * 2);
            xs[series] = Arrays.copyOf(xs[series], cap);
            ys[series] = Arrays.copyOf(ys[series], cap);
        }
    }

    @Override
    public int getSeriesCount() {
        return keys.length;
    }

    @Override
    public Comparable<?> getSeriesKey(int series) {
        return keys[series];
    }

    @Override
    public DomainOrder getDomainOrder() {
        return DomainOrder.NONE;
    }

    @Override
    public int getItemCount(int series) {
        return counts[series];
    }

    @Override
    public Number getX(int series, int item) {
        return getXValue(series, item);
    }

    @Override
    public Number getY(int series, int item) {
        return getYValue(series, item);
    }

    @Override
    public double getXValue(int series, int item) {
        return xs[series][item];
    }

    @Override
    public double getYValue(int series, int item) {
        return ys[series][item];
    }
}
