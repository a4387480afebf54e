package dev.descent.app;

import dev.descent.core.optim.AdagradConfig;
import dev.descent.core.optim.AdamConfig;
import dev.descent.core.optim.OptimizerConfig;
import dev.descent.core.optim.RmspropConfig;
import dev.descent.core.optim.SgdConfig;

/** The optimizers the chooser offers, and how the controls' values become a configuration. */
public enum OptimizerKind {
    SGD("SGD (momentum, Nesterov)"),
    ADAM("Adam"),
    RMSPROP("RMSprop"),
    ADAGRAD("Adagrad");

    private final String label;

    OptimizerKind(String label) {
        this.label = label;
    }

    /** Builds the configuration; throws IllegalArgumentException with PyTorch's reason for a refused combination. */
    public OptimizerConfig config(double lr, double momentum, double dampening, boolean nesterov) {
        return switch (this) {
            case SGD -> new SgdConfig(lr, momentum, dampening, nesterov, 0);
            case ADAM -> AdamConfig.withDefaults(lr);
            case RMSPROP -> RmspropConfig.withDefaults(lr);
            case ADAGRAD -> AdagradConfig.withDefaults(lr);
        };
    }

    /** PyTorch's default learning rate for this optimizer. */
    public double defaultLr() {
        return switch (this) {
            case SGD -> 0.01;
            case ADAM -> AdamConfig.DEFAULTS.lr();
            case RMSPROP -> RmspropConfig.DEFAULTS.lr();
            case ADAGRAD -> AdagradConfig.DEFAULTS.lr();
        };
    }

    public static OptimizerKind of(OptimizerConfig config) {
        if (config instanceof AdamConfig) {
            return ADAM;
        }
        if (config instanceof RmspropConfig) {
            return RMSPROP;
        }
        if (config instanceof AdagradConfig) {
            return ADAGRAD;
        }
        return SGD;
    }

    @Override
    public String toString() {
        return label;
    }
}
