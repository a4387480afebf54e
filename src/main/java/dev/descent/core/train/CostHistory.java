package dev.descent.core.train;

import java.util.Arrays;

/**
 * A run's history in fixed memory, however many epochs it has: the epochs are grouped into at most
 * {@link #capacity()} buckets of equal width; when every bucket is used, neighbouring pairs merge and
 * the width doubles. Each bucket keeps
 * <ul>
 *   <li>the lowest and the highest cost in it, with their epochs, so a spike stays visible on a cost
 *       chart however far the history is zoomed out;</li>
 *   <li>a representative epoch, the bucket's first, with its cost and parameters, so a timeline can
 *       show the state of the run at (close to) any epoch.</li>
 * </ul>
 * The very first and the very last epoch are always kept exactly. Costs are the epochs'
 * {@link EpochSnapshot#costBefore() costs before} their updates and parameters the
 * {@link EpochSnapshot#params() parameters after}, as everywhere else.
 *
 * <p>Memory is allocated once, in the constructor: about {@code capacity · (6 + p) · 8} bytes. Not
 * thread-safe: one thread adds, or callers lock.
 */
public final class CostHistory {
    /** Enough buckets for a cost chart a few thousand pixels wide. */
    public static final int DEFAULT_CAPACITY = 4096;

    private static final double[] NO_PARAMS = {};

    private final int capacity;
    private final int p;
    private final int[] firstEpoch;
    private final int[] lastEpoch;
    private final double[] min;
    private final int[] minEpoch;
    private final double[] max;
    private final int[] maxEpoch;
    private final double[] representativeCost;
    private final double[] representativeParams;
    private final double[] lastParams;
    private int size;
    private int width = 1;
    private int inLast;
    private long epochs;
    private int lastEpochSeen = -1;
    private double lastCost = Double.NaN;

    public CostHistory(int parameterCount) {
        this(parameterCount, DEFAULT_CAPACITY);
    }

    /** A history of costs alone (a cost chart's curve): no parameters; add with {@link #add(int, double)}. */
    public static CostHistory costsOnly(int capacity) {
        return new CostHistory(capacity, 0, true);
    }

    /**
     * @param capacity the most buckets kept; even and at least 2
     */
    public CostHistory(int parameterCount, int capacity) {
        this(capacity, parameterCount, false);
    }

    private CostHistory(int capacity, int parameterCount, boolean costsOnly) {
        if (capacity < 2 || capacity % 2 != 0) {
            throw new IllegalArgumentException("capacity must be even and at least 2; got " + capacity);
        }
        if (parameterCount < (costsOnly ? 0 : 1)) {
            throw new IllegalArgumentException("a model has at least one parameter; got " + parameterCount);
        }
        this.capacity = capacity;
        this.p = parameterCount;
        firstEpoch = new int[capacity];
        lastEpoch = new int[capacity];
        min = new double[capacity];
        minEpoch = new int[capacity];
        max = new double[capacity];
        maxEpoch = new int[capacity];
        representativeCost = new double[capacity];
        representativeParams = new double[capacity * p];
        lastParams = new double[p];
    }

    public void add(EpochSnapshot snapshot) {
        add(snapshot.epoch(), snapshot.costBefore(), snapshot.params());
    }

    /** Records one epoch's cost, for a history made by {@link #costsOnly}. */
    public void add(int epoch, double cost) {
        add(epoch, cost, NO_PARAMS);
    }

    /**
     * Records one epoch. Epochs must come in increasing order. A cost that is not a number (a run that
     * blew up) is kept as the last cost and the representative, but never as a minimum or maximum.
     */
    public void add(int epoch, double cost, double[] params) {
        if (epoch <= lastEpochSeen) {
            throw new IllegalArgumentException("epochs must increase: got " + epoch + " after " + lastEpochSeen);
        }
        if (params.length != p) {
            throw new IllegalArgumentException("expected " + p + " parameters, got " + params.length);
        }
        if (size == 0 || inLast == width) {
            if (size == capacity) {
                mergePairs();
            }
            int b = size++;
            firstEpoch[b] = epoch;
            min[b] = Double.POSITIVE_INFINITY;
            max[b] = Double.NEGATIVE_INFINITY;
            minEpoch[b] = -1;
            maxEpoch[b] = -1;
            representativeCost[b] = cost;
            System.arraycopy(params, 0, representativeParams, b * p, p);
            inLast = 0;
        }
        int b = size - 1;
        lastEpoch[b] = epoch;
        if (cost < min[b]) {
            min[b] = cost;
            minEpoch[b] = epoch;
        }
        if (cost > max[b]) {
            max[b] = cost;
            maxEpoch[b] = epoch;
        }
        inLast++;
        epochs++;
        lastEpochSeen = epoch;
        lastCost = cost;
        System.arraycopy(params, 0, lastParams, 0, p);
    }

    /** Halves the number of buckets: bucket 2k and 2k + 1 become bucket k, keeping 2k's representative. */
    private void mergePairs() {
        int half = size / 2;
        for (int k = 0; k < half; k++) {
            int a = 2 * k;
            int b = a + 1;
            firstEpoch[k] = firstEpoch[a];
            lastEpoch[k] = lastEpoch[b];
            boolean bLower = min[b] < min[a];
            min[k] = bLower ? min[b] : min[a];
            minEpoch[k] = bLower ? minEpoch[b] : minEpoch[a];
            boolean bHigher = max[b] > max[a];
            max[k] = bHigher ? max[b] : max[a];
            maxEpoch[k] = bHigher ? maxEpoch[b] : maxEpoch[a];
            representativeCost[k] = representativeCost[a];
            System.arraycopy(representativeParams, a * p, representativeParams, k * p, p);
        }
        size = half;
        width *= 2;
        // The bucket that is filling is now complete (it was the second of the last pair).
        inLast = width;
    }

    public int capacity() {
        return capacity;
    }

    /** Buckets in use, at most {@link #capacity()}. */
    public int size() {
        return size;
    }

    /** Epochs per bucket (the last bucket may hold fewer). */
    public int epochsPerBucket() {
        return width;
    }

    /** Epochs added so far. */
    public long epochs() {
        return epochs;
    }

    public int firstEpoch(int bucket) {
        check(bucket);
        return firstEpoch[bucket];
    }

    public int lastEpoch(int bucket) {
        check(bucket);
        return lastEpoch[bucket];
    }

    /** The lowest cost in the bucket, or NaN if none of its costs was a number. */
    public double min(int bucket) {
        check(bucket);
        return minEpoch[bucket] < 0 ? Double.NaN : min[bucket];
    }

    /** The epoch of {@link #min}, or -1. */
    public int minEpoch(int bucket) {
        check(bucket);
        return minEpoch[bucket];
    }

    /** The highest cost in the bucket, or NaN if none of its costs was a number. */
    public double max(int bucket) {
        check(bucket);
        return maxEpoch[bucket] < 0 ? Double.NaN : max[bucket];
    }

    /** The epoch of {@link #max}, or -1. */
    public int maxEpoch(int bucket) {
        check(bucket);
        return maxEpoch[bucket];
    }

    /** The bucket's representative epoch: its first. */
    public int representativeEpoch(int bucket) {
        return firstEpoch(bucket);
    }

    public double representativeCost(int bucket) {
        check(bucket);
        return representativeCost[bucket];
    }

    /** A copy of the parameters after the representative epoch. */
    public double[] representativeParams(int bucket) {
        check(bucket);
        return Arrays.copyOfRange(representativeParams, bucket * p, bucket * p + p);
    }

    /** The bucket holding {@code epoch}, or the nearest one; -1 when the history is empty. */
    public int bucketOf(int epoch) {
        if (size == 0) {
            return -1;
        }
        int lo = 0;
        int hi = size - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (firstEpoch[mid] <= epoch) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The last epoch added, exactly; -1 when empty. */
    public int lastEpoch() {
        return lastEpochSeen;
    }

    public double lastCost() {
        return lastCost;
    }

    /** A copy of the parameters after the last epoch. */
    public double[] lastParams() {
        if (size == 0) {
            throw new IllegalStateException("the history is empty");
        }
        return lastParams.clone();
    }

    private void check(int bucket) {
        if (bucket < 0 || bucket >= size) {
            throw new IndexOutOfBoundsException("bucket " + bucket + " of " + size);
        }
    }
}
