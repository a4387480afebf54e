package dev.descent.app;

import dev.descent.app.view.MainView;

import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * The timeline under the charts: which epoch the window shows (the newest, or one looked back at),
 * the slider's range, its label, and the Live toggle. With compared runs it spans the run that has
 * gone furthest: a selected run that diverged early does not stop the others being looked back at
 * (past its end it shows its last state).
 */
final class Timeline {
    private final MainView view;
    /** The selected run's track, or null before the first run. */
    private final Supplier<RunTrack> track;
    /** The most epochs any run on screen has done. */
    private final IntSupplier furthest;
    /** Asks for the view to be redrawn at the next frame. */
    private final Runnable markDirty;
    /** The epoch the timeline shows, or -1 to follow the newest. */
    private int viewEpoch = -1;
    private boolean timelineSync;

    Timeline(MainView view, Supplier<RunTrack> track, IntSupplier furthest, Runnable markDirty) {
        this.view = view;
        this.track = track;
        this.furthest = furthest;
        this.markDirty = markDirty;
    }

    void bind() {
        view.timeline.valueProperty().addListener((obs, old, v) -> {
            if (timelineSync) {
                return;
            }
            int k = (int) Math.round(v.doubleValue());
            boolean atEnd = track.get() != null && k >= furthest.getAsInt();
            view.follow.setSelected(atEnd);
            viewEpoch = atEnd ? -1 : k;
            markDirty.run();
        });
        view.follow.selectedProperty().addListener((obs, was, on) -> {
            if (on) {
                viewEpoch = -1;
                markDirty.run();
            }
        });
    }

    /** The epoch shown (after that many epochs), or -1 when following the newest. */
    int viewEpoch() {
        return viewEpoch;
    }

    /** Back to following the newest epoch, as a new run starts. */
    void followNewest() {
        viewEpoch = -1;
        view.follow.setSelected(true);
    }

    /** Moves the timeline to the newest epoch (when following) and keeps its range the runs' length. */
    void show(RunTrack track) {
        int n = track == null ? 0 : Math.max(track.completedEpochs(), furthest.getAsInt());
        timelineSync = true;
        try {
            view.timeline.setMax(Math.max(n, 1));
            view.timeline.setDisable(n == 0);
            if (viewEpoch < 0) {
                view.timeline.setValue(n);
            }
        } finally {
            timelineSync = false;
        }
        int shown = viewEpoch < 0 ? n : viewEpoch;
        // Counts, not epoch numbers: after 10 epochs the last one shown is epoch 9, as the lectures number them.
        view.timelineLabel.setText(viewEpoch < 0 ? "after " + epochs(n) + " (live)"
                : "after " + shown + " of " + epochs(n));
    }

    private static String epochs(int n) {
        return n == 1 ? "1 epoch" : n + " epochs";
    }

    /** Shows the epoch {@code k} (after k epochs) on the charts and panels. */
    void showEpoch(int k) {
        view.follow.setSelected(false);
        view.timeline.setValue(k);
    }
}
