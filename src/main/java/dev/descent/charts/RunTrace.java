package dev.descent.charts;

import dev.descent.core.train.EpochSnapshot;
import dev.descent.core.train.RunConfig;
import dev.descent.core.train.RunResult;
import dev.descent.core.train.StopReason;

import java.util.List;
import java.util.Objects;

/**
 * One finished (or partly replayed) run as the compare charts draw it: its label for the legend, its
 * configuration, its epochs and how it ended. Its colour is its place in the list the charts are given.
 *
 * @param label   the legend entry, e.g. "momentum 0.9"
 * @param history snapshots of the epochs that ran, in epoch order: every one, or (from the window, for
 *                a long run) the ones it kept; epochs are found by their number, not their place
 */
public record RunTrace(String label, RunConfig config, List<EpochSnapshot> history, RunResult result) {

    public RunTrace {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(result, "result");
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a run needs a label");
        }
        history = List.copyOf(history);
    }

    /** Epochs run: one past the last recorded epoch's number. */
    public int epochs() {
        return history.isEmpty() ? 0 : history.get(history.size() - 1).epoch() + 1;
    }

    /** How many recorded snapshots are of epochs before epoch number {@code k}: the path in the first k epochs. */
    public int recordedBefore(int k) {
        return EpochSnapshot.countThrough(history, k - 1);
    }

    public boolean diverged() {
        return result.reason() == StopReason.DIVERGED;
    }

    /**
     * The parameters after {@code k} epochs ({@code k = 0}: the start; from {@link #epochs()} on: the end of
     * the run). A run that blew up shows the last parameters that were still finite numbers.
     */
    public double[] paramsAfter(int k) {
        if (k >= epochs()) {
            return RunCharts.lastFiniteParams(config, history, result);
        }
        for (int i = recordedBefore(k) - 1; i >= 0; i--) {
            EpochSnapshot s = history.get(i);
            if (ChartText.allFinite(s.params())) {
                return s.params();
            }
            if (ChartText.allFinite(s.before())) {
                return s.before();
            }
        }
        return config.init();
    }
}
