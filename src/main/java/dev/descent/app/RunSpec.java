package dev.descent.app;

import dev.descent.workspace.BatchMode;
import dev.descent.workspace.OptimizerKind;
import dev.descent.core.optim.OptimizerConfig;
import dev.descent.core.optim.SgdConfig;

/**
 * What makes one run of a comparison different from the others: the optimizer and its settings, and
 * the batching. Data, model, start and epochs are shared by every run, so that they race fairly.
 */
public record RunSpec(OptimizerKind optimizer, double lr, double momentum, double dampening, boolean nesterov,
                      BatchMode batchMode, int miniBatchSize) {

    /** The lecture default: plain batch gradient descent at PyTorch's default rate. */
    public static final RunSpec DEFAULT = new RunSpec(OptimizerKind.SGD, 0.01, 0, 0, false, BatchMode.FULL, 2);

    /** Throws IllegalArgumentException with PyTorch's reason for a refused combination. */
    public OptimizerConfig optimizerConfig() {
        return optimizer == OptimizerKind.SGD ? new SgdConfig(lr, momentum, dampening, nesterov, 0)
                : optimizer.defaults().withLr(lr);
    }

    public int batchSize() {
        return batchMode.batchSize(miniBatchSize);
    }

    /** A short name for legends and the runs bar: "GD lr 0.01", "momentum 0.9", "Nesterov 0.9", "Adam lr 0.1". */
    public String label() {
        StringBuilder sb = new StringBuilder();
        // Three significant digits: a dragged slider gives rates like 0.01477455443789063.
        String rate = "lr " + short3(lr);
        switch (optimizer) {
            case SGD -> {
                if (nesterov) {
                    sb.append("Nesterov ").append(short3(momentum));
                } else if (momentum != 0) {
                    sb.append("momentum ").append(short3(momentum));
                    if (dampening != 0) {
                        sb.append(dampening == momentum ? " dampened"
                                : " dampening " + short3(dampening));
                    }
                } else {
                    sb.append(batchMode == BatchMode.FULL ? "GD" : "SGD");
                }
                sb.append(' ').append(rate);
            }
            case ADAM -> sb.append("Adam ").append(rate);
            case RMSPROP -> sb.append("RMSprop ").append(rate);
            case ADAGRAD -> sb.append("Adagrad ").append(rate);
        }
        switch (batchMode) {
            case SGD -> sb.append(", 1 point");
            case MINI -> sb.append(", batch ").append(miniBatchSize);
            case FULL -> { }
        }
        return sb.toString();
    }

    /** At most three significant digits, without trailing zeros: 0.01477 → "0.0148", 0.1 → "0.1". */
    static String short3(double v) {
        if (!Double.isFinite(v) || v == 0) {
            return dev.descent.core.optim.Numbers.shortest(v);
        }
        return dev.descent.core.optim.Numbers.shortest(
                new java.math.BigDecimal(v).round(new java.math.MathContext(3)).doubleValue());
    }

    /** The settings of a run configuration's optimizer and batch. */
    public static RunSpec of(OptimizerConfig config, int batchSize, int dataSize) {
        BatchMode mode = BatchMode.of(batchSize, dataSize);
        int mini = mode == BatchMode.MINI ? batchSize : 2;
        if (config instanceof SgdConfig sgd) {
            return new RunSpec(OptimizerKind.SGD, sgd.lr(), sgd.momentum(), sgd.dampening(), sgd.nesterov(), mode, mini);
        }
        return new RunSpec(OptimizerKind.of(config), config.lr(), 0, 0, false, mode, mini);
    }

    public RunSpec withLr(double newLr) {
        return new RunSpec(optimizer, newLr, momentum, dampening, nesterov, batchMode, miniBatchSize);
    }
}
