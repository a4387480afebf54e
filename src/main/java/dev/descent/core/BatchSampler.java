package dev.descent.core;

import java.util.SplittableRandom;

/**
 * Cuts an epoch into batches. One knob, the batch size: the whole data set is batch gradient descent,
 * 1 is stochastic gradient descent, k is mini-batch. Batches follow the data order (as the lectures
 * do) unless shuffling is on; a shuffled epoch's order depends only on the seed and the epoch number,
 * so runs repeat exactly. The last batch of an epoch may be smaller (nothing is dropped).
 */
public final class BatchSampler {
    private final int n;
    private final int batchSize;
    private final boolean shuffle;
    private final long seed;
    private final int[] order;

    /**
     * @param batchSize 0 or anything ≥ n means the full batch
     */
    public BatchSampler(int n, int batchSize, boolean shuffle, long seed) {
        if (batchSize < 0) {
            throw new IllegalArgumentException("batch size must be positive, or 0 for the full batch; got " + batchSize);
        }
        this.n = n;
        this.batchSize = batchSize == 0 || batchSize > n ? n : batchSize;
        this.shuffle = shuffle;
        this.seed = seed;
        this.order = shuffle ? new int[n] : null;
    }

    public int batchSize() {
        return batchSize;
    }

    public int batchesPerEpoch() {
        return (n + batchSize - 1) / batchSize;
    }

    public boolean isFullBatch() {
        return batchSize == n;
    }

    /**
     * Prepares epoch {@code epoch} and returns the row order to read batches from, or null for data order.
     * The array is reused: it is valid until the next call.
     */
    public int[] orderFor(int epoch) {
        if (!shuffle) {
            return null;
        }
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + epoch);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    public int batchStart(int batch) {
        return batch * batchSize;
    }

    public int batchEnd(int batch) {
        return Math.min(n, (batch + 1) * batchSize);
    }
}
