package dev.descent.core.train;

import dev.descent.core.optim.OptimizerState;

/**
 * One optimizer update, as a value.
 *
 * @param epoch      0-based epoch the step belongs to
 * @param iteration  1-based count of updates since the run began
 * @param batch      0-based index of the batch within its epoch
 * @param rows       the data rows of the batch (0-based)
 * @param before     parameters before the update
 * @param params     parameters after the update
 * @param gradient   the batch's mean gradient at {@code before} (before weight decay)
 * @param state      the optimizer state after the update
 */
public record StepSnapshot(int epoch, long iteration, int batch, int[] rows, double[] before, double[] params,
                           double[] gradient, OptimizerState state) {

    public StepSnapshot {
        rows = rows.clone();
        before = before.clone();
        params = params.clone();
        gradient = gradient.clone();
    }

    @Override
    public int[] rows() {
        return rows.clone();
    }

    @Override
    public double[] before() {
        return before.clone();
    }

    @Override
    public double[] params() {
        return params.clone();
    }

    @Override
    public double[] gradient() {
        return gradient.clone();
    }

    public double param(int j) {
        return params[j];
    }
}
