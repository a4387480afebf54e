package dev.descent.app.engine;

import dev.descent.core.BatchSampler;
import dev.descent.core.train.EpochSnapshot;
import dev.descent.core.train.RunConfig;
import dev.descent.core.train.RunResult;
import dev.descent.core.train.StepSnapshot;
import dev.descent.core.train.StopReason;
import dev.descent.core.train.Trainer;
import dev.descent.core.train.TrainingListener;
import dev.descent.lecture.LectureLog;
import dev.descent.lecture.LogStyle;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs training off the screen's thread: one worker thread, one live run. Starting a run cancels the
 * one before it, which stops at its next update, so however fast settings change there is never
 * more than one run computing and never more than one thread. Everything a run produces goes into
 * its {@link RunFeed}; the screen reads that at its own pace.
 */
public final class RunEngine implements AutoCloseable {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "descent-trainer");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong generations = new AtomicLong();
    private final AtomicLong trainingThreadIds = new AtomicLong(-1);
    private final Training training;
    private RunFeed feed;
    private RunGate gate;

    /** How a run is trained: {@link Trainer#run} in the app; tests may stand in their own. */
    @FunctionalInterface
    interface Training {
        RunResult run(RunConfig config, TrainingListener listener, java.util.function.BooleanSupplier cancelled);
    }

    public RunEngine() {
        this(Trainer::run);
    }

    RunEngine(Training training) {
        this.training = training;
    }

    /**
     * Cancels the current run and starts {@code config}, from its starting parameters.
     *
     * @param epochsPerSecond playback speed, {@code Double.POSITIVE_INFINITY} for instant
     * @param paused          start held before the first update (the "ready" state)
     */
    public synchronized RunFeed start(RunConfig config, LogStyle logStyle, double predictAt, double epochsPerSecond,
                                      boolean paused) {
        if (gate != null) {
            gate.cancel();
        }
        RunFeed newFeed = new RunFeed(config, generations.incrementAndGet());
        int updatesPerEpoch = new BatchSampler(config.data().size(), config.batchSize(), false, 0).batchesPerEpoch();
        RunGate newGate = new RunGate(updatesPerEpoch, epochsPerSecond, paused);
        feed = newFeed;
        gate = newGate;
        worker.execute(() -> train(config, logStyle, predictAt, newFeed, newGate));
        return newFeed;
    }

    private void train(RunConfig config, LogStyle logStyle, double predictAt, RunFeed feed, RunGate gate) {
        if (gate.isCancelled()) {
            // Replaced before the worker reached it: it ends without an epoch, but it does end.
            feed.publishResult(new RunResult(StopReason.CANCELLED, "cancelled before it started", 0, config.init(),
                    Double.NaN, -1));
            return;
        }
        trainingThreadIds.set(Thread.currentThread().getId());
        LectureLog log = new LectureLog(config, LectureLog.styleFor(config, logStyle), predictAt, feed::publishLog);
        boolean steps = !config.isFullBatch() || log.wantsSteps();
        log.start();
        try {
            training.run(config, new TrainingListener() {
                @Override
                public boolean wantsSteps() {
                    return steps;
                }

                @Override
                public void onStep(StepSnapshot step) {
                    if (log.wantsSteps()) {
                        log.onStep(step);
                    }
                    feed.publishStep(step);
                }

                @Override
                public void onEpoch(EpochSnapshot epoch) {
                    log.onEpoch(epoch);
                    feed.publishEpoch(epoch);
                    gate.epochDone();
                }

                @Override
                public void onFinish(RunResult result) {
                    log.onFinish(result);
                    feed.publishResult(result);
                }
            }, gate);
        } catch (RuntimeException e) {
            feed.publishResult(new RunResult(StopReason.FAILED, "stopped by an unexpected error: " + e,
                    feed.epochs().size(), config.init(), Double.NaN, -1));
        }
    }

    public synchronized RunFeed feed() {
        return feed;
    }

    public synchronized void play() {
        if (gate != null) {
            gate.play();
        }
    }

    public synchronized void pause() {
        if (gate != null) {
            gate.pause();
        }
    }

    public synchronized void stepEpoch() {
        if (gate != null) {
            gate.stepEpoch();
        }
    }

    public synchronized void stepUpdate() {
        if (gate != null) {
            gate.stepUpdate();
        }
    }

    public synchronized void setSpeed(double epochsPerSecond) {
        if (gate != null) {
            gate.setSpeed(epochsPerSecond);
        }
    }

    /** The id of the thread the last run trained on, or -1 before any: lets tests prove it is not the screen's. */
    public long trainingThreadId() {
        return trainingThreadIds.get();
    }

    /** Cancels the live run and stops the worker; returns once it has stopped (or after the timeout). */
    @Override
    public synchronized void close() {
        if (gate != null) {
            gate.cancel();
        }
        worker.shutdownNow();
        try {
            worker.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
