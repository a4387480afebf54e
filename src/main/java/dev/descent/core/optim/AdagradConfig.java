package dev.descent.core.optim;

import dev.descent.core.Format;


/**
 * Adagrad as {@code torch.optim.Adagrad} computes it (defaults lr 1e-2, ε 1e-10, no learning-rate
 * decay, accumulator starting at 0): {@code s ← s + g² ; θ ← θ − lr·g / (sqrt(s) + ε)}.
 */
public record AdagradConfig(double lr, double eps, double weightDecay) implements OptimizerConfig {

    public static final AdagradConfig DEFAULTS = new AdagradConfig(1e-2, 1e-10, 0);

    public AdagradConfig {
        LR.check(lr);
        EPSILON.check(eps);
        WEIGHT_DECAY.check(weightDecay);
    }

    public static AdagradConfig withDefaults(double lr) {
        return DEFAULTS.withLr(lr);
    }

    @Override
    public String id() {
        return "adagrad";
    }

    @Override
    public AdagradConfig withLr(double newLr) {
        return new AdagradConfig(newLr, eps, weightDecay);
    }

    @Override
    public String describe() {
        String s = "Adagrad lr=" + Format.exact(lr);
        return weightDecay != 0 ? s + " weight_decay=" + Format.exact(weightDecay) : s;
    }

    @Override
    public Optimizer create(int p) {
        return new Optimizer(p) {
            private final double[] sum = new double[p];

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
                restore(before, "sum", sum);
            }

            /** One update of every parameter; given {@code out}, each parameter's terms go in it. */
            private void take(double[] theta, double[] grad, StepTrace.Terms[] out) {
                step++;
                for (int i = 0; i < p; i++) {
                    double g = weightDecay != 0 ? grad[i] + weightDecay * theta[i] : grad[i];
                    double sumBefore = sum[i];
                    sum[i] = sumBefore + g * g;
                    double std = Math.sqrt(sum[i]) + eps;
                    double stepTaken = lr * g / std;
                    double after = theta[i] - stepTaken;
                    if (out != null) {
                        out[i] = new StepTrace.AdagradTerms(theta[i], grad[i], g, sumBefore, sum[i], std, stepTaken,
                                after);
                    }
                    theta[i] = after;
                }
            }

            @Override
            public OptimizerState state() {
                return new OptimizerState(step, "sum", sum);
            }
        };
    }
}
