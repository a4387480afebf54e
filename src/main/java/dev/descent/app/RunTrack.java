package dev.descent.app;

import dev.descent.app.engine.RunFeed;
import dev.descent.core.optim.OptimizerState;
import dev.descent.core.train.EpochSnapshot;
import dev.descent.core.train.RunConfig;
import dev.descent.core.train.RunResult;
import dev.descent.core.train.StopReason;
import dev.descent.core.train.StepSnapshot;

import java.util.ArrayList;
import java.util.List;

/**
 * What the screen has taken so far from one run's {@link RunFeed}: the epochs, the newest update and
 * how the run ended. The frame loop drains the feed into it once per frame, a bounded number of epochs
 * at a time; the charts and the status line read from it. FX thread only.
 */
final class RunTrack {
    private final RunFeed feed;
    private final RunFeed.Cursor cursor = new RunFeed.Cursor();
    private final List<EpochSnapshot> history = new ArrayList<>();
    /** The newest log lines, at most {@link MainController#MAX_LOG_LINES}, for when this run is selected. */
    private final java.util.ArrayDeque<String> log = new java.util.ArrayDeque<>();
    private StepSnapshot latestStep;
    private OptimizerState stateBeforeLatestStep;
    private RunResult result;
    private long seenVersion = -1;
    private boolean behind;

    RunTrack(RunFeed feed) {
        this.feed = feed;
    }

    RunFeed feed() {
        return feed;
    }

    RunConfig config() {
        return feed.config();
    }

    /** True when the worker has published something this track has not taken yet. */
    boolean hasNews() {
        return behind || feed.version() != seenVersion;
    }

    /**
     * Takes at most {@code maxEpochs} new epochs, the newest update and the result if the run has ended
     * and every epoch has been taken.
     */
    RunFeed.Update drain(int maxEpochs) {
        seenVersion = feed.version();
        RunFeed.Update update = feed.drainSince(cursor, maxEpochs);
        behind = update.epochs().size() == maxEpochs;
        history.addAll(update.epochs());
        for (String line : update.log()) {
            if (log.size() == MainController.MAX_LOG_LINES) {
                log.removeFirst();
            }
            log.addLast(line);
        }
        if (update.latestStep() != null) {
            latestStep = update.latestStep();
            stateBeforeLatestStep = update.stateBeforeLatestStep();
        }
        if (update.result() != null) {
            result = update.result();
        }
        return update;
    }

    List<String> log() {
        return List.copyOf(log);
    }

    /**
     * The parameters after {@code k} epochs: the start for 0, the newest for {@code k} at or past the
     * epochs taken so far.
     */
    double[] paramsAfter(int k) {
        if (k < 0 || k >= history.size()) {
            return k <= 0 && history.isEmpty() ? feed.config().init() : currentParams();
        }
        return k == 0 ? feed.config().init() : history.get(k - 1).params();
    }

    List<EpochSnapshot> history() {
        return history;
    }

    int completedEpochs() {
        return history.size();
    }

    EpochSnapshot lastEpoch() {
        return history.isEmpty() ? null : history.get(history.size() - 1);
    }

    StepSnapshot latestStep() {
        return latestStep;
    }

    /** The optimizer state just before {@link #latestStep()} (null for the run's first update). */
    OptimizerState stateBeforeLatestStep() {
        return stateBeforeLatestStep;
    }

    /** How the run ended, or null while it goes on. */
    RunResult result() {
        return result;
    }

    boolean ended(StopReason reason) {
        return result != null && result.reason() == reason;
    }

    /** The newest parameters: after the latest update if it is newer than the latest epoch. */
    double[] currentParams() {
        EpochSnapshot last = lastEpoch();
        if (latestStep != null && (last == null || latestStep.iteration() > last.iteration())) {
            return latestStep.params();
        }
        return last != null ? last.params() : feed.config().init();
    }
}
