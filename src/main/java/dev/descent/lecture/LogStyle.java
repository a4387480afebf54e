package dev.descent.lecture;

/** Which lecture's printout a run's log imitates. */
public enum LogStyle {
    /**
     * The PyTorch lecture's batch loop: {@code Predict (before training) 4 4.00},
     * {@code Epoch: 0 w= 1.09 cost= 4.67}, …, {@code Predict (after training) 4 8.00}.
     */
    EPOCH,
    /**
     * The SGD lecture's per-sample loop: {@code \tgrad:  1.0 2.0 -2.00} for each sample (on small data
     * sets), then {@code progress: 0 w= 1.26 loss= 4.92}, the last sample's loss after its update.
     */
    SGD,
    /** The "deeper look" lecture's table: {@code Epoch    0/10 W: 0.000, Cost: 4.666667}, including the final state. */
    TABLE;

    /** The style's name in a session file: epoch, sgd or table. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
