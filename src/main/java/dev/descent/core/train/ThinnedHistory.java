package dev.descent.core.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A run's epochs, kept whole while the run is short and thinned evenly once it is long, so that a run
 * of any length holds at most {@link #MAX_HISTORY} snapshots (a few megabytes):
 * <ul>
 *   <li>the first {@link #FIRST} epochs, whole: the big early moves down the curve, which is the
 *       lesson, and all of a lecture-length run;</li>
 *   <li>the newest {@link #RECENT}, whole;</li>
 *   <li>in between, every {@code stride}-th epoch, the stride doubling as the run goes on so that at
 *       most {@link #MAX_KEPT} are kept there.</li>
 * </ul>
 * Epochs are added in order, one at a time or in batches; adding touches only the epochs that leave
 * the newest {@link #RECENT}, so a run of millions of epochs costs a constant time per epoch. Readers
 * find an epoch by its number ({@link EpochSnapshot#countThrough}), not by its place. Not thread-safe.
 */
public final class ThinnedHistory {
    public static final int FIRST = 1024;
    public static final int RECENT = 1024;
    /** Past this many kept epochs, the history is thinned: a run of up to 16,384 epochs is kept whole. */
    public static final int MAX_HISTORY = 16_384;
    public static final int MAX_KEPT = MAX_HISTORY - FIRST - RECENT;

    private final List<EpochSnapshot> history = new ArrayList<>();
    private final List<EpochSnapshot> pending = new ArrayList<>();
    private final List<EpochSnapshot> view = Collections.unmodifiableList(history);
    /** Between the first and the newest epochs, only epochs that are multiples of this are kept. */
    private int stride = 1;

    /** Adds one epoch; epochs are thinned a batch at a time. */
    public void add(EpochSnapshot epoch) {
        pending.add(epoch);
        if (pending.size() >= RECENT) {
            flush();
        }
    }

    /** Adds epochs, in order, after those already added. */
    public void addAll(List<EpochSnapshot> epochs) {
        flush();
        keep(epochs);
    }

    /** The kept epochs, in order (a read-only view that follows later additions once read again). */
    public List<EpochSnapshot> list() {
        flush();
        return view;
    }

    /** Every how many epochs the middle of the history keeps one (1 until the run is long). */
    public int stride() {
        flush();
        return stride;
    }

    private void flush() {
        if (!pending.isEmpty()) {
            keep(pending);
            pending.clear();
        }
    }

    /**
     * Appends new epochs and thins: the epochs that the new ones push out of the newest {@link #RECENT}
     * stay only if they are among the first {@link #FIRST} or on the stride; when the history would pass
     * {@link #MAX_HISTORY}, the stride doubles and the middle is thinned to it.
     */
    private void keep(List<EpochSnapshot> epochs) {
        int recentFrom = Math.max(0, history.size() - RECENT);
        history.addAll(epochs);
        int leaving = Math.max(0, history.size() - RECENT) - recentFrom;
        if (stride == 1 && history.size() <= MAX_HISTORY) {
            return;
        }
        if (stride == 1) {
            stride = 2;
            recentFrom = 0; // the first thinning goes over everything before the recent window
            leaving = history.size() - RECENT;
        }
        int kept = thin(recentFrom, recentFrom + leaving);
        while (kept + RECENT > MAX_HISTORY) {
            stride *= 2;
            kept = thin(0, kept);
        }
    }

    /**
     * Drops the epochs in history[from, to) that are neither among the first {@link #FIRST} nor on the
     * stride, moving the rest down; returns how many epochs now come before the recent window.
     */
    private int thin(int from, int to) {
        int kept = from;
        for (int i = from; i < to; i++) {
            EpochSnapshot e = history.get(i);
            if (e.epoch() < FIRST || e.epoch() % stride == 0) {
                history.set(kept++, e);
            }
        }
        if (kept < to) {
            history.subList(kept, to).clear();
        }
        return history.size() - RECENT;
    }
}
