package dev.descent.core.optim;

/**
 * One optimizer at work: its hyper-parameters plus the running state (step count, momentum buffer,
 * moments). {@link #step} updates θ in place from the batch gradient and allocates nothing, so a
 * run of millions of steps creates no garbage; {@link #state()} hands out an immutable copy.
 *
 * <p>Each optimizer writes its update once, in code that records the values it computes when it is
 * given somewhere to put them ({@link StepTrace.Terms}) and is given nowhere on {@link #step}'s path.
 * {@link StepTrace#of} runs that same code from a state handed in.
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

    /**
     * The same update as {@link #step}, through the same per-parameter code, that also puts each
     * parameter's terms in {@code out[i]}.
     */
    abstract void traced(double[] theta, double[] grad, StepTrace.Terms[] out);

    /** Takes up {@code before} as the running state: the step count and a copy of each buffer (null: none yet). */
    abstract void restore(OptimizerState before);

    /**
     * Copies the named buffer of {@code before} into {@code into}, or zeros it before the first step.
     *
     * @throws IllegalArgumentException if a state past its first step lacks the buffer, or it has another size
     */
    static void restore(OptimizerState before, String name, double[] into) {
        if (before == null || before.steps() == 0) {
            java.util.Arrays.fill(into, 0.0);
            return;
        }
        if (!before.has(name)) {
            throw new IllegalArgumentException("the optimizer state before update " + (before.steps() + 1)
                    + " has no " + name + ": pass the state the previous update left");
        }
        double[] b = before.buffer(name);
        if (b.length != into.length) {
            throw new IllegalArgumentException("the optimizer state's " + name + " has " + b.length
                    + " values for " + into.length + " parameters");
        }
        System.arraycopy(b, 0, into, 0, b.length);
    }

    /** The step count of {@code before}: 0 for none. */
    static int steps(OptimizerState before) {
        return before == null ? 0 : before.steps();
    }
}
