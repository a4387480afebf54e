package dev.descent.workspace;

import dev.descent.core.optim.AdagradConfig;
import dev.descent.core.optim.AdamConfig;
import dev.descent.core.optim.OptimizerConfig;
import dev.descent.core.optim.RmspropConfig;
import dev.descent.core.optim.SgdConfig;

/** The optimizers the chooser offers. */
public enum OptimizerKind {
    // PyTorch's torch.optim.SGD: momentum, dampening and Nesterov are its settings, in the boxes below.
    SGD("SGD"),
    ADAM("Adam"),
    RMSPROP("RMSprop"),
    ADAGRAD("Adagrad");

    private final String label;

    OptimizerKind(String label) {
        this.label = label;
    }

    /** PyTorch's defaults for this optimizer, its default learning rate included. */
    public OptimizerConfig defaults() {
        return switch (this) {
            case SGD -> SgdConfig.plain(0.01);
            case ADAM -> AdamConfig.DEFAULTS;
            case RMSPROP -> RmspropConfig.DEFAULTS;
            case ADAGRAD -> AdagradConfig.DEFAULTS;
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
