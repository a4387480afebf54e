package dev.descent.core.train;

/**
 * Receives a run as it happens, on the thread that runs it. Snapshots are values: keep them.
 * Per-step snapshots cost an allocation each, so they are only made for listeners that ask.
 */
public interface TrainingListener {

    /** Whether {@link #onStep} should be called for every update. */
    default boolean wantsSteps() {
        return false;
    }

    default void onStep(StepSnapshot step) {
    }

    void onEpoch(EpochSnapshot epoch);

    default void onFinish(RunResult result) {
    }
}
