package dev.descent.app;

import dev.descent.app.view.MainView;
import dev.descent.core.train.RunConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * Earlier runs kept faded behind the live one: which run becomes a ghost at a restart, how many are
 * kept, and the Compare menu's Clear ghosts and Keep ghosts.
 */
final class Ghosts {
    private final MainView view;
    /** Marks the view for redrawing and redraws it, after the ghosts were cleared. */
    private final Runnable afterClear;
    /** Earlier runs kept faded behind the live one (newest last), until cleared or the data changes. */
    private final List<LivePlots.Ghost> ghosts = new ArrayList<>();
    /** A slider drag restarts the run many times; only the run from before the drag becomes a ghost. */
    private boolean ghostTakenThisDrag;

    Ghosts(MainView view, Runnable afterClear) {
        this.view = view;
        this.afterClear = afterClear;
    }

    void bind() {
        view.clearGhosts.setOnAction(e -> clear());
        view.keepGhosts.selectedProperty().addListener((obs, was, on) -> {
            if (!on) {
                clear();
            }
        });
    }

    /**
     * Before a restart: the run being replaced becomes a ghost if it got anywhere (one run on screen,
     * at least one epoch, not a moment of a slider drag) and the next run will not simply retrace it
     * (Reset, or Play after the end, with the same settings). Ghosts of other data or another model no
     * longer fit the charts and are dropped.
     */
    void keep(RunConfig next, List<RunTrack> tracks, RunTrack track) {
        if (!ghosts.isEmpty() && (ghosts.get(0).config().model() != next.model()
                || !ghosts.get(0).config().data().equals(next.data()))) {
            ghosts.clear();
        }
        boolean dragging = view.learningRate.slider().isValueChanging() || view.momentum.isValueChanging();
        if (!dragging) {
            ghostTakenThisDrag = false;
        }
        if (tracks.size() != 1 || track.completedEpochs() == 0 || (dragging && ghostTakenThisDrag)
                || !view.keepGhosts.isSelected()) {
            return;
        }
        RunConfig old = track.config();
        if (old.model() != next.model() || !old.data().equals(next.data()) || retraces(old, next)) {
            return;
        }
        ghostTakenThisDrag = dragging;
        String label = "before: " + dev.descent.workspace.RunLabel.of(old)
                + (java.util.Arrays.equals(old.init(), next.init()) ? "" : ", from " + ControlsBinder.formatInit(old.init()));
        ghosts.removeIf(g -> g.label().equals(label));
        ghosts.add(LivePlots.Ghost.of(label, track));
        while (ghosts.size() > dev.descent.charts.ChartStyle.MAX_GHOSTS) {
            ghosts.remove(0);
        }
    }

    /** Whether a run of {@code next} takes the same path as {@code old} (on the same data and model): only its length may differ. */
    static boolean retraces(RunConfig old, RunConfig next) {
        return old.optimizer().equals(next.optimizer()) && old.batchSize() == next.batchSize()
                && old.shuffle() == next.shuffle() && (!old.shuffle() || old.seed() == next.seed())
                && java.util.Arrays.equals(old.init(), next.init());
    }

    /** Forgets every ghost without redrawing (a new lecture starts clean; its restart draws). */
    void forget() {
        ghosts.clear();
    }

    void clear() {
        ghosts.clear();
        afterClear.run();
    }

    /** The ghosts to draw, oldest first. */
    List<LivePlots.Ghost> list() {
        return ghosts;
    }

    int count() {
        return ghosts.size();
    }
}
