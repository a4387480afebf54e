package dev.descent.core.train;

/**
 * Receives a run as it happens, on the thread that runs it. Snapshots are values: keep them.
 * Per-step snapshots cost an allocation each, so they are only made for listeners that ask.
 */
public interface TrainingListener {

    /**
     * Whether {@link #onStep} should be called for the next update. The trainer asks before every
     * update, so the answer may change during a run (the window watches each update while it plays
     * slowly or steps, and not while it runs flat out).
     */
    default boolean wantsSteps() {
        return false;
    }

    /**
     * Whether {@link #onStep} should be called for each epoch's last update even while
     * {@link #wantsSteps} says no: the newest update, for a screen that shows it and a log that
     * prints the loss of the epoch's last sample.
     */
    default boolean wantsLastSteps() {
        return wantsSteps();
    }

    default void onStep(StepSnapshot step) {
    }

    void onEpoch(EpochSnapshot epoch);

    default void onFinish(RunResult result) {
    }
}
