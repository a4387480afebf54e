package dev.descent.core.optim;

import dev.descent.core.Format;

/**
 * An optimizer's hyper-parameters, validated as PyTorch validates them. Immutable; {@link #create(int)}
 * makes a fresh optimizer with zeroed state for a model of {@code p} parameters.
 */
public sealed interface OptimizerConfig permits SgdConfig, AdamConfig, RmspropConfig, AdagradConfig {

    /** The id used on the command line and in session files: sgd, adam, rmsprop, adagrad. */
    String id();

    double lr();

    double weightDecay();

    OptimizerConfig withLr(double lr);

    Optimizer create(int p);

    /** A short, human description, e.g. {@code SGD lr=0.01 momentum=0.9 nesterov}. */
    String describe();

    static void requireFinite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Invalid " + name + " value: " + value + " (it must be a finite number)");
        }
    }

    static void requireNonNegative(String name, double value) {
        requireFinite(name, value);
        if (value < 0.0) {
            throw new IllegalArgumentException("Invalid " + name + " value: " + Format.exact(value)
                    + " (PyTorch refuses a negative " + name + ")");
        }
    }
}
