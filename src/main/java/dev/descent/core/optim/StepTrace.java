package dev.descent.core.optim;

import java.util.List;

/**
 * One optimizer update with its working shown: for each parameter, the named values the update
 * computed on its way from θ to θ′. {@link OptimizerConfig#trace} records them from the very code
 * that {@link Optimizer#step} runs, so θ′ and the state after are, to the bit, what the step makes;
 * the update panel writes them out and the landscape draws its arrows from them.
 *
 * @param optimizer  the optimizer and its hyper-parameters
 * @param t          the update's number: 1 for the first
 * @param parameters one entry per parameter, in the model's order
 * @param stateAfter the optimizer state the update leaves
 */
public record StepTrace(OptimizerConfig optimizer, int t, List<Terms> parameters, OptimizerState stateAfter) {

    public StepTrace {
        parameters = List.copyOf(parameters);
    }

    /**
     * Takes one update of {@code optimizer} from the state {@code before} and records it. Nothing handed
     * in changes.
     *
     * @param before the state before the update: what the previous update left, or null (or a state of
     *               zero steps) for the first update
     * @param theta  θ before the update
     * @param grad   the batch's mean gradient at θ, before weight decay
     * @throws IllegalArgumentException if the sizes disagree, or a state past its first step lacks a buffer
     *                                  the optimizer needs
     */
    public static StepTrace of(OptimizerConfig optimizer, OptimizerState before, double[] theta, double[] grad) {
        if (grad.length != theta.length) {
            throw new IllegalArgumentException("an update of " + theta.length + " parameters needs as many gradient"
                    + " components, not " + grad.length);
        }
        Optimizer running = optimizer.create(theta.length);
        running.restore(before);
        Terms[] terms = new Terms[theta.length];
        running.traced(theta.clone(), grad, terms);
        return new StepTrace(optimizer, running.steps(), List.of(terms), running.state());
    }

    /** The terms of parameter {@code j}. */
    public Terms parameter(int j) {
        return parameters.get(j);
    }

    /** The parameters before the update. */
    public double[] before() {
        double[] theta = new double[parameters.size()];
        for (int j = 0; j < theta.length; j++) {
            theta[j] = parameters.get(j).before();
        }
        return theta;
    }

    /** The parameters after the update, exactly as the optimizer's step leaves them. */
    public double[] after() {
        double[] theta = new double[parameters.size()];
        for (int j = 0; j < theta.length; j++) {
            theta[j] = parameters.get(j).after();
        }
        return theta;
    }

    /** The values every optimizer's update of one parameter goes through: θ′ = θ − step. */
    public sealed interface Terms permits SgdTerms, AdamTerms, RmspropTerms, AdagradTerms {
        /** θ before the update. */
        double before();

        /** The gradient as it came in, before weight decay. */
        double gradient();

        /** The gradient the update uses: with weight decay λ, {@code gradient + λ·θ}. */
        double g();

        /** What is taken off θ: {@code θ′ = θ − step}. */
        double step();

        /** θ after the update. */
        double after();
    }

    /**
     * SGD's update of one parameter.
     *
     * @param bufferBefore the momentum buffer before the update (0 before the first; NaN without momentum)
     * @param buffer       the momentum buffer b after the update: g on the first update, μ·b + (1 − τ)·g after
     *                     (NaN without momentum)
     * @param direction    what θ moves against: g without momentum, g + μ·b with Nesterov, else b
     * @param step         lr·direction
     */
    public record SgdTerms(double before, double gradient, double g, double bufferBefore, double buffer,
                           double direction, double step, double after) implements Terms {
    }

    /**
     * Adam's update of one parameter. The step is taken as PyTorch takes it,
     * {@code (lr / (1 − β1^t))·m / (√v / √(1 − β2^t) + ε)}; m̂ and v̂ are the bias-corrected moments the
     * textbook form writes, {@code m / (1 − β1^t)} and {@code v / (1 − β2^t)}.
     *
     * @param mBefore         the first moment before the update
     * @param vBefore         the second moment before the update
     * @param m               β1·m + (1 − β1)·g
     * @param v               β2·v + (1 − β2)·g²
     * @param biasCorrection1 1 − β1^t
     * @param biasCorrection2 1 − β2^t
     * @param mHat            m / (1 − β1^t)
     * @param vHat            v / (1 − β2^t)
     * @param denominator     √v / √(1 − β2^t) + ε
     * @param stepSize        lr / (1 − β1^t)
     * @param step            stepSize·m / denominator
     */
    public record AdamTerms(double before, double gradient, double g, double mBefore, double vBefore, double m,
                            double v, double biasCorrection1, double biasCorrection2, double mHat, double vHat,
                            double denominator, double stepSize, double step, double after) implements Terms {
    }

    /**
     * RMSprop's update of one parameter.
     *
     * @param vBefore     the running mean of g² before the update
     * @param v           α·v + (1 − α)·g²
     * @param denominator √v + ε
     * @param step        lr·g / denominator
     */
    public record RmspropTerms(double before, double gradient, double g, double vBefore, double v,
                               double denominator, double step, double after) implements Terms {
    }

    /**
     * Adagrad's update of one parameter.
     *
     * @param sumBefore   the sum of g² before the update
     * @param sum         sumBefore + g²
     * @param denominator √sum + ε
     * @param step        lr·g / denominator
     */
    public record AdagradTerms(double before, double gradient, double g, double sumBefore, double sum,
                               double denominator, double step, double after) implements Terms {
    }
}
