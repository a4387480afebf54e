package dev.descent.core.optim;

import dev.descent.core.Dataset;
import dev.descent.core.Format;
import dev.descent.core.Limit;
import dev.descent.core.Model;
import dev.descent.core.Mse;

import java.util.function.BooleanSupplier;

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

    /**
     * PyTorch asks only μ ≥ 0. Above 1 the velocity keeps more than all of itself each step: the steps
     * only grow, whatever the rate, so such a run can only blow up.
     */
    public static final Limit MOMENTUM = Limit.between("momentum", 0, 1,
            "PyTorch refuses a negative momentum; above 1 each step keeps more than all of the last one, so the"
                    + " steps only grow and the run blows up");

    /** PyTorch takes any dampening; a finite one. */
    public static final Limit DAMPENING = Limit.finite("dampening");

    public SgdConfig {
        LR.check(lr);
        MOMENTUM.check(momentum);
        DAMPENING.check(dampening);
        WEIGHT_DECAY.check(weightDecay);
        checkNesterov(momentum, dampening, nesterov);
    }

    /** PyTorch's check: Nesterov momentum needs a momentum above 0 and dampening 0. */
    public static void checkNesterov(double momentum, double dampening, boolean nesterov) {
        if (nesterov && (momentum <= 0 || dampening != 0)) {
            throw new IllegalArgumentException("Nesterov momentum needs momentum > 0 and dampening 0, but this run has"
                    + " momentum " + Format.exact(momentum) + " and dampening " + Format.exact(dampening));
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
        StringBuilder sb = new StringBuilder("SGD lr=").append(Format.exact(lr));
        if (momentum != 0) {
            sb.append(" momentum=").append(Format.exact(momentum));
        }
        if (dampening != 0) {
            sb.append(" dampening=").append(Format.exact(dampening));
        }
        if (nesterov) {
            sb.append(" nesterov");
        }
        if (weightDecay != 0) {
            sb.append(" weight_decay=").append(Format.exact(weightDecay));
        }
        return sb.toString();
    }

    @Override
    public Optimizer create(int p) {
        return new Sgd(p);
    }

    /** The running optimizer: the momentum buffer and the step count. */
    private final class Sgd extends Optimizer implements RowSteps {
        private final double[] buf;

        Sgd(int p) {
            super(p);
            buf = new double[p];
        }

        @Override
        public void step(double[] theta, double[] grad) {
            // Each parameter is updated as soon as its step is known (the update of θ_i reads only
            // θ_i), so SGD's chain of dependent operations from one step to the next stays short.
            for (int i = 0; i < p; i++) {
                update(theta, grad, i, null);
            }
            step++;
        }

        @Override
        void traced(double[] theta, double[] grad, StepTrace.Terms[] out) {
            for (int i = 0; i < p; i++) {
                update(theta, grad, i, out);
            }
            step++;
        }

        @Override
        void restore(OptimizerState before) {
            step = steps(before);
            if (momentum != 0) {
                restore(before, "momentum_buffer", buf);
            }
        }

        /** The update of parameter i, the one every step takes; given {@code out}, its terms go in {@code out[i]}. */
        private void update(double[] theta, double[] grad, int i, StepTrace.Terms[] out) {
            double g = decayed(grad[i], theta[i]);
            double bufferBefore = buf[i];
            if (momentum != 0) {
                buf[i] = velocity(bufferBefore, g);
            }
            double direction = direction(g, buf[i]);
            double stepTaken = lr * direction;
            double after = theta[i] - stepTaken;
            if (out != null) {
                boolean buffered = momentum != 0;
                out[i] = new StepTrace.SgdTerms(theta[i], grad[i], g, buffered ? bufferBefore : Double.NaN,
                        buffered ? buf[i] : Double.NaN, direction, stepTaken, after);
            }
            theta[i] = after;
        }

        /** The gradient with weight decay: g + λ·θ. */
        private double decayed(double g, double theta) {
            return weightDecay != 0 ? g + weightDecay * theta : g;
        }

        /** The new momentum buffer: g on the first step, μ·b + (1 − τ)·g afterwards. */
        private double velocity(double b, double g) {
            return step == 0 ? g : momentum * b + (1 - dampening) * g;
        }

        /** What θ moves against, given the gradient g and the new buffer b: g, with momentum g + μ·b (Nesterov) or b. */
        private double direction(double g, double b) {
            if (momentum == 0) {
                return g;
            }
            return nesterov ? g + momentum * b : b;
        }

        /**
         * The same updates as {@link #step} after {@code Mse.batchGradient} of one row, with θ and the
         * buffer in local variables. The row gradient is written in each of batchGradient's two forms
         * (the one-sum loop: 0 + 2·φ·r; the blocked kernel: 2·(0 + φ·r)). Doubling is exact, so the two
         * differ only at overflow or among subnormals, but the paths are to agree in every bit; RowStepsTest
         * and SgdRowStepsTest hold them to that.
         */
        @Override
        public int stepRows(Model model, Dataset data, int[] order, int from, int to, double[] theta,
                            BooleanSupplier cancelled) {
            boolean blocked = Mse.sumsInBlocks(data, order);
            double t0 = theta[0];
            double t1 = p > 1 ? theta[1] : 0;
            double t2 = p > 2 ? theta[2] : 0;
            double b0 = buf[0];
            double b1 = p > 1 ? buf[1] : 0;
            double b2 = p > 2 ? buf[2] : 0;
            int taken = 0;
            for (int k = from; k < to; k++) {
                if (cancelled.getAsBoolean()) {
                    break;
                }
                int i = order == null ? k : order[k];
                double x = data.x(i);
                double y = data.y(i);
                double g0;
                double g1 = 0;
                double g2 = 0;
                switch (model) {
                    case LINE -> g0 = rowTerm(blocked, x, x * t0 - y);
                    case AFFINE -> {
                        double r = t0 * x + t1 - y;
                        g0 = rowTerm(blocked, x, r);
                        g1 = rowTerm(blocked, 1, r);
                    }
                    case QUADRATIC -> {
                        double sq = x * x;
                        double r = t0 * sq + t1 * x + t2 - y;
                        g0 = rowTerm(blocked, sq, r);
                        g1 = rowTerm(blocked, x, r);
                        g2 = rowTerm(blocked, 1, r);
                    }
                    default -> throw new IllegalArgumentException("no row steps for model " + model);
                }
                // step's update, parameter by parameter; each buffer first, then its θ.
                g0 = decayed(g0, t0);
                b0 = momentum != 0 ? velocity(b0, g0) : b0;
                t0 = moved(t0, g0, b0);
                if (p > 1) {
                    g1 = decayed(g1, t1);
                    b1 = momentum != 0 ? velocity(b1, g1) : b1;
                    t1 = moved(t1, g1, b1);
                }
                if (p > 2) {
                    g2 = decayed(g2, t2);
                    b2 = momentum != 0 ? velocity(b2, g2) : b2;
                    t2 = moved(t2, g2, b2);
                }
                step++;
                taken++;
                if (!Double.isFinite(t0) || !Double.isFinite(t1) || !Double.isFinite(t2)) {
                    break;
                }
            }
            theta[0] = t0;
            buf[0] = b0;
            if (p > 1) {
                theta[1] = t1;
                buf[1] = b1;
            }
            if (p > 2) {
                theta[2] = t2;
                buf[2] = b2;
            }
            return taken;
        }

        /** θ after its update from gradient g (weight decay applied) and the new buffer b: θ − lr·(direction). */
        private double moved(double theta, double g, double b) {
            return theta - lr * direction(g, b);
        }

        /**
         * One row's gradient term for feature value φ and residual r, as batchGradient sums it over a
         * batch of one: {@code 0 + 2·φ·r} in the one-sum loop, {@code 2·(0 + φ·r)} in the blocked kernel.
         */
        private static double rowTerm(boolean blocked, double phi, double r) {
            return blocked ? 2 * (0.0 + phi * r) : 0.0 + 2 * phi * r;
        }

        @Override
        public OptimizerState state() {
            return momentum == 0 ? OptimizerState.empty(step) : new OptimizerState(step, "momentum_buffer", buf);
        }
    }
}
