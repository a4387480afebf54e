package dev.descent.app.engine;

import dev.descent.core.optim.OptimizerState;
import dev.descent.core.train.EpochSnapshot;
import dev.descent.core.train.RunConfig;
import dev.descent.core.train.RunResult;
import dev.descent.core.train.StepSnapshot;
import dev.descent.lecture.LogLine;

import java.util.ArrayList;
import java.util.List;

/**
 * What one run has produced so far, handed from the worker thread to the screen. The worker
 * appends; the screen, once per frame, takes whatever is new since it last looked
 * ({@link #drainSince}). Only the newest step is kept (older ones are of no use to a frame), while
 * every epoch is kept so the cost curve and the path are complete. One lock, held briefly.
 */
public final class RunFeed {
    /**
     * The log keeps at most this many lines; older ones are dropped from the top. The screen keeps as
     * many for each run and shows them in the Log tab; the whole history is in the CSV export.
     */
    public static final int MAX_LOG_LINES = 2000;
    /**
     * The most epochs that may wait for the reader (a few megabytes of snapshots). A worker at full
     * speed outruns a screen that takes up to 10,000 epochs a frame (fewer while frames run late);
     * past this it waits for the screen
     * ({@link #awaitRoom}) instead of piling up epochs that would only be garbage later. A worker
     * handing over what it kept back as it pauses may pass it by up to {@link Outbox#MAX_EPOCHS}.
     */
    public static final int MAX_UNREAD_EPOCHS = 32_768;
    /** The worker waits in {@link #awaitRoom}. */
    private boolean waitingForRoom;
    /**
     * How long a worker waiting for room sleeps before it looks again. The reader does not wake it:
     * on a busy machine the woken worker takes the screen's processor, and waking it from the frame
     * cost the frame a third of a millisecond. A cancel still wakes it at once ({@link #wake}).
     */
    private static final long ROOM_POLL_MILLIS = 1;

    private final RunConfig config;
    private final long generation;
    /** Epochs not yet taken by the reader; {@link #taken} earlier ones were handed over and let go. */
    private List<EpochSnapshot> epochs = new ArrayList<>();
    /** {@code epochs.size()}, for the worker to look at without the lock. */
    private volatile int unread;
    private int taken;
    private final List<LogLine> log = new ArrayList<>();
    private long logDropped;
    private StepSnapshot latestStep;
    /** The optimizer state before {@link #latestStep}: the step before it's state, or null for the first. */
    private OptimizerState stateBeforeLatestStep;
    private RunResult result;
    private volatile long version;

    public RunFeed(RunConfig config, long generation) {
        this.config = config;
        this.generation = generation;
    }

    public RunConfig config() {
        return config;
    }

    public long generation() {
        return generation;
    }

    /** Increases whenever anything is published; the screen compares it to skip idle frames. */
    public long version() {
        return version;
    }

    /**
     * Publishes, under one lock, updates (in order; the newest is kept), epochs and the log lines
     * written with them. A worker at full speed finishes hundreds of thousands of epochs a second;
     * taking the lock for each one kept the screen waiting for it (a third of a millisecond a frame),
     * so while it runs freely the worker hands them over a few hundred at a time ({@link Outbox}).
     */
    synchronized void publish(List<StepSnapshot> steps, List<EpochSnapshot> newEpochs, List<LogLine> lines) {
        for (StepSnapshot step : steps) {
            stateBeforeLatestStep = latestStep == null ? null : latestStep.state();
            latestStep = step;
        }
        epochs.addAll(newEpochs);
        unread = epochs.size();
        addLog(lines);
        version++;
    }

    /**
     * Waits until {@code incoming} more epochs fit under {@link #MAX_UNREAD_EPOCHS} waiting for the
     * reader, or {@code cancelled} says the run is over. Returns at once, without taking the lock, when
     * there is room.
     */
    void awaitRoom(int incoming, java.util.function.BooleanSupplier cancelled) {
        if (unread + incoming <= MAX_UNREAD_EPOCHS) {
            return;
        }
        synchronized (this) {
            try {
                while (epochs.size() + incoming > MAX_UNREAD_EPOCHS && !cancelled.getAsBoolean()) {
                    waitingForRoom = true;
                    wait(ROOM_POLL_MILLIS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                waitingForRoom = false;
            }
        }
    }

    /** Whether the worker waits for the reader to take epochs: it goes on only once some are read. */
    public synchronized boolean waitsForRoom() {
        return waitingForRoom;
    }

    /** Wakes a worker waiting for room, so that it sees at once that its run was cancelled. */
    synchronized void wake() {
        notifyAll();
    }

    private void addLog(List<LogLine> lines) {
        log.addAll(lines);
        if (log.size() > MAX_LOG_LINES + MAX_LOG_LINES / 10) {
            int drop = log.size() - MAX_LOG_LINES;
            log.subList(0, drop).clear();
            logDropped += drop;
        }
    }

    synchronized void publishResult(RunResult r) {
        result = r;
        version++;
    }

    /** A consistent view of everything new since {@code cursor}, which it then advances. */
    public synchronized Update drainSince(Cursor cursor) {
        return drainSince(cursor, Integer.MAX_VALUE);
    }

    /**
     * Like {@link #drainSince(Cursor)}, but hands over at most {@code maxEpochs} epochs, so one frame's
     * work stays bounded however far the worker has run ahead; the rest come in later frames.
     */
    public synchronized Update drainSince(Cursor cursor, int maxEpochs) {
        int published = taken + epochs.size();
        int from = Math.max(cursor.epochs, taken);
        int end = (int) Math.min(published, (long) from + maxEpochs);
        List<EpochSnapshot> newEpochs;
        // The screen is the one reader: what it has taken is its to keep (bounded, in RunTrack); the feed
        // lets go, so that its memory does not grow with the run. Taking every epoch waiting, the usual
        // case, hands the list over instead of copying it.
        if (from == taken && end == published) {
            newEpochs = java.util.Collections.unmodifiableList(epochs);
            epochs = new ArrayList<>(Math.min(MAX_UNREAD_EPOCHS, Math.max(16, epochs.size())));
        } else {
            newEpochs = List.copyOf(epochs.subList(from - taken, end - taken));
            epochs.subList(0, end - taken).clear();
        }
        unread = epochs.size();
        taken = end;
        long firstLog = Math.max(cursor.logLines, logDropped);
        List<LogLine> newLog = List.copyOf(log.subList((int) (firstLog - logDropped), log.size()));
        StepSnapshot step = latestStep != cursor.step ? latestStep : null;
        boolean caughtUp = end == published;
        RunResult newResult = cursor.resultSeen || !caughtUp ? null : result;
        cursor.epochs = end;
        cursor.logLines = logDropped + log.size();
        cursor.step = latestStep;
        cursor.resultSeen = newResult != null || cursor.resultSeen;
        return new Update(newEpochs, newLog, step, step == null ? null : stateBeforeLatestStep, newResult, end);
    }

    /** The epochs published and not yet drained (at most {@link #MAX_UNREAD_EPOCHS}: then the worker waits). */
    public synchronized List<EpochSnapshot> epochs() {
        return List.copyOf(epochs);
    }

    /** How many epochs the run has published in all. */
    public synchronized int publishedEpochs() {
        return taken + epochs.size();
    }

    public synchronized RunResult result() {
        return result;
    }

    /** Where a reader got to. */
    public static final class Cursor {
        private int epochs;
        private long logLines;
        private StepSnapshot step;
        private boolean resultSeen;
    }

    /**
     * @param epochs      epochs finished since the last drain
     * @param log         log lines since the last drain, written out when read
     * @param latestStep  the newest update, if there was one since the last drain
     * @param stateBeforeLatestStep the optimizer state just before that update (null for a run's first)
     * @param result      how the run ended, in the first drain after it has
     * @param totalEpochs epochs finished in all
     */
    public record Update(List<EpochSnapshot> epochs, List<LogLine> log, StepSnapshot latestStep,
                         OptimizerState stateBeforeLatestStep, RunResult result, int totalEpochs) {
    }
}
