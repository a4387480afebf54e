package dev.descent.core.optim;

import java.util.Map;

/**
 * Stochastic gradient descent exactly as {@code torch.optim.SGD} computes it:
 * <pre>
 * if λ ≠ 0:  g ← g + λ·θ
 * if μ ≠ 0:  b ← g on the first step (no dampening), b ← μ·b + (1 − τ)·g afterwards
 *            g ← g + μ·b with nesterov, else g ← b
 * θ ← θ − lr·g
 * </pre>
 * This is the "heavy ball" form when τ = 0. The other textbook form, an exponential moving average
 * of the gradient ({@code step = m·last_step + (1 − m)·grad}, as in the fast.ai lesson), is the same
 * optimizer with dampening equal to the momentum: see {@link #dampened(double, double)}.
 * Batch, stochastic and mini-batch gradient descent are all this optimizer, fed batches of
 * different sizes.
 */
public record SgdConfig(double lr, double momentum, double dampening, boolean nesterov, double weightDecay)
        implements OptimizerConfig {

    public SgdConfig {
        OptimizerConfig.requireNonNegative("learning rate", lr);
        OptimizerConfig.requireNonNegative("momentum", momentum);
        OptimizerConfig.requireFinite("dampening", dampening);
        OptimizerConfig.requireNonNegative("weight_decay", weightDecay);
        if (nesterov && (momentum <= 0 || dampening != 0)) {
            throw new IllegalArgumentException("Nesterov momentum requires a momentum and zero dampening"
                    + " (got momentum " + Numbers.shortest(momentum) + ", dampening " + Numbers.shortest(dampening) + ")");
        }
    }

    /** Plain gradient descent: {@code θ ← θ − lr·g}. */
    public static SgdConfig plain(double lr) {
        return new SgdConfig(lr, 0, 0, false, 0);
    }

    /** Heavy-ball momentum (PyTorch's default form, dampening 0). */
    public static SgdConfig heavyBall(double lr, double momentum) {
        return new SgdConfig(lr, momentum, 0, false, 0);
    }

    /** The fast.ai lesson's momentum, an exponential moving average of the gradient: dampening = momentum. */
    public static SgdConfig dampened(double lr, double momentum) {
        return new SgdConfig(lr, momentum, momentum, false, 0);
    }

    @Override
    public String id() {
        return "sgd";
    }

    @Override
    public SgdConfig withLr(double newLr) {
        return new SgdConfig(newLr, momentum, dampening, nesterov, weightDecay);
    }

    /** Keeps the dampened (fast.ai) form dampened when momentum changes, and drops nesterov at momentum 0. */
    public SgdConfig withMomentum(double newMomentum) {
        boolean ema = dampening != 0 && dampening == momentum;
        double newDampening = ema ? newMomentum : dampening;
        return new SgdConfig(lr, newMomentum, newDampening, nesterov && newMomentum > 0, weightDecay);
    }

    @Override
    public String describe() {
        StringBuilder sb = new StringBuilder("SGD lr=").append(Numbers.shortest(lr));
        if (momentum != 0) {
            sb.append(" momentum=").append(Numbers.shortest(momentum));
        }
        if (dampening != 0) {
            sb.append(" dampening=").append(Numbers.shortest(dampening));
        }
        if (nesterov) {
            sb.append(" nesterov");
        }
        if (weightDecay != 0) {
            sb.append(" weight_decay=").append(Numbers.shortest(weightDecay));
        }
        return sb.toString();
    }

    @Override
    public Optimizer create(int p) {
        return new Optimizer(p) {
            private final double[] buf = new double[p];

            @Override
            public void step(double[] theta, double[] grad) {
                // Each parameter is updated as soon as its step is known (the update of θ_i reads only
                // θ_i), so SGD's chain of dependent operations from one step to the next stays short.
                for (int i = 0; i < p; i++) {
                    double g = grad[i];
                    if (weightDecay != 0) {
                        g = g + weightDecay * theta[i];
                    }
                    if (momentum != 0) {
                        if (step == 0) {
                            buf[i] = g;
                        } else {
                            buf[i] = momentum * buf[i] + (1 - dampening) * g;
                        }
                        g = nesterov ? g + momentum * buf[i] : buf[i];
                    }
                    theta[i] = theta[i] - lr * g;
                }
                step++;
            }

            @Override
            public OptimizerState state() {
                return momentum == 0 ? OptimizerState.empty(step) : new OptimizerState(step, Map.of("momentum_buffer", buf));
            }
        };
    }
}
