package dev.descent.core.optim;

import dev.descent.core.Limit;

/**
 * An optimizer's hyper-parameters, validated as PyTorch validates them, and refused where they can only
 * make NaN; each setting's range is a {@link Limit} constant, the one every front end asks. Immutable;
 * {@link #create(int)} makes a fresh optimizer with zeroed state for a model of {@code p} parameters.
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

    /** PyTorch's check: lr ≥ 0. */
    Limit LR = Limit.atLeast("learning rate", 0, "");

    /** PyTorch's check: weight_decay ≥ 0. */
    Limit WEIGHT_DECAY = Limit.atLeast("weight decay", 0, "");

    /**
     * ε of Adam, RMSprop and Adagrad. PyTorch takes 0, but each divides by {@code sqrt(v) + ε}, and v is 0
     * wherever every gradient so far was 0: 0/0 makes NaN. So ε must be above 0.
     */
    Limit EPSILON = Limit.above("epsilon", 0, "with epsilon 0, a gradient of 0 divides 0 by 0 and the run turns to NaN");
}
