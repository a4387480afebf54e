package dev.descent.workspace;

/** The batch chooser: one knob of the core (the batch size), shown as the three names the lectures use. */
public enum BatchMode {
    FULL("Full batch (GD)"),
    SGD("SGD (1 point)"),
    MINI("Mini-batch");

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
