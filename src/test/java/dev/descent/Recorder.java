package dev.descent;

import dev.descent.core.train.EpochSnapshot;
import dev.descent.core.train.RunResult;
import dev.descent.core.train.StepSnapshot;
import dev.descent.core.train.TrainingListener;

import java.util.ArrayList;
import java.util.List;

/** A listener that keeps everything a run reports, steps included. */
public class Recorder implements TrainingListener {
    public final List<EpochSnapshot> epochs = new ArrayList<>();
    public final List<StepSnapshot> steps = new ArrayList<>();
    public RunResult result;
    private final boolean wantsSteps;

    public Recorder() {
        this(true);
    }

    public Recorder(boolean wantsSteps) {
        this.wantsSteps = wantsSteps;
    }

    @Override
    public boolean wantsSteps() {
        return wantsSteps;
    }

    @Override
    public void onStep(StepSnapshot step) {
        steps.add(step);
    }

    @Override
    public void onEpoch(EpochSnapshot epoch) {
        epochs.add(epoch);
    }

    @Override
    public void onFinish(RunResult r) {
        result = r;
    }
}
