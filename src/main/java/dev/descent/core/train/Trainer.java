package dev.descent.core.train;

import dev.descent.core.BatchSampler;
import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.Mse;
import dev.descent.core.analysis.QuadraticCost;
import dev.descent.core.optim.Optimizer;
import dev.descent.core.optim.RowSteps;

import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * Runs a configuration epoch by epoch and reports each epoch (and, on request, each update) to a
 * listener. Each epoch: the whole-data cost and gradient at the current parameters (one fused pass,
 * or the sufficient statistics on large data: see {@link WholeDataCost}), then one optimizer update
 * per batch; a full batch steps with the gradient just computed. Deterministic; cancellable from
 * another thread through the supplied flag, which is read before every update.
 *
 * <p>Divergence stops the run: a parameter or the cost that is no longer finite, or a cost that has
 * grown by {@value #DIVERGENCE_GROWTH}× over the starting cost.
 */
public final class Trainer {
    /** How many times the starting cost the cost may reach before the run counts as diverged. */
    public static final double DIVERGENCE_GROWTH = 1e6;

    private Trainer() {
    }

    /** Runs to the end, with no way to cancel. */
    public static RunResult run(RunConfig config, TrainingListener listener) {
        return run(config, listener, () -> false);
    }

    public static RunResult run(RunConfig config, TrainingListener listener, BooleanSupplier cancelled) {
        return run(config, listener, cancelled, true);
    }

    /**
     * @param statistics whether large data may use the sufficient statistics for the whole-data cost
     *                   and gradient (see {@link WholeDataCost}); false forces one pass per epoch
     */
    static RunResult run(RunConfig config, TrainingListener listener, BooleanSupplier cancelled, boolean statistics) {
        Model model = config.model();
        Dataset data = config.data();
        int p = model.parameterCount();
        double[] theta = config.init();
        double[] before = new double[p];
        double[] grad = new double[p];
        double[] epochGrad = new double[p];
        Optimizer optimizer = config.optimizer().create(p);
        BatchSampler sampler = new BatchSampler(data.size(), config.batchSize(), config.shuffle(), config.seed());
        ConvergenceChecker convergence = ConvergenceChecker.costChangeBelow(config.tolerance());
        boolean lastSteps = listener.wantsLastSteps();

        QuadraticCost quadratic = QuadraticCost.of(model, data);
        WholeDataCost whole = statistics ? WholeDataCost.forData(model, data, quadratic)
                : WholeDataCost.direct(model, data);
        // A full batch on large data steps with the whole-data gradient computed at the start of the
        // epoch; the shuffle cannot change a full batch except through rounding, so it is skipped there.
        // Small data keeps the exact per-batch summation (in shuffled order if asked), as the lectures do.
        boolean stepWithWhole = sampler.isFullBatch() && (!config.shuffle() || data.size() >= Mse.BLOCKED_MIN_POINTS);
        RowSteps rowSteps = sampler.batchSize() == 1 && !sampler.isFullBatch() && optimizer instanceof RowSteps r
                ? r : null;

        double startCost = whole.evaluate(theta, epochGrad);
        double ceiling = DIVERGENCE_GROWTH * Math.max(startCost, 1e-6 * (1 + quadratic.meanY2()));
        double previousCost = Double.NaN;
        long iteration = 0;
        int epoch = 0;
        RunResult result = null;
        for (; epoch < config.epochs() && result == null; epoch++) {
            // Cost and gradient at the parameters the epoch starts from, together.
            double cost = epoch == 0 ? startCost : whole.evaluate(theta, epochGrad);
            if (!Double.isFinite(cost) || cost > ceiling) {
                result = diverged(config, epoch, startCost, cost, theta);
                break;
            }
            if (epoch > 0 && convergence.converged(epoch, previousCost, cost)) {
                result = new RunResult(StopReason.CONVERGED, String.format(Locale.ROOT,
                        "converged after %d epochs: the cost changed by less than the tolerance %s", epoch,
                        config.tolerance()), epoch, theta, cost, epoch - 1);
                break;
            }
            previousCost = cost;
            System.arraycopy(theta, 0, before, 0, p);
            int[] order = stepWithWhole ? null : sampler.orderFor(epoch);
            int batches = sampler.batchesPerEpoch();
            int firstStepwise = 0;
            // The fused loop asks "cancelled?" before each of its updates, like the loop below, and only
            // then whether anyone watches: if someone started watching (a pause, then a single step, which
            // the question waited for), the update that answer let go is taken below, where it is
            // reported, without asking again.
            boolean[] granted = {false};
            boolean[] stoppedByCancel = {false};
            if (rowSteps != null && !listener.wantsSteps()) {
                // One-point updates with nobody watching each one: the optimizer runs them in one fused
                // loop, with the same results bit for bit (see RowSteps). It stops early when it is
                // cancelled or when the listener starts watching; the rest of the epoch, and its last
                // update if the listener wants that one, go update by update below.
                int fusedEnd = lastSteps ? batches - 1 : batches;
                int taken = rowSteps.stepRows(model, data, order, 0, fusedEnd, theta,
                        () -> {
                            if (cancelled.getAsBoolean()) {
                                stoppedByCancel[0] = true;
                                return true;
                            }
                            if (listener.wantsSteps()) {
                                granted[0] = true;
                                return true;
                            }
                            return false;
                        });
                iteration += taken;
                if (!allFinite(theta)) {
                    listener.onEpoch(new EpochSnapshot(epoch, iteration, before, theta, cost, epochGrad,
                            optimizer.state()));
                    result = diverged(config, epoch, startCost, Double.NaN, theta);
                    break;
                }
                if (stoppedByCancel[0]) {
                    return finish(listener, new RunResult(StopReason.CANCELLED, "cancelled", epoch, theta,
                            Double.NaN, -1));
                }
                firstStepwise = taken;
            }
            for (int b = firstStepwise; b < batches; b++) {
                boolean mayGo = granted[0];
                granted[0] = false;
                if (!mayGo && cancelled.getAsBoolean()) {
                    return finish(listener, new RunResult(StopReason.CANCELLED, "cancelled", epoch, theta,
                            Double.NaN, -1));
                }
                int from = sampler.batchStart(b);
                int to = sampler.batchEnd(b);
                boolean report = listener.wantsSteps() || (lastSteps && b == batches - 1);
                double[] stepBefore = report ? theta.clone() : null;
                if (stepWithWhole) {
                    System.arraycopy(epochGrad, 0, grad, 0, p);
                } else {
                    Mse.batchGradient(model, data, theta, order, from, to, grad);
                    if (sampler.isFullBatch()) {
                        // A shuffled full batch on small data: report the gradient it stepped with, as before.
                        System.arraycopy(grad, 0, epochGrad, 0, p);
                    }
                }
                optimizer.step(theta, grad);
                iteration++;
                if (report) {
                    listener.onStep(new StepSnapshot(epoch, iteration, b, rows(order, from, to), stepBefore, theta,
                            grad, optimizer.state()));
                }
                if (!allFinite(theta)) {
                    listener.onEpoch(new EpochSnapshot(epoch, iteration, before, theta, cost, epochGrad,
                            optimizer.state()));
                    result = diverged(config, epoch, startCost, Double.NaN, theta);
                    break;
                }
            }
            if (result == null) {
                listener.onEpoch(new EpochSnapshot(epoch, iteration, before, theta, cost, epochGrad,
                        optimizer.state()));
            }
        }
        if (result == null) {
            double finalCost = whole.evaluate(theta, grad);
            if (!Double.isFinite(finalCost) || finalCost > ceiling) {
                result = diverged(config, config.epochs(), startCost, finalCost, theta);
            } else {
                result = new RunResult(StopReason.COMPLETED, String.format(Locale.ROOT,
                        "finished %d epochs", config.epochs()), config.epochs(), theta, finalCost, -1);
            }
        }
        return finish(listener, result);
    }

    private static RunResult finish(TrainingListener listener, RunResult result) {
        listener.onFinish(result);
        return result;
    }

    private static int[] rows(int[] order, int from, int to) {
        int[] rows = new int[to - from];
        for (int k = from; k < to; k++) {
            rows[k - from] = order == null ? k : order[k];
        }
        return rows;
    }

    private static boolean allFinite(double[] v) {
        for (double d : v) {
            if (!Double.isFinite(d)) {
                return false;
            }
        }
        return true;
    }

    private static RunResult diverged(RunConfig config, int epoch, double startCost, double cost, double[] theta) {
        return new RunResult(StopReason.DIVERGED, divergenceMessage(config, epoch, startCost, cost, theta), epoch,
                theta, cost, epoch);
    }

    /** "diverged at epoch 7: learning rate 0.30 is above the stability limit 0.214 for this data"; see {@link Divergence}. */
    static String divergenceMessage(RunConfig config, int epoch, double startCost, double cost, double[] theta) {
        return Divergence.message(config, epoch, startCost, cost, theta);
    }
}
