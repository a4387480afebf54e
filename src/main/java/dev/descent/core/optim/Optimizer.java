package dev.descent.core.optim;

/**
 * One optimizer at work: its hyper-parameters plus the running state (step count, momentum buffer,
 * moments). {@link #step} updates θ in place from the batch gradient and allocates nothing, so a
 * run of millions of steps creates no garbage; {@link #state()} hands out an immutable copy.
 */
public abstract class Optimizer {
    protected final int p;
    protected int step;

    protected Optimizer(int p) {
        this.p = p;
    }

    /**
     * Applies one update. {@code grad} is the mini-batch mean gradient; it is not modified.
     */
    public abstract void step(double[] theta, double[] grad);

    /** The optimizer state after the last step, as a value. */
    public abstract OptimizerState state();

    public int steps() {
        return step;
    }
}
