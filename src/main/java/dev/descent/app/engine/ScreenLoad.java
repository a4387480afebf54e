package dev.descent.app.engine;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Whether the screen's threads (the FX thread in its frame, the chart painter) are at work now, so that
 * trainers give way to them on a machine with too few processors for all. A run at full speed keeps a
 * processor busy; on two processors it left the FX thread and the painter sharing the other, and each
 * frame's work took three times as long as its own processor time. Giving way costs a run some speed
 * and never stops it: a trainer waits at most {@link #MOST_WAIT_NANOS} at a time, and only between two
 * hand-overs of its epochs.
 */
public final class ScreenLoad {
    /** The longest a trainer waits for the screen in one go. */
    static final long MOST_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(8);
    private static final long POLL_NANOS = TimeUnit.MICROSECONDS.toNanos(200);
    /** The screen's threads that may want a processor at once: the FX thread and the painter. */
    private static final int SCREEN_THREADS = 2;

    private final AtomicInteger atWork = new AtomicInteger();
    private final int processors;

    /** For this machine's processors. */
    public ScreenLoad() {
        this(Runtime.getRuntime().availableProcessors());
    }

    ScreenLoad(int processors) {
        this.processors = processors;
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
     * On a crowded machine, waits while the screen works, for at most {@link #MOST_WAIT_NANOS} or until
     * {@code cancelled}; at once otherwise.
     */
    void giveWay(int trainers, BooleanSupplier cancelled) {
        if (atWork.get() == 0 || !crowded(trainers)) {
            return;
        }
        long until = System.nanoTime() + MOST_WAIT_NANOS;
        while (atWork.get() > 0 && System.nanoTime() - until < 0 && !cancelled.getAsBoolean()) {
            LockSupport.parkNanos(POLL_NANOS);
        }
    }
}
