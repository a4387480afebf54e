package dev.descent.app;

import dev.descent.app.engine.RunFeed;
import dev.descent.core.analysis.QuadraticCost;
import dev.descent.core.optim.OptimizerState;
import dev.descent.core.train.EpochSnapshot;
import dev.descent.core.train.RunConfig;
import dev.descent.core.train.RunResult;
import dev.descent.core.train.StepSnapshot;
import dev.descent.core.train.Verdict;
import dev.descent.core.train.ThinnedHistory;
import dev.descent.lecture.LogLine;

import java.util.List;

/**
 * What the screen has taken so far from one run's {@link RunFeed}: the epochs, the newest update and
 * how the run ended. The frame loop drains the feed into it once per frame, a bounded number of epochs
 * at a time; the charts and the status line read from it. FX thread only.
 */
final class RunTrack {
    /** What a long run keeps: the policy of {@link ThinnedHistory}, shared with {@code train}. */
    static final int FIRST = ThinnedHistory.FIRST;
    static final int RECENT = ThinnedHistory.RECENT;
    static final int MAX_HISTORY = ThinnedHistory.MAX_HISTORY;
    static final int MAX_KEPT = ThinnedHistory.MAX_KEPT;

    private final RunFeed feed;
    private final RunFeed.Cursor cursor = new RunFeed.Cursor();
    private final ThinnedHistory kept = new ThinnedHistory();
    /** The kept epochs: a read-only view of {@link #kept}. */
    private final List<EpochSnapshot> history = kept.list();
    private int completedEpochs;
    /** The newest log lines, at most {@link RunFeed#MAX_LOG_LINES}, for when this run is selected. */
    private final java.util.ArrayDeque<LogLine> log = new java.util.ArrayDeque<>();
    private long logLinesTaken;
    private StepSnapshot latestStep;
    private OptimizerState stateBeforeLatestStep;
    private RunResult result;
    private long seenVersion = -1;
    private boolean behind;
    private final QuadraticCost quadratic;
    /** What is known of the run before it starts (diverging, or nothing), and once it has ended. */
    private final Verdict atStart;
    private Verdict afterRun;

    RunTrack(RunFeed feed) {
        this(feed, QuadraticCost.of(feed.config().model(), feed.config().data()));
    }

    /** With the data's quadratic form at hand ({@code quadratic} must be of the run's model and data). */
    RunTrack(RunFeed feed, QuadraticCost quadratic) {
        this.feed = feed;
        this.quadratic = quadratic;
        this.atStart = Verdict.atStart(feed.config(), quadratic);
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
        kept.addAll(update.epochs());
        completedEpochs += update.epochs().size();
        List<LogLine> lines = update.log();
        logLinesTaken += lines.size();
        // Only the newest lines are kept: a flood of them skips straight to those.
        for (LogLine line : lines.subList(Math.max(0, lines.size() - RunFeed.MAX_LOG_LINES), lines.size())) {
            if (log.size() == RunFeed.MAX_LOG_LINES) {
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

    List<LogLine> log() {
        return List.copyOf(log);
    }

    /** How many log lines this track has taken from the feed in all (kept or not): changes when the log does. */
    long logLinesTaken() {
        return logLinesTaken;
    }

    /**
     * The parameters after {@code k} epochs: the start for 0, the newest for {@code k} at or past the
     * epochs taken so far.
     */
    double[] paramsAfter(int k) {
        if (k <= 0) {
            return feed.config().init();
        }
        if (k >= completedEpochs) {
            return currentParams();
        }
        int i = indexAfter(k - 1) - 1;
        return i >= 0 ? history.get(i).params() : feed.config().init();
    }

    List<EpochSnapshot> history() {
        return history;
    }

    /** Epochs taken from the feed, however many of them are still kept. */
    int completedEpochs() {
        return completedEpochs;
    }

    /** Every how many epochs the middle of the history keeps one (1 until the run is long). */
    int stride() {
        return kept.stride();
    }

    /** The kept epochs before epoch number {@code k} (the path after k epochs). */
    List<EpochSnapshot> historyBefore(int k) {
        return history.subList(0, indexAfter(k - 1));
    }

    /** How many kept epochs have an epoch number ≤ {@code epoch}. */
    private int indexAfter(int epoch) {
        return EpochSnapshot.countThrough(history, epoch);
    }

    /** The kept snapshot of epoch number {@code epoch}, or null if it was thinned away (or has not run). */
    EpochSnapshot epoch(int epoch) {
        int i = indexAfter(epoch) - 1;
        return i >= 0 && history.get(i).epoch() == epoch ? history.get(i) : null;
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

    /**
     * What the run is doing beyond its status: diverging (known from its start), or, once it has ended
     * with no limit known, a cost that rose.
     */
    Verdict verdict() {
        if (result == null) {
            return atStart;
        }
        if (afterRun == null) {
            double startCost = history.isEmpty() || history.get(0).epoch() != 0 ? Double.NaN
                    : history.get(0).costBefore();
            afterRun = Verdict.afterRun(atStart, config(), quadratic, startCost, result);
        }
        return afterRun;
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
