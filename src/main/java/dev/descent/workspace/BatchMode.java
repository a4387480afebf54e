package dev.descent.workspace;

import dev.descent.core.Limit;
import dev.descent.core.train.RunConfig;

/** The batch chooser: one knob of the core (the batch size), shown as the three names the lectures use. */
public enum BatchMode {
    FULL("Full batch (GD)"),
    SGD("SGD (1 point)"),
    MINI("Mini-batch");

    /**
     * What the mini-batch box takes: 2 points or more (1 is the SGD choice), up to the core's largest batch
     * size; a batch as large as the data is the full batch.
     */
    public static final Limit MINI_SIZE = Limit.wholeNumbers("mini-batch size", 2, (long) RunConfig.BATCH_SIZE.max(),
            "one point per update is the SGD choice");

    private final String label;

    BatchMode(String label) {
        this.label = label;
    }

    /** The core's batch size: 0 = full, 1, or the mini-batch size. */
    public int batchSize(int miniBatchSize) {
        return switch (this) {
            case FULL -> 0;
            case SGD -> 1;
            case MINI -> miniBatchSize;
        };
    }

    public static BatchMode of(int batchSize, int n) {
        if (batchSize == 0 || batchSize >= n) {
            return FULL;
        }
        return batchSize == 1 ? SGD : MINI;
    }

    @Override
    public String toString() {
        return label;
    }
}
