package dev.descent.core.analysis;

import dev.descent.core.optim.OptimizerConfig;
import dev.descent.core.optim.SgdConfig;

import java.util.OptionalDouble;

/**
 * The largest learning rate full-batch SGD survives on a quadratic cost whose Hessian's largest
 * eigenvalue is h = 2·λmax(A) (plus the weight decay, which adds λ to every curvature):
 * <ul>
 *   <li>plain gradient descent: lr &lt; 2 / h;</li>
 *   <li>heavy-ball momentum μ: lr &lt; 2(1 + μ) / h;</li>
 *   <li>dampened momentum (the fast.ai form): the step is scaled by (1 − τ), so lr &lt; 2(1 + μ) / ((1 − τ)·h);</li>
 *   <li>Nesterov: lr &lt; 2(1 + μ) / ((1 + 2μ)·h).</li>
 * </ul>
 * Adaptive optimizers (Adam, RMSprop, Adagrad) have no such fixed limit.
 */
public final class Stability {
    private Stability() {
    }

    /** The limit for this optimizer on this cost, or empty when it has none. */
    public static OptionalDouble learningRateLimit(QuadraticCost cost, OptimizerConfig optimizer) {
        if (!(optimizer instanceof SgdConfig sgd)) {
            return OptionalDouble.empty();
        }
        double h = 2 * cost.largestEigenvalue() + sgd.weightDecay();
        if (!(h > 0)) {
            return OptionalDouble.empty();
        }
        double mu = sgd.momentum();
        if (mu == 0) {
            return OptionalDouble.of(2 / h);
        }
        if (mu >= 1) {
            return OptionalDouble.empty();
        }
        if (sgd.nesterov()) {
            return OptionalDouble.of(2 * (1 + mu) / ((1 + 2 * mu) * h));
        }
        double damp = 1 - sgd.dampening();
        if (!(damp > 0)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(2 * (1 + mu) / (damp * h));
    }

    /** The plain batch-GD limit 1 / λmax(A), the mark on the learning-rate slider. */
    public static double plainLimit(QuadraticCost cost) {
        return 1 / cost.largestEigenvalue();
    }
}
