package dev.descent.app.engine;

import java.util.function.BooleanSupplier;

/**
 * Paces one run and lets the screen hold it: play at a speed, pause, step one epoch or one update,
 * cancel. The trainer asks it before every update (it is the trainer's cancellation check), and it
 * blocks the worker thread there while the run is paused or ahead of its schedule. Waits use this
 * object's monitor, so pause, step, speed changes and cancel all wake the worker at once.
 */
public final class RunGate implements BooleanSupplier {
    private final int updatesPerEpoch;
    private boolean paused;
    private boolean cancelled;
    private double epochsPerSecond;
    private long updatesStarted;
    private long epochsDone;
    private long allowUpdatesUntil;
    private long allowEpochsUntil;
    private long baseNanos;
    private long baseUpdates;
    /** Playing at unlimited speed: nothing paces or holds the worker. Read without the lock, per update. */
    private volatile boolean free;
    /** The worker waits here, held by a pause, with everything before published. */
    private boolean holding;
    /** Run by the worker just before it waits here (to publish what it has kept back). */
    private Runnable beforeWait = () -> { };

    /**
     * @param epochsPerSecond the playback speed; {@code Double.POSITIVE_INFINITY} runs flat out
     */
    public RunGate(int updatesPerEpoch, double epochsPerSecond, boolean startPaused) {
        this.updatesPerEpoch = Math.max(1, updatesPerEpoch);
        this.epochsPerSecond = epochsPerSecond;
        this.paused = startPaused;
        rebase();
        updateFree();
    }

    private void updateFree() {
        free = !paused && !cancelled && Double.isInfinite(epochsPerSecond);
    }

    /**
     * Whether the run plays at unlimited speed, with no pause and no single step to wait for: then
     * nobody can follow single updates, and the worker need not report each one.
     */
    public boolean runsFreely() {
        return free;
    }

    /**
     * Sets what the worker does just before it waits in {@link #getAsBoolean}, on its own thread and
     * while holding this gate: a worker that keeps epochs back while it runs freely publishes them
     * there, so a pause never hides epochs already done. Set it before the run starts.
     */
    public synchronized void setBeforeWait(Runnable action) {
        beforeWait = action;
    }

    /** Called by the trainer before each update: waits for its turn, then says whether to stop. */
    @Override
    public synchronized boolean getAsBoolean() {
        try {
            while (!cancelled) {
                if (paused && !(updatesStarted < allowUpdatesUntil || epochsDone < allowEpochsUntil)) {
                    beforeWait.run();
                    holding = true;
                    try {
                        wait();
                    } finally {
                        holding = false;
                    }
                    continue;
                }
                long waitNanos = paused || Double.isInfinite(epochsPerSecond) ? 0 : dueNanos() - System.nanoTime();
                if (waitNanos > 0) {
                    beforeWait.run();
                    wait(Math.max(1, waitNanos / 1_000_000), (int) (waitNanos % 1_000_000));
                    continue;
                }
                updatesStarted++;
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelled = true;
            updateFree();
        }
        return true;
    }

    private long dueNanos() {
        double seconds = (updatesStarted - baseUpdates) / (epochsPerSecond * updatesPerEpoch);
        return baseNanos + (long) (seconds * 1e9);
    }

    private void rebase() {
        baseNanos = System.nanoTime();
        baseUpdates = updatesStarted;
    }

    /** The listener reports each finished epoch, so "step one epoch" knows where to stop. */
    public synchronized void epochDone() {
        epochsDone++;
    }

    public synchronized void play() {
        paused = false;
        rebase();
        updateFree();
        notifyAll();
    }

    public synchronized void pause() {
        paused = true;
        updateFree();
        notifyAll();
    }

    /** While paused: run to the end of the current epoch. */
    public synchronized void stepEpoch() {
        allowEpochsUntil = epochsDone + 1;
        notifyAll();
    }

    /** While paused: run one more update. */
    public synchronized void stepUpdate() {
        allowUpdatesUntil = updatesStarted + 1;
        notifyAll();
    }

    public synchronized void setSpeed(double newEpochsPerSecond) {
        epochsPerSecond = newEpochsPerSecond;
        rebase();
        updateFree();
        notifyAll();
    }

    public synchronized void cancel() {
        cancelled = true;
        updateFree();
        notifyAll();
    }

    /**
     * Whether the worker waits here, held by a pause (or at the end of a step), having published all it
     * did: a state that lasts until someone plays, steps or cancels, so tests can wait for it.
     */
    public synchronized boolean holds() {
        // A step or play just given counts at once, before the worker has woken to it.
        return holding && paused && !cancelled && !(updatesStarted < allowUpdatesUntil || epochsDone < allowEpochsUntil);
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }
}
