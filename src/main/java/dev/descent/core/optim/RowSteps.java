package dev.descent.core.optim;

import dev.descent.core.Dataset;
import dev.descent.core.Model;

import java.util.function.BooleanSupplier;

/**
 * An optimizer that can take a stretch of stochastic (one-row) updates in one call, with the row's
 * gradient and the update fused into one loop and the parameters kept in registers. The results are
 * bit for bit those of {@code Mse.batchGradient} over the single row followed by {@link Optimizer#step},
 * row after row; only the overhead between updates is gone.
 */
public interface RowSteps {
    /**
     * Takes one update per row: rows {@code order[from..to)}, or rows {@code from..to} in data order
     * when {@code order} is null. Before each update it asks {@code cancelled} and stops if told to;
     * after each it stops if θ is no longer finite.
     *
     * @return the updates taken: {@code to − from} unless it stopped early
     */
    int stepRows(Model model, Dataset data, int[] order, int from, int to, double[] theta, BooleanSupplier cancelled);
}
