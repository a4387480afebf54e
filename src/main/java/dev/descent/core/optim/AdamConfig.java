package dev.descent.core.optim;

import dev.descent.core.Format;
import dev.descent.core.Limit;


/**
 * Adam as {@code torch.optim.Adam} computes it (defaults lr 1e-3, β1 0.9, β2 0.999, ε 1e-8):
 * <pre>
 * m ← β1·m + (1−β1)·g ;  v ← β2·v + (1−β2)·g²
 * θ ← θ − (lr / (1−β1^t)) · m / (sqrt(v) / sqrt(1−β2^t) + ε)
 * </pre>
 * Weight decay, when set, is added to the gradient first (L2, not AdamW).
 */
public record AdamConfig(double lr, double beta1, double beta2, double eps, double weightDecay)
        implements OptimizerConfig {

    private static final String BETA_WHY = "the bias correction divides by 1 − beta^t, which is 0 at beta 1";

    /** PyTorch's check, 0 ≤ β < 1: the bias correction divides by 1 − β^t, which is 0 at β = 1. */
    public static final Limit BETA1 = Limit.belowMax("beta1", 0, 1, BETA_WHY);
    public static final Limit BETA2 = Limit.belowMax("beta2", 0, 1, BETA_WHY);

    public static final AdamConfig DEFAULTS = new AdamConfig(1e-3, 0.9, 0.999, 1e-8, 0);

    public AdamConfig {
        LR.check(lr);
        BETA1.check(beta1);
        BETA2.check(beta2);
        EPSILON.check(eps);
        WEIGHT_DECAY.check(weightDecay);
    }

    public static AdamConfig withDefaults(double lr) {
        return DEFAULTS.withLr(lr);
    }

    @Override
    public String id() {
        return "adam";
    }

    @Override
    public AdamConfig withLr(double newLr) {
        return new AdamConfig(newLr, beta1, beta2, eps, weightDecay);
    }

    @Override
    public String describe() {
        String s = "Adam lr=" + Format.exact(lr);
        if (beta1 != 0.9 || beta2 != 0.999) {
            s += " betas=(" + Format.exact(beta1) + ", " + Format.exact(beta2) + ")";
        }
        return weightDecay != 0 ? s + " weight_decay=" + Format.exact(weightDecay) : s;
    }

    @Override
    public Optimizer create(int p) {
        return new Optimizer(p) {
            private final double[] m = new double[p];
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
                restore(before, "exp_avg", m);
                restore(before, "exp_avg_sq", v);
            }

            /** One update of every parameter; given {@code out}, each parameter's terms go in it. */
            private void take(double[] theta, double[] grad, StepTrace.Terms[] out) {
                step++;
                double biasCorrection1 = 1 - Math.pow(beta1, step);
                double biasCorrection2 = 1 - Math.pow(beta2, step);
                double stepSize = lr / biasCorrection1;
                double biasCorrection2Sqrt = Math.sqrt(biasCorrection2);
                for (int i = 0; i < p; i++) {
                    double g = weightDecay != 0 ? grad[i] + weightDecay * theta[i] : grad[i];
                    double mBefore = m[i];
                    double vBefore = v[i];
                    m[i] = beta1 * mBefore + (1 - beta1) * g;
                    v[i] = beta2 * vBefore + (1 - beta2) * g * g;
                    double denom = Math.sqrt(v[i]) / biasCorrection2Sqrt + eps;
                    double stepTaken = stepSize * m[i] / denom;
                    double after = theta[i] - stepTaken;
                    if (out != null) {
                        // m̂ and v̂ are not part of the step (which folds the corrections in, as torch does):
                        // they are worked out for the reader, who meets them in the textbook form.
                        out[i] = new StepTrace.AdamTerms(theta[i], grad[i], g, mBefore, vBefore, m[i], v[i],
                                biasCorrection1, biasCorrection2, m[i] / biasCorrection1, v[i] / biasCorrection2,
                                denom, stepSize, stepTaken, after);
                    }
                    theta[i] = after;
                }
            }

            @Override
            public OptimizerState state() {
                return new OptimizerState(step, "exp_avg", m, "exp_avg_sq", v);
            }
        };
    }
}
