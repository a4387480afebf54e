package dev.descent.app.engine;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Whether the screen's threads (the FX thread in its frame, the chart painter) are at work now, so that
 * trainers give way to them on a machine with too few processors for all. A run at full speed keeps a
 * processor busy; on two processors it left the FX thread and the painter sharing the other, and each
 * frame's work took three times as long as its own processor time. Giving way costs a run some speed
 * and never stops it: a trainer waits at most {@link #MOST_WAIT_NANOS} at a time, and only between two
 * hand-overs of its epochs.
 *
 * <p>A new run is held back until the screen shows it ({@link #holdForNewRun}): a setting changed is
 * answered by the three charts showing the new run's start, and on a crowded machine the new trainer
 * would take a processor from the threads that draw them. The hold ends when the pictures are up
 * ({@link #release}) and after {@link #MOST_HOLD_NANOS} in any case, so a screen that shows nothing (a
 * minimised window) never stops the runs.
 */
public final class ScreenLoad {
    /** The longest a trainer waits for the screen in one go. */
    static final long MOST_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(8);
    /** The longest a new run is held back for its first pictures. */
    static final long MOST_HOLD_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final long POLL_NANOS = TimeUnit.MICROSECONDS.toNanos(200);
    /** The screen's threads that may want a processor at once: the FX thread and the painter. */
    private static final int SCREEN_THREADS = 2;

    private final AtomicInteger atWork = new AtomicInteger();
    private final int processors;
    private final LongSupplier clock;
    /** When the hold for a new run began; valid while {@link #holding}. */
    private volatile long heldSince;
    private volatile boolean holding;

    /** For this machine's processors. */
    public ScreenLoad() {
        this(Runtime.getRuntime().availableProcessors(), System::nanoTime);
    }

    /** @param clock nanoseconds: the system's in the app, one the test moves in tests */
    ScreenLoad(int processors, LongSupplier clock) {
        this.processors = processors;
        this.clock = clock;
    }

    /**
     * {@code trainers} new runs are about to start (FX thread): if they crowd the machine they wait for
     * the screen to show them, until {@link #release} or for {@link #MOST_HOLD_NANOS}; otherwise nothing
     * is held (and the painter gets no helper, which only draws while runs are held).
     */
    public void holdForNewRun(int trainers) {
        heldSince = clock.getAsLong();
        holding = crowded(trainers);
    }

    /** The new runs are on screen: they go on. */
    public void release() {
        holding = false;
    }

    /** Whether new runs wait for the screen, until released or for at most {@link #MOST_HOLD_NANOS}. */
    public boolean holdsNewRun() {
        return holding;
    }

    /** Whether new runs are held back now: the processor they would train on is free for the screen. */
    public boolean held() {
        return holding && clock.getAsLong() - heldSince < MOST_HOLD_NANOS;
    }

    /** A screen thread starts work (pair with {@link #done()}). */
    public void working() {
        atWork.incrementAndGet();
    }

    /** A screen thread's work is done. */
    public void done() {
        atWork.decrementAndGet();
    }

    /** Whether {@code trainers} training threads and the screen's would want more processors than there are. */
    boolean crowded(int trainers) {
        return trainers + SCREEN_THREADS > processors;
    }

    /**
     * On a crowded machine, waits while a new run is held back, then while the screen works, for at most
     * {@link #MOST_WAIT_NANOS}; either until {@code cancelled}. At once otherwise.
     */
    void giveWay(int trainers, BooleanSupplier cancelled) {
        if (!crowded(trainers)) {
            return;
        }
        while (held() && !cancelled.getAsBoolean()) {
            LockSupport.parkNanos(POLL_NANOS);
        }
        if (atWork.get() == 0) {
            return;
        }
        long until = clock.getAsLong() + MOST_WAIT_NANOS;
        while (atWork.get() > 0 && clock.getAsLong() - until < 0 && !cancelled.getAsBoolean()) {
            LockSupport.parkNanos(POLL_NANOS);
        }
    }
}
