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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs training off the screen's thread. Each lane (one run of a comparison; a single run uses lane
 * 0) has its own worker thread, created when first needed, and at most one live run: starting runs
 * cancels the ones before them, which stop at their next update, so however fast settings change
 * there is never more than one run computing per lane and never more than {@link #MAX_LANES}
 * threads. Everything a run produces goes into its {@link RunFeed}; the screen reads that at its
 * own pace. Playback (play, pause, step, speed) acts on every lane at once, so compared runs race
 * in step.
 */
public final class RunEngine implements AutoCloseable {
    /** The most runs that train side by side. */
    public static final int MAX_LANES = 4;
    /** The worker threads' names: this, then "-2", "-3", "-4" for further lanes. */
    public static final String THREAD_NAME = "descent-trainer";

    private final ExecutorService[] workers = new ExecutorService[MAX_LANES];
    /** The worker threads made so far, so that closing can wait until they have really ended. */
    private final List<Thread> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final AtomicLong generations = new AtomicLong();
    private final AtomicLong trainingThreadIds = new AtomicLong(-1);
    private final Training training;
    /** The screen's threads at work, which trainers give way to on a crowded machine; none until set. */
    private volatile ScreenLoad screenLoad;
    private final List<RunFeed> feeds = new ArrayList<>();
    private final List<RunGate> gates = new ArrayList<>();

    /** How a run is trained: {@link Trainer#run} in the app; tests may stand in their own. */
    @FunctionalInterface
    interface Training {
        RunResult run(RunConfig config, TrainingListener listener, java.util.function.BooleanSupplier cancelled);
    }

    /** One run to start: its configuration and how its log is written. */
    public record Lane(RunConfig config, LogStyle logStyle, double predictAt) {
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
    public RunFeed start(RunConfig config, LogStyle logStyle, double predictAt, double epochsPerSecond,
                         boolean paused) {
        return start(List.of(new Lane(config, logStyle, predictAt)), epochsPerSecond, paused).get(0);
    }

    /** Cancels every current run and starts one run per lane; the feeds are in the lanes' order. */
    public synchronized List<RunFeed> start(List<Lane> lanes, double epochsPerSecond, boolean paused) {
        if (lanes.isEmpty() || lanes.size() > MAX_LANES) {
            throw new IllegalArgumentException("from 1 to " + MAX_LANES + " runs at once; got " + lanes.size());
        }
        cancelAll();
        gates.clear();
        feeds.clear();
        long generation = generations.incrementAndGet();
        for (int i = 0; i < lanes.size(); i++) {
            Lane lane = lanes.get(i);
            RunConfig config = lane.config();
            RunFeed feed = new RunFeed(config, generation);
            int updatesPerEpoch = new BatchSampler(config.data().size(), config.batchSize(), false, 0).batchesPerEpoch();
            RunGate gate = new RunGate(updatesPerEpoch, epochsPerSecond, paused);
            feeds.add(feed);
            gates.add(gate);
            int trainers = lanes.size();
            worker(i).execute(() -> train(config, lane.logStyle(), lane.predictAt(), feed, gate, trainers));
        }
        return List.copyOf(feeds);
    }

    private ExecutorService worker(int lane) {
        if (workers[lane] == null) {
            String name = lane == 0 ? THREAD_NAME : THREAD_NAME + "-" + (lane + 1);
            workers[lane] = Executors.newSingleThreadExecutor(r -> {
                Thread t = Threads.daemon(name, r);
                threads.add(t);
                return t;
            });
        }
        return workers[lane];
    }

    /** Trainers give way to the screen's threads in {@code load} when the machine is crowded ({@link ScreenLoad}). */
    public void setScreenLoad(ScreenLoad load) {
        screenLoad = load;
    }

    private void train(RunConfig config, LogStyle logStyle, double predictAt, RunFeed feed, RunGate gate,
                       int trainers) {
        if (gate.isCancelled()) {
            // Replaced before the worker reached it: it ends without an epoch, but it does end.
            feed.publishResult(new RunResult(StopReason.CANCELLED, "cancelled before it started", 0, config.init(),
                    Double.NaN, -1));
            return;
        }
        trainingThreadIds.set(Thread.currentThread().getId());
        ScreenLoad load = screenLoad;
        Outbox outbox = new Outbox(feed, gate, System::nanoTime,
                load == null ? () -> { } : () -> load.giveWay(trainers, gate::isCancelled));
        gate.setBeforeWait(outbox::flush);
        LectureLog log = LectureLog.deferred(config, LectureLog.styleFor(config, logStyle), predictAt, outbox::addLine);
        // Batched runs show their newest update (the batch ring, the update panel) and the SGD log prints
        // the loss of each epoch's last sample: they want updates. Every one of them while the run is
        // watched (slow playback, stepping, or a few points whose every gradient the log prints); only
        // each epoch's last while it runs flat out on more data, so that SGD can take its fused loop.
        boolean steps = !config.isFullBatch() || log.wantsSteps();
        boolean everyGradientLogged = config.data().size() <= LectureLog.MAX_POINTS_FOR_SAMPLE_LINES;
        log.start();
        outbox.flush();
        if (load != null) {
            // A new run waits for the screen to show its start (ScreenLoad.holdForNewRun).
            load.giveWay(trainers, gate::isCancelled);
        }
        try {
            training.run(config, new TrainingListener() {
                @Override
                public boolean wantsSteps() {
                    return steps && (everyGradientLogged || !gate.runsFreely());
                }

                @Override
                public boolean wantsLastSteps() {
                    return steps;
                }

                @Override
                public void onStep(StepSnapshot step) {
                    if (log.wantsSteps()) {
                        log.onStep(step);
                    }
                    outbox.addStep(step);
                }

                @Override
                public void onEpoch(EpochSnapshot epoch) {
                    log.onEpoch(epoch);
                    outbox.addEpoch(epoch);
                    gate.epochDone();
                }

                @Override
                public void onFinish(RunResult result) {
                    log.onFinish(result);
                    outbox.flush();
                    feed.publishResult(result);
                }
            }, gate);
        } catch (RuntimeException e) {
            outbox.flush();
            feed.publishResult(new RunResult(StopReason.FAILED, "stopped by an unexpected error: " + e,
                    feed.publishedEpochs(), config.init(), Double.NaN, -1));
        }
    }

    /** Cancels every live run; a worker held for room sees the cancel now, not at its next look. */
    private void cancelAll() {
        gates.forEach(RunGate::cancel);
        feeds.forEach(RunFeed::wake);
    }

    /** The first lane's feed, or null before any run. */
    public synchronized RunFeed feed() {
        return feeds.isEmpty() ? null : feeds.get(0);
    }

    public synchronized void play() {
        gates.forEach(RunGate::play);
    }

    public synchronized void pause() {
        gates.forEach(RunGate::pause);
    }

    public synchronized void stepEpoch() {
        gates.forEach(RunGate::stepEpoch);
    }

    public synchronized void stepUpdate() {
        gates.forEach(RunGate::stepUpdate);
    }

    /**
     * Whether every run is held where it is: its worker waits at its gate for play or a step, having
     * published everything, or the run has ended. Tests wait for this state instead of for time to pass.
     */
    public synchronized boolean held() {
        for (int i = 0; i < gates.size(); i++) {
            if (feeds.get(i).result() == null && !gates.get(i).holds()) {
                return false;
            }
        }
        return true;
    }

    public synchronized void setSpeed(double epochsPerSecond) {
        gates.forEach(g -> g.setSpeed(epochsPerSecond));
    }

    /** How many of this engine's worker threads are alive (for tests, and the probe's count). */
    public long liveThreads() {
        return threads.stream().filter(Thread::isAlive).count();
    }

    /** The id of the thread the last run trained on, or -1 before any: lets tests prove it is not the screen's. */
    public long trainingThreadId() {
        return trainingThreadIds.get();
    }

    /** Cancels the live run and stops the worker; returns once it has stopped (or after the timeout). */
    @Override
    public synchronized void close() {
        cancelAll();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        for (ExecutorService worker : workers) {
            if (worker != null) {
                worker.shutdownNow();
            }
        }
        try {
            for (ExecutorService worker : workers) {
                if (worker != null) {
                    worker.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                }
            }
            // A pool counts as terminated a moment before its thread has returned; wait for that too.
            for (Thread t : threads) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left > 0) {
                    t.join(left);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
