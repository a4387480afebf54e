package dev.descent.core.train;

import dev.descent.core.Dataset;
import dev.descent.core.Limit;
import dev.descent.core.Model;
import dev.descent.core.optim.OptimizerConfig;

/**
 * Everything that determines a run. Two equal configurations give bit-identical runs.
 *
 * @param batchSize  0 for the full batch (batch gradient descent), 1 for SGD, k for mini-batch
 * @param shuffle    batches in a seeded random order each epoch instead of data order
 * @param tolerance  stop as converged once an epoch changes the cost by at most
 *                   {@code tolerance·(1 + cost)}; 0 to always run every epoch
 */
public record RunConfig(Dataset data, Model model, OptimizerConfig optimizer, double[] init, int epochs,
                        int batchSize, boolean shuffle, long seed, double tolerance) {

    /** The most epochs a run may ask for, on the command line, in a session and in the window. */
    public static final int MAX_EPOCHS = 100_000_000;

    public static final Limit EPOCHS = Limit.wholeNumbers("epochs", 1, MAX_EPOCHS, "");

    /** Points per update: 0 is the full batch; a batch larger than the data is the full batch too. */
    public static final Limit BATCH_SIZE = Limit.wholeNumbers("batch size", 0, Integer.MAX_VALUE, "0 is the full batch");

    public static final Limit TOLERANCE = Limit.atLeast("tolerance", 0, "0 runs every epoch");

    public RunConfig {
        if (init.length != model.parameterCount()) {
            throw new IllegalArgumentException("the " + model.id() + " model " + model.formula() + " has "
                    + model.parameterCount() + " parameter" + (model.parameterCount() == 1 ? "" : "s")
                    + " (" + String.join(", ", model.parameterNames()) + ") but " + init.length
                    + " starting value" + (init.length == 1 ? " was" : "s were") + " given");
        }
        for (int i = 0; i < init.length; i++) {
            if (!Double.isFinite(init[i])) {
                throw new IllegalArgumentException("starting value of " + model.parameterNames().get(i)
                        + " is " + init[i] + "; it must be a finite number");
            }
        }
        EPOCHS.check(epochs);
        BATCH_SIZE.check(batchSize);
        TOLERANCE.check(tolerance);
        init = init.clone();
    }

    @Override
    public double[] init() {
        return init.clone();
    }

    /** The batch size actually used: the data size for the full batch. */
    public int effectiveBatchSize() {
        return batchSize == 0 || batchSize > data.size() ? data.size() : batchSize;
    }

    public boolean isFullBatch() {
        return effectiveBatchSize() == data.size();
    }

    public RunConfig withOptimizer(OptimizerConfig o) {
        return new RunConfig(data, model, o, init, epochs, batchSize, shuffle, seed, tolerance);
    }

    public RunConfig withInit(double[] newInit) {
        return new RunConfig(data, model, optimizer, newInit, epochs, batchSize, shuffle, seed, tolerance);
    }

    public RunConfig withEpochs(int newEpochs) {
        return new RunConfig(data, model, optimizer, init, newEpochs, batchSize, shuffle, seed, tolerance);
    }

    public RunConfig withBatchSize(int newBatchSize) {
        return new RunConfig(data, model, optimizer, init, epochs, newBatchSize, shuffle, seed, tolerance);
    }

    public RunConfig withData(Dataset newData) {
        return new RunConfig(newData, model, optimizer, init, epochs, batchSize, shuffle, seed, tolerance);
    }

    /** A new model needs new starting values; {@code newInit} must match it. */
    public RunConfig withModel(Model newModel, double[] newInit) {
        return new RunConfig(data, newModel, optimizer, newInit, epochs, batchSize, shuffle, seed, tolerance);
    }

    public RunConfig withShuffle(boolean newShuffle, long newSeed) {
        return new RunConfig(data, model, optimizer, init, epochs, batchSize, newShuffle, newSeed, tolerance);
    }

    public RunConfig withTolerance(double newTolerance) {
        return new RunConfig(data, model, optimizer, init, epochs, batchSize, shuffle, seed, newTolerance);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RunConfig r && data.equals(r.data) && model == r.model && optimizer.equals(r.optimizer)
                && java.util.Arrays.equals(init, r.init) && epochs == r.epochs && batchSize == r.batchSize
                && shuffle == r.shuffle && seed == r.seed && Double.compare(tolerance, r.tolerance) == 0;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(data, model, optimizer, java.util.Arrays.hashCode(init), epochs, batchSize,
                shuffle, seed, tolerance);
    }

    @Override
    public String toString() {
        return "RunConfig[" + model.id() + ", " + optimizer.describe() + ", init=" + java.util.Arrays.toString(init)
                + ", epochs=" + epochs + ", batch=" + batchSize + (shuffle ? ", shuffle seed " + seed : "") + "]";
    }
}
