package dev.descent.core.train;

import dev.descent.core.optim.OptimizerState;

/**
 * The end of one epoch, as a value, in the lectures' convention: the parameters AFTER the epoch's
 * updates and the whole-data cost BEFORE them (at the parameters the epoch started from).
 *
 * @param epoch      0-based
 * @param iteration  updates since the run began, this epoch's included
 * @param before     parameters at the start of the epoch
 * @param params     parameters after the epoch
 * @param costBefore whole-data cost at {@code before}
 * @param gradient   whole-data gradient at {@code before}: the slope of the cost curve at the point the epoch left from
 * @param state      optimizer state after the epoch
 */
public record EpochSnapshot(int epoch, long iteration, double[] before, double[] params, double costBefore,
                            double[] gradient, OptimizerState state) {

    public EpochSnapshot {
        before = before.clone();
        params = params.clone();
        gradient = gradient.clone();
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

    /** Parameter {@code j} at the start of the epoch, without copying the array. */
    public double beforeParam(int j) {
        return before[j];
    }
}
