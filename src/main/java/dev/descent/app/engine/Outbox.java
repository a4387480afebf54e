package dev.descent.app.engine;

import dev.descent.core.train.EpochSnapshot;
import dev.descent.core.train.StepSnapshot;
import dev.descent.lecture.LogLine;

import java.util.ArrayList;
import java.util.List;

/**
 * What a worker has produced and not yet handed to its {@link RunFeed}: epochs, the newest two
 * updates and log lines. While the run plays freely (unlimited speed, nobody holding it) they are
 * handed over {@link #MAX_EPOCHS} epochs or {@link #MAX_DELAY_NANOS} at a time, whichever comes
 * first, so the worker takes the feed's lock a few hundred times a second instead of once per epoch;
 * otherwise each is handed over at once. Before the worker waits for anything (a pause, its pace,
 * room in the feed) and when the run ends, everything kept back goes first, so what the screen
 * shows of a held run is always all of it. The worker's thread only.
 */
final class Outbox {
    /** The most epochs kept back: at full speed, about a millisecond of them. */
    static final int MAX_EPOCHS = 512;
    /**
     * The most time between hand-overs while anything is kept back: an epoch that ends this long after
     * the last hand-over goes at once (runs whose epochs are slow: large data, small batches).
     */
    static final long MAX_DELAY_NANOS = 4_000_000;

    private final RunFeed feed;
    private final RunGate gate;
    private final List<EpochSnapshot> epochs = new ArrayList<>();
    /** The updates since the last hand-over, at most the newest two (the feed keeps the newest and the state before it). */
    private final List<StepSnapshot> steps = new ArrayList<>(2);
    private final List<LogLine> lines = new ArrayList<>();
    /** The clock, in nanoseconds: the system's in the app, one the test moves in tests. */
    private final java.util.function.LongSupplier clock;
    private final Runnable giveWay;
    /** When the last hand-over was (or the outbox was made). */
    private long handedOver;

    Outbox(RunFeed feed, RunGate gate) {
        this(feed, gate, System::nanoTime);
    }

    Outbox(RunFeed feed, RunGate gate, java.util.function.LongSupplier clock) {
        this(feed, gate, clock, () -> { });
    }

    /** @param giveWay called after each hand-over at full speed: the worker may wait there for the screen */
    Outbox(RunFeed feed, RunGate gate, java.util.function.LongSupplier clock, Runnable giveWay) {
        this.feed = feed;
        this.gate = gate;
        this.clock = clock;
        this.giveWay = giveWay;
        this.handedOver = clock.getAsLong();
    }

    /** Where the run's log writes its lines. */
    void addLine(LogLine line) {
        lines.add(line);
    }

    void addStep(StepSnapshot step) {
        if (steps.size() == 2) {
            steps.remove(0);
        }
        steps.add(step);
        handOverIfDue();
    }

    void addEpoch(EpochSnapshot epoch) {
        epochs.add(epoch);
        handOverIfDue();
    }

    private void handOverIfDue() {
        if (!gate.runsFreely() || epochs.size() >= MAX_EPOCHS || clock.getAsLong() - handedOver >= MAX_DELAY_NANOS) {
            // A worker that outruns the screen waits here for room (the feed holds a bounded number).
            feed.awaitRoom(epochs.size(), gate::isCancelled);
            flush();
            giveWay.run();
        }
    }

    /**
     * Hands everything kept back to the feed, under one lock, without waiting for room: the gate calls
     * this while it holds its own lock, which the screen needs to pause or play. So the feed may hold up
     * to {@link #MAX_EPOCHS} more than {@link RunFeed#MAX_UNREAD_EPOCHS} for a moment.
     */
    void flush() {
        if (!epochs.isEmpty() || !steps.isEmpty() || !lines.isEmpty()) {
            feed.publish(steps, epochs, lines);
            epochs.clear();
            steps.clear();
            lines.clear();
        }
        handedOver = clock.getAsLong();
    }
}
