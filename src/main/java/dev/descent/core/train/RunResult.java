package dev.descent.core.train;

/**
 * How a run ended.
 *
 * @param reason      why it stopped
 * @param message     one sentence for people, e.g. "diverged at epoch 7: learning rate 0.30 is above …"
 * @param epochs      epochs completed
 * @param finalParams parameters at the end
 * @param finalCost   whole-data cost at {@code finalParams} (non-finite after a divergence)
 * @param stopEpoch   the epoch at which it diverged or converged, or -1
 */
public record RunResult(StopReason reason, String message, int epochs, double[] finalParams, double finalCost,
                        int stopEpoch) {

    public RunResult {
        finalParams = finalParams.clone();
    }

    @Override
    public double[] finalParams() {
        return finalParams.clone();
    }
}
