package dev.descent.core.optim;

import dev.descent.core.Format;
import dev.descent.core.Limit;


/**
 * RMSprop as {@code torch.optim.RMSprop} computes it without centering or momentum
 * (defaults lr 1e-2, α 0.99, ε 1e-8):
 * {@code v ← α·v + (1−α)·g² ; θ ← θ − lr·g / (sqrt(v) + ε)}.
 */
public record RmspropConfig(double lr, double alpha, double eps, double weightDecay) implements OptimizerConfig {

    /**
     * The smoothing constant: the share of the old average of g² kept each step. PyTorch asks only α ≥ 0;
     * above 1 the new average α·v − (α − 1)·g² turns negative once g² outgrows v, and its square root is NaN.
     */
    public static final Limit ALPHA = Limit.between("alpha", 0, 1,
            "PyTorch refuses a negative alpha; alpha is the share of the old average of g² kept each step, and"
                    + " above 1 the average turns negative and its square root is NaN");

    public static final RmspropConfig DEFAULTS = new RmspropConfig(1e-2, 0.99, 1e-8, 0);

    public RmspropConfig {
        LR.check(lr);
        ALPHA.check(alpha);
        EPSILON.check(eps);
        WEIGHT_DECAY.check(weightDecay);
    }

    public static RmspropConfig withDefaults(double lr) {
        return DEFAULTS.withLr(lr);
    }

    @Override
    public String id() {
        return "rmsprop";
    }

    @Override
    public RmspropConfig withLr(double newLr) {
        return new RmspropConfig(newLr, alpha, eps, weightDecay);
    }

    @Override
    public String describe() {
        String s = "RMSprop lr=" + Format.exact(lr);
        if (alpha != 0.99) {
            s += " alpha=" + Format.exact(alpha);
        }
        return weightDecay != 0 ? s + " weight_decay=" + Format.exact(weightDecay) : s;
    }

    @Override
    public Optimizer create(int p) {
        return new Optimizer(p) {
            private final double[] v = new double[p];

            @Override
            public void step(double[] theta, double[] grad) {
                take(theta, grad, null);
            }

            @Override
            void traced(double[] theta, double[] grad, StepTrace.Terms[] out) {
                take(theta, grad, out);
            }

            @Override
            void restore(OptimizerState before) {
                step = steps(before);
                restore(before, "square_avg", v);
            }

            /** One update of every parameter; given {@code out}, each parameter's terms go in it. */
            private void take(double[] theta, double[] grad, StepTrace.Terms[] out) {
                step++;
                for (int i = 0; i < p; i++) {
                    double g = weightDecay != 0 ? grad[i] + weightDecay * theta[i] : grad[i];
                    double vBefore = v[i];
                    v[i] = alpha * vBefore + (1 - alpha) * g * g;
                    double avg = Math.sqrt(v[i]) + eps;
                    double stepTaken = lr * g / avg;
                    double after = theta[i] - stepTaken;
                    if (out != null) {
                        out[i] = new StepTrace.RmspropTerms(theta[i], grad[i], g, vBefore, v[i], avg, stepTaken, after);
                    }
                    theta[i] = after;
                }
            }

            @Override
            public OptimizerState state() {
                return new OptimizerState(step, "square_avg", v);
            }
        };
    }
}
