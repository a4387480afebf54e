package dev.descent.core.train;

import dev.descent.core.optim.OptimizerState;

import java.util.Arrays;

/**
 * The end of one epoch, as a value, in the lectures' convention: the parameters AFTER the epoch's
 * updates and the whole-data cost BEFORE them (at the parameters the epoch started from).
 *
 * <p>Immutable: the arrays handed in are copied and the array accessors hand out copies. The three
 * vectors share one array, since a run at full speed makes hundreds of thousands of these a second.
 */
public final class EpochSnapshot {
    private final int epoch;
    private final long iteration;
    private final int p;
    /** {@code before}, then {@code params}, then {@code gradient}, {@code p} values each. */
    private final double[] vectors;
    private final double costBefore;
    private final OptimizerState state;

    /**
     * @param epoch      0-based
     * @param iteration  updates since the run began, this epoch's included
     * @param before     parameters at the start of the epoch
     * @param params     parameters after the epoch
     * @param costBefore whole-data cost at {@code before}
     * @param gradient   whole-data gradient at {@code before}: the slope of the cost curve at the point the epoch left from
     * @param state      optimizer state after the epoch
     */
    public EpochSnapshot(int epoch, long iteration, double[] before, double[] params, double costBefore,
                         double[] gradient, OptimizerState state) {
        int n = params.length;
        if (before.length != n || gradient.length != n) {
            throw new IllegalArgumentException("before, params and gradient differ in length: " + before.length
                    + ", " + n + ", " + gradient.length);
        }
        this.epoch = epoch;
        this.iteration = iteration;
        this.p = n;
        this.vectors = new double[3 * n];
        System.arraycopy(before, 0, vectors, 0, n);
        System.arraycopy(params, 0, vectors, n, n);
        System.arraycopy(gradient, 0, vectors, 2 * n, n);
        this.costBefore = costBefore;
        this.state = state;
    }

    /** 0-based. */
    public int epoch() {
        return epoch;
    }

    /** Updates since the run began, this epoch's included. */
    public long iteration() {
        return iteration;
    }

    /** A copy of the parameters at the start of the epoch. */
    public double[] before() {
        return Arrays.copyOfRange(vectors, 0, p);
    }

    /** A copy of the parameters after the epoch. */
    public double[] params() {
        return Arrays.copyOfRange(vectors, p, 2 * p);
    }

    /** Whole-data cost at {@link #before()}. */
    public double costBefore() {
        return costBefore;
    }

    /** A copy of the whole-data gradient at {@link #before()}: the slope the epoch left from. */
    public double[] gradient() {
        return Arrays.copyOfRange(vectors, 2 * p, 3 * p);
    }

    /** Optimizer state after the epoch. */
    public OptimizerState state() {
        return state;
    }

    /** Parameter {@code j} after the epoch, without copying the array. */
    public double param(int j) {
        return vectors[p + check(j)];
    }

    /** Parameter {@code j} at the start of the epoch, without copying the array. */
    public double beforeParam(int j) {
        return vectors[check(j)];
    }

    /**
     * How many of {@code inEpochOrder} (snapshots in increasing epoch order, not necessarily every
     * epoch) have an epoch number ≤ {@code epoch}: binary search.
     */
    public static int countThrough(java.util.List<EpochSnapshot> inEpochOrder, int epoch) {
        int lo = 0;
        int hi = inEpochOrder.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (inEpochOrder.get(mid).epoch() <= epoch) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int check(int j) {
        if (j < 0 || j >= p) {
            throw new IndexOutOfBoundsException("parameter " + j + " of " + p);
        }
        return j;
    }

    @Override
    public String toString() {
        return "EpochSnapshot[epoch=" + epoch + ", iteration=" + iteration + ", before=" + Arrays.toString(before())
                + ", params=" + Arrays.toString(params()) + ", costBefore=" + costBefore + ", gradient="
                + Arrays.toString(gradient()) + ", state=" + state + "]";
    }
}
