package dev.descent.app;

import dev.descent.app.engine.RunFeed;
import dev.descent.app.engine.ScreenLoad;
import dev.descent.app.view.ChartPainter;
import dev.descent.app.view.MainView;
import dev.descent.core.train.RunConfig;
import dev.descent.core.train.StopReason;
import dev.descent.core.train.Verdict;
import dev.descent.workspace.Playback;
import org.jfree.chart.JFreeChart;

import java.util.List;

/**
 * Draws the runs' feeds. Once per frame ({@link FrameLoop}) it takes what the worker produced since the
 * last frame ({@link RunTrack}) and has {@link LivePlots} redraw each chart at most once, within a budget
 * of the FX thread's time; it words the status line, the notes under the charts, the update panel
 * ({@link ExplanationPanel}) and the log ({@link LogPane}) for the selected run at the epoch the
 * {@link Timeline} shows, with earlier runs kept by {@link Ghosts}. It changes nothing the teacher edits:
 * what runs and which run is followed are the controller's, read through {@link Runs}.
 */
final class Screen {
    /**
     * At most this many new epochs are taken into the charts per frame, to keep each frame short. When
     * taking them (the drain and the cost curve's append) runs over {@link #DRAIN_BUDGET_NANOS}, the
     * next frame takes half as many, down to {@link #MIN_EPOCHS_PER_FRAME}; a drain on time doubles it
     * back. Meanwhile the worker waits for room (the feed holds it at 32,768 unread epochs), which leaves
     * the processor to the screen and the JIT while the window warms up or the machine is busy. Only the
     * drain is timed: drawing costs the same however many epochs came in.
     */
    static final int MAX_EPOCHS_PER_FRAME = 10_000;
    static final int MIN_EPOCHS_PER_FRAME = 250;
    /**
     * A frame's share of the FX thread for its work (a quarter of a 60 Hz frame). Past it, charts that
     * still need drawing wait for the next frame, so a slow frame (a cold start, a busy machine) spreads
     * its charts over two or three frames instead of holding up input and animation.
     */
    static final long FRAME_BUDGET_NANOS = 4_000_000;
    /** The part of {@link #FRAME_BUDGET_NANOS} that taking new epochs may use before the next frame takes fewer. */
    static final long DRAIN_BUDGET_NANOS = 2_000_000;
    /**
     * While a run streams faster than {@link #TEXT_EVERY_EPOCH_UP_TO} epochs a second, the update panel
     * and the log change at most this often (8 times a second): faster than that nobody reads them,
     * and each change costs the window a layout pass. The charts and the status line still follow
     * every frame.
     */
    static final long TEXT_PERIOD_NANOS = 125_000_000L;
    /** Up to this speed (epochs a second) the update panel and the log follow every epoch, in step with the status line. */
    static final double TEXT_EVERY_EPOCH_UP_TO = 30;
    /** Compared runs streaming faster than {@link #TEXT_EVERY_EPOCH_UP_TO} rebuild their charts at most this often. */
    static final long COMPARE_PERIOD_NANOS = 50_000_000L;

    /** What the screen shows, as the controller keeps it. */
    interface Runs {
        /** One track per compared run, in the runs' order. */
        List<RunTrack> tracks();

        /** The selected run's track, or null before the first run: the status line, the log, the update panel and the timeline follow it. */
        RunTrack selected();

        /** The playback table's state. */
        Playback playback();

        /** What the status line says the selected run is doing. */
        RunStatus status();

        /** Every run has ended: the playback table hears of it. */
        void allEnded();

        /** "1 · GD lr 0.1", … for each run now training. */
        List<String> labels();
    }

    private final AppViewModel vm;
    private final MainView view;
    private final LivePlots plots;
    private final ChartPlaces chartPlaces;
    private final Runs runs;
    private final Timeline timeline;
    private final Ghosts ghosts;
    private final LogPane logPane;
    private final ExplanationPanel explanation;
    private final FrameLoop frameLoop;
    private final ChartPainter painter;
    /**
     * After a restart, the picture each place (fit, cost, landscape) must be showing for the new run to be
     * on screen everywhere: null until the frame that first asked for all three.
     */
    private long[] newRunPictures;
    private boolean awaitingNewRun;

    /** The cost chart went to a log scale by itself when a run diverged; the next run puts it back. */
    private boolean logScaleForDivergence;
    /** A run (the selected one or a compared one) has diverged since the last restart. */
    private boolean divergenceSeen;
    private boolean viewDirty = true;
    private long textShownNanos;
    private long compareShownNanos;
    /** The compared runs' charts skipped a rebuild to keep to {@link #COMPARE_PERIOD_NANOS}; a later frame does it. */
    private boolean compareWaiting;
    private int epochsPerFrame = MAX_EPOCHS_PER_FRAME;
    private long frameBudgetNanos = FRAME_BUDGET_NANOS;
    /** A run was started since the last frame: that frame has no budget. */
    private boolean restarted;
    /** Told when the screen works and when new runs are on it; none until set. */
    private ScreenLoad load;

    Screen(AppViewModel vm, MainView view, LivePlots plots, ChartPlaces chartPlaces, ChartPainter painter, Runs runs) {
        this.painter = painter;
        this.vm = vm;
        this.view = view;
        this.plots = plots;
        this.chartPlaces = chartPlaces;
        this.runs = runs;
        this.timeline = new Timeline(view, runs::selected,
                () -> runs.tracks().stream().mapToInt(RunTrack::completedEpochs).max().orElse(0), this::markDirty);
        this.logPane = new LogPane(view.log, view.logTab);
        this.ghosts = new Ghosts(view, () -> {
            viewDirty = true;
            redraw();
        });
        this.frameLoop = new FrameLoop(this::onFrame);
        this.explanation = new ExplanationPanel(view.explanationTitle, view.explanation);
        for (var place : new dev.descent.app.view.ChartPicture[] {view.fitViewer, view.costViewer, view.landscapeViewer}) {
            place.addOnPicture(this::releaseIfShown);
        }
    }

    /**
     * Trainers give way to the screen's work in {@code load} on a crowded machine, and new runs wait
     * there until their pictures are up.
     */
    void setLoad(ScreenLoad load) {
        this.load = load;
        frameLoop.setLoad(load);
    }

    /** A picture came up: once the new runs show in all three places, they are let go. */
    private void releaseIfShown() {
        if (load != null && chartsShowCurrentRun()) {
            load.release();
        }
    }

    Timeline timeline() {
        return timeline;
    }

    Ghosts ghosts() {
        return ghosts;
    }

    FrameLoop frameLoop() {
        return frameLoop;
    }

    /**
     * Starts the frame loop. The window's first frames take the usual budget: nothing on screen is moving
     * yet, and showing the window a frame sooner matters more than the three charts appearing in the same one.
     */
    void start() {
        restarted = false;
        frameLoop.start();
    }

    void stop() {
        frameLoop.stop();
    }

    /** Something shown changed: the next frame draws, even with nothing new from the runs. */
    void markDirty() {
        viewDirty = true;
    }

    /** Which parameter the landscape shows for {@code config}: the one chosen, or its last. */
    int landscapeParameter(RunConfig config) {
        return Math.min(vm.landscapeParameterProperty().get(), config.model().parameterCount() - 1);
    }

    /**
     * Before {@code runs} new runs start on {@code config}: they wait for their pictures on a crowded
     * machine, a log scale taken for a divergence goes back, and the charts are cleared.
     */
    void clearFor(RunConfig config, int runs) {
        if (load != null) {
            load.holdForNewRun(runs);
        }
        divergenceSeen = false;
        if (logScaleForDivergence) {
            logScaleForDivergence = false;
            vm.logScaleProperty().set(false);
        }
        plots.clearFor(config, landscapeParameter(config));
    }

    /** New runs started, following {@code selected}: the next frame draws them whatever it takes. */
    void newRuns(RunTrack selected) {
        showLimit(selected);
        logPane.follow(selected);
        timeline.followNewest();
        // The next frame draws the new run, once per chart: a dragged slider restarts many times a frame.
        viewDirty = true;
        restarted = true;
        awaitingNewRun = true;
        newRunPictures = null;
        compareShownNanos = System.nanoTime() - COMPARE_PERIOD_NANOS; // the new runs' overlaid charts too
        frameLoop.frameNow();
    }

    /** Another run is followed, without restarting: its limit, its costs and its log, drawn now. */
    void follow(RunTrack selected) {
        showLimit(selected);
        plots.showCosts(selected.history());
        logPane.follow(selected);
        viewDirty = true;
        redraw();
    }

    /** The learning-rate slider's red mark for the selected run's optimizer on this data. */
    private void showLimit(RunTrack selected) {
        vm.setStabilityLimit(StatusLine.limitMark(selected.config(), plots.quadraticFor(selected.config())));
    }

    /** The button says what Space does: Pause while runs go on, Play otherwise. */
    void showPlayButton() {
        view.play.setText(runs.playback().goesOn() ? "Pause" : "Play");
    }

    // ---- the frame loop -------------------------------------------------------------------------

    /** Once per frame: takes what is new from the worker and redraws each chart at most once. */
    private void onFrame() {
        long start = System.nanoTime();
        // The first frame of a new run (a setting changed) draws all three charts whatever it takes, so
        // that the new run's line, cost and point appear together as the slider moves.
        long deadline = restarted || frameBudgetNanos == Long.MAX_VALUE ? Long.MAX_VALUE : start + frameBudgetNanos;
        List<RunTrack> tracks = runs.tracks();
        RunTrack track = runs.selected();
        boolean news = tracks.stream().anyMatch(RunTrack::hasNews);
        if (track == null || (!news && !viewDirty && !plots.pending() && !compareWaiting)) {
            painter.flush();
            return;
        }
        for (RunTrack t : tracks) {
            if (!t.hasNews()) {
                continue;
            }
            RunFeed.Update update = t.drain(epochsPerFrame);
            if (t == track) {
                plots.appendCosts(update);
            }
        }
        epochsPerFrame = nextEpochsPerFrame(epochsPerFrame, System.nanoTime() - start > DRAIN_BUDGET_NANOS);
        Playback.Mode mode = runs.playback().mode();
        if (tracks.stream().allMatch(t -> t.result() != null)
                && (mode == Playback.Mode.PLAYING || mode == Playback.Mode.PAUSED)) {
            runs.allEnded();
        }
        redraw(deadline);
        viewDirty = false;
        restarted = false;
        // The frame's changes go to the painter together: the three charts of one state appear together.
        painter.flush();
        if (awaitingNewRun && (tracks.size() > 1 || plots.showsCurrentRun())) {
            awaitingNewRun = false;
            newRunPictures = new long[] {view.fitViewer.version(), view.costViewer.version(),
                    view.landscapeViewer.version()};
            // Places with nothing new to draw already show the new runs: no picture will come to say so.
            releaseIfShown();
        }
    }

    /** Sets the frame's budget (tests squeeze it to force charts to wait); {@code Long.MAX_VALUE} for none. */
    void setFrameBudgetNanos(long nanos) {
        frameBudgetNanos = nanos;
    }

    /** How many epochs the next frame takes, after one that took {@code taken} and was {@code late} taking them or not. */
    static int nextEpochsPerFrame(int taken, boolean late) {
        return late ? Math.max(MIN_EPOCHS_PER_FRAME, taken / 2) : Math.min(MAX_EPOCHS_PER_FRAME, taken * 2);
    }

    /** Draws the current state into every chart and the status line. */
    void redraw() {
        redraw(Long.MAX_VALUE);
    }

    /**
     * Draws the current state into the charts and the status line; past {@code deadlineNanos} the
     * charts not yet drawn wait for the next frame ({@link LivePlots#draw(RunTrack, int, int, int, List, long)}).
     */
    private void redraw(long deadlineNanos) {
        RunTrack track = runs.selected();
        if (track == null) {
            return;
        }
        List<RunTrack> tracks = runs.tracks();
        Playback playback = runs.playback();
        RunConfig config = track.config();
        int j = landscapeParameter(config);
        LivePlots.Reading r = plots.draw(track, j, (int) view.landscapeViewer.getWidth(), timeline.viewEpoch(),
                tracks.size() == 1 ? ghosts.list() : List.of(), deadlineNanos);
        List<String> labels = runs.labels();
        if (chartPlaces.surfaceShown()) {
            plots.drawSurface(tracks, labels, j, timeline.viewEpoch());
        }
        long now = System.nanoTime();
        boolean fastSpeed = vm.speedProperty().get() > TEXT_EVERY_EPOCH_UP_TO;
        boolean streamingFast = fastSpeed && playback.goesOn() && track.result() == null;
        // Compared runs' charts are built anew each time (about 15 ms for three); while any run streams
        // fast they are rebuilt at most 20 times a second (the status follows the selected run only, which
        // may have ended while others go on), and the frame after the last epoch always rebuilds.
        boolean comparingFast = tracks.size() > 1 && fastSpeed && playback.goesOn()
                && tracks.stream().anyMatch(t -> t.result() == null || t.hasNews());
        compareWaiting = comparingFast && now - compareShownNanos < COMPARE_PERIOD_NANOS;
        if (!compareWaiting) {
            chartPlaces.showCharts(tracks, labels, timeline.viewEpoch());
            compareShownNanos = now;
        }
        timeline.show(track);
        int viewEpoch = timeline.viewEpoch();
        boolean live = viewEpoch < 0 || viewEpoch >= track.completedEpochs();
        if (!streamingFast || now - textShownNanos >= TEXT_PERIOD_NANOS) {
            explanation.show(track, live ? track.completedEpochs() : viewEpoch, live);
            logPane.refresh();
            textShownNanos = now;
        }
        String note = chartPlaces.surfaceShown() ? ChartNotes.surfaceNote(config, j)
                : ChartNotes.landscapeNote(config, r.params(), j);
        if (!note.equals(view.landscapeNote.getText())) {
            view.landscapeNote.setText(note);
            view.landscapeNote.getTooltip().setText(note.replace(" · ", "\n"));
        }
        // A refused setting stays refused (the field stays red) until it is fixed, the run ended or not.
        boolean refused = playback.refused();
        Verdict verdict = track.verdict();
        RunStatus status = runs.status();
        if (!divergenceSeen && tracks.stream().anyMatch(t -> t.verdict().kind() == Verdict.Kind.DIVERGING
                || (t.result() != null && t.result().reason() == StopReason.DIVERGED))) {
            // An exploding cost flattens a linear axis; on a log scale the growth reads as a straight line.
            // Once per run: a teacher who then unticks the box keeps the linear axis.
            divergenceSeen = true;
            if (!vm.logScaleProperty().get()) {
                logScaleForDivergence = true;
                vm.logScaleProperty().set(true);
            }
        }
        String numbers = viewEpoch >= 0 && viewEpoch < track.completedEpochs()
                ? StatusLine.lookingBack(StatusLine.text(config, viewEpoch, r.params(), r.cost(), r.gradient(), null,
                status, verdict), track.completedEpochs())
                : StatusLine.text(config, track.completedEpochs(), r.params(), r.cost(), r.gradient(), track.result(),
                status, verdict);
        if (tracks.size() > 1) {
            List<dev.descent.io.Session.Run> workspaceRuns = vm.workspace().runs();
            int k = tracks.indexOf(track);
            numbers = StatusLine.ofRun(k, workspaceRuns.get(Math.min(k, workspaceRuns.size() - 1)).label(), numbers);
        }
        String text = numbers;
        if (refused) {
            // The runs go on (or stay held) as they were.
            boolean nothingYet = track.result() == null && track.completedEpochs() == 0 && track.latestStep() == null;
            text = StatusLine.refusedFirst(vm.refusal(), numbers, nothingYet);
        }
        vm.setLive(status, text, track.completedEpochs(), r.params(), r.cost(), r.gradient());
        vm.setWarning(!refused && StatusLine.isWarning(track.result(), verdict));
        showPlayButton();
    }

    /** Whether a chart the last frame had no time for is still to be drawn. */
    boolean chartsPending() {
        return plots.pending();
    }

    /** Whether each of the three places shows a picture drawn since the current run started. */
    boolean chartsShowCurrentRun() {
        long[] wanted = newRunPictures;
        return wanted != null && view.fitViewer.shownVersion() >= wanted[0]
                && view.costViewer.shownVersion() >= wanted[1] && view.landscapeViewer.shownVersion() >= wanted[2];
    }

    /** Copies of the three charts on screen now (compared runs, the surface), safe to render on another thread. */
    Exporter.ChartSet chartsForExport() {
        if (plots.pending() || compareWaiting) {
            // A chart the last frame had no time for, or compared runs' charts held back, are brought up
            // to date first.
            compareShownNanos = System.nanoTime() - COMPARE_PERIOD_NANOS;
            redraw();
        }
        // The screen's compared cost chart names runs by number beside the runs bar; a picture for a slide
        // has no runs bar, so it gets the runs' whole labels.
        List<RunTrack> tracks = runs.tracks();
        if (tracks.size() > 1) {
            // Compared runs' charts are built for the picture here, as the screen builds them.
            LivePlots.CompareSet set = plots.compare(tracks, runs.labels(), timeline.viewEpoch(),
                    (int) view.landscapeViewer.getWidth(), vm.logScaleProperty().get(), new float[] {1f, 1f, 1f}, 1f);
            JFreeChart landscape = chartPlaces.surfaceShown()
                    ? view.landscapeViewer.readDrawn(c -> LivePlots.copyForExport(c, plots.theme()))
                    : LivePlots.copyForExport(set.landscape().get(), plots.theme());
            JFreeChart cost = dev.descent.charts.CompareCharts.costChart(LivePlots.traces(tracks, runs.labels()),
                    vm.logScaleProperty().get());
            return new Exporter.ChartSet(LivePlots.copyForExport(set.fit().get(), plots.theme()),
                    LivePlots.copyForExport(cost, plots.theme()), landscape);
        }
        // Copies of the charts as the painter draws them: the landscape's curve and path are worked out there.
        return new Exporter.ChartSet(view.fitViewer.readDrawn(c -> LivePlots.copyForExport(c, plots.theme())),
                view.costViewer.readDrawn(c -> LivePlots.copyForExport(c, plots.theme())),
                view.landscapeViewer.readDrawn(c -> LivePlots.copyForExport(c, plots.theme())));
    }
}
