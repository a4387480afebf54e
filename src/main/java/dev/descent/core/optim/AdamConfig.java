package dev.descent.core.optim;

import java.util.LinkedHashMap;
import java.util.Map;

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

    public static final AdamConfig DEFAULTS = new AdamConfig(1e-3, 0.9, 0.999, 1e-8, 0);

    public AdamConfig {
        OptimizerConfig.requireNonNegative("learning rate", lr);
        OptimizerConfig.requireNonNegative("epsilon", eps);
        OptimizerConfig.requireNonNegative("weight_decay", weightDecay);
        requireBeta(0, beta1);
        requireBeta(1, beta2);
    }

    private static void requireBeta(int index, double beta) {
        if (!(beta >= 0.0 && beta < 1.0)) {
            throw new IllegalArgumentException("Invalid beta parameter at index " + index + ": "
                    + Numbers.shortest(beta) + " (it must be in [0, 1))");
        }
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
        String s = "Adam lr=" + Numbers.shortest(lr);
        if (beta1 != 0.9 || beta2 != 0.999) {
            s += " betas=(" + Numbers.shortest(beta1) + ", " + Numbers.shortest(beta2) + ")";
        }
        return weightDecay != 0 ? s + " weight_decay=" + Numbers.shortest(weightDecay) : s;
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
                Map<String, double[]> b = new LinkedHashMap<>();
                b.put("exp_avg", m);
                b.put("exp_avg_sq", v);
                return new OptimizerState(step, b);
            }
        };
    }
}
