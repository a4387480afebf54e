package dev.descent.app;

import dev.descent.app.engine.RunEngine;
import dev.descent.app.engine.RunFeed;
import dev.descent.app.view.MainView;
import dev.descent.charts.ChartText;
import dev.descent.core.Model;
import dev.descent.core.analysis.Stability;
import dev.descent.core.train.RunConfig;
import dev.descent.lecture.Comparisons;
import dev.descent.lecture.LogStyle;
import dev.descent.lecture.Preset;
import dev.descent.lecture.Presets;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.scene.input.MouseButton;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the window: any settings change cancels the run and starts the new one at once; playback
 * buttons drive the worker; once per frame ({@link FrameLoop}) it takes what the worker produced
 * since the last frame ({@link RunTrack}) and has {@link LivePlots} redraw each chart at most once.
 * All of this runs on the FX thread, and none of it trains: the worker does that ({@link RunEngine}).
 * The controls are tied to the view-model by {@link ControlsBinder}; the runs bar and the Compare menu
 * are {@link RunsBar}, the epoch shown is {@link Timeline}'s, earlier runs are kept by {@link Ghosts},
 * and {@link ChartPlaces} puts each chart in its place.
 */
public final class MainController {
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

    private final AppViewModel vm;
    private final MainView view;
    private final RunEngine engine;
    private final LivePlots plots;
    private final Exporter exporter;
    private final ControlsBinder controls;
    private final FrameLoop frameLoop;
    private final ExplanationPanel explanation;
    private final DataEditing dataEditing;
    private final FileActions fileActions;
    private final ChartPlaces chartPlaces;
    private final Timeline timeline;
    private final Ghosts ghosts;
    private final RunsBar runsBar;

    /** One track per compared run, in the runs' order. */
    private final List<RunTrack> tracks = new ArrayList<>();
    /** The selected run's track: the status line, the log, the update panel and the timeline follow it. */
    private RunTrack track;
    /** The cost chart went to a log scale by itself when a run diverged; the next run puts it back. */
    private boolean logScaleForDivergence;
    /** A run (the selected one or a compared one) has diverged since the last restart. */
    private boolean divergenceSeen;
    private boolean loading;
    private boolean viewDirty = true;
    private final LogPane logPane;
    private long textShownNanos;
    private long compareShownNanos;
    /** The compared runs' charts skipped a rebuild to keep to {@link #COMPARE_PERIOD_NANOS}; a later frame does it. */
    private boolean compareWaiting;
    private int epochsPerFrame = MAX_EPOCHS_PER_FRAME;
    private long frameBudgetNanos = FRAME_BUDGET_NANOS;
    /** A run was started since the last frame: that frame has no budget. */
    private boolean restarted;
    /** Whether the run was held (ready or paused) when the settings last stopped being valid. */
    private boolean heldBeforeInvalid = true;
    /** Whether the engine plays (not held): compared runs may go on after the selected one has ended. */
    private boolean enginePlaying;

    public MainController(AppViewModel vm, MainView view, RunEngine engine, LivePlots plots, Exporter exporter) {
        this.vm = vm;
        this.view = view;
        this.engine = engine;
        this.plots = plots;
        this.exporter = exporter;
        this.controls = new ControlsBinder(vm, view);
        this.chartPlaces = new ChartPlaces(vm, view, plots);
        this.timeline = new Timeline(view, () -> track,
                () -> tracks.stream().mapToInt(RunTrack::completedEpochs).max().orElse(0), () -> viewDirty = true);
        this.logPane = new LogPane(view.log, view.logTab);
        this.ghosts = new Ghosts(view, () -> {
            viewDirty = true;
            redraw();
        });
        this.runsBar = new RunsBar(vm, view, controls, this);
        this.frameLoop = new FrameLoop(this::onFrame, plots.charts());
        frameLoop.watch(plots.surface().chart());
        this.explanation = new ExplanationPanel(view.explanationTitle, view.explanation);
        HoverReadout hover = new HoverReadout(view.readout, () -> track,
                () -> track == null ? 0 : landscapeParameter(track.config()),
                () -> LivePlots.surfaceAxes(vm.modelProperty().get(), track == null ? 0 : landscapeParameter(track.config())),
                chartPlaces::surfaceShown);
        hover.watch(view.fitViewer, view.costViewer, view.landscapeViewer);
        // The readout reads the line shown, and again whenever it moves under a still mouse.
        hover.readParamsFrom(vm.paramsProperty()::get);
        hover.refreshOn(vm.paramsProperty(), vm.epochProperty());
        this.fileActions = new FileActions(vm, view, exporter, this, this::traces);
        // An edit that cannot be made is a note in the toolbar: the run and the settings are as they were.
        this.dataEditing = new DataEditing(view.fitViewer, vm.dataProperty()::get, vm.dataProperty()::set,
                view::showNote);
        controls.bind();
        controls.setOnAccepted(this::settingsAccepted);
        listen();
    }

    /** Loads the first preset, ready to play, and starts the frame loop. */
    public void start() {
        view.preset.getSelectionModel().select(Presets.first());
        // The window's first frames take the usual budget: nothing on screen is moving yet, and showing
        // the window a frame sooner matters more than the three charts appearing in the same one.
        restarted = false;
        frameLoop.start();
    }

    public void stop() {
        frameLoop.stop();
        engine.close();
    }

    /** What happens when a setting or a button changes something. */
    private void listen() {
        view.preset.valueProperty().addListener((obs, old, p) -> {
            if (p != null && !loading) {
                applyPreset(p);
            }
        });
        view.setOnLectureChosenAgain(p -> {
            if (!loading) {
                applyPreset(p);
            }
        });
        vm.dataProperty().addListener((obs, old, d) -> {
            Preset p = view.preset.getValue();
            if (!loading && p != null && d != null && !d.equals(p.config().data())) {
                // Edited, generated or imported data: the box stops naming the lecture as if it were being
                // replayed, and choosing the lecture brings its own data back.
                loading = true;
                try {
                    nameOwnData(p);
                } finally {
                    loading = false;
                }
            }
        });
        vm.modelProperty().addListener((obs, old, m) -> {
            if (!loading && m != null && old != m) {
                loading = true;
                vm.initProperty().set(new double[m.parameterCount()]);
                loading = false;
            }
        });
        vm.optimizerProperty().addListener((obs, old, kind) -> {
            if (!loading && kind != null && old != null && kind != old) {
                vm.learningRateProperty().set(kind.defaultLr());
            }
        });
        ChangeListener<Object> restart = (obs, old, v) -> {
            if (!loading) {
                int i = vm.selectedRunProperty().get();
                if (i < vm.runs().size()) {
                    vm.runs().set(i, vm.editedSpec());
                }
                restart(holdsOnChange(vm.statusProperty().get()));
            }
        };
        for (var p : List.of(vm.modelProperty(), vm.batchModeProperty(), vm.miniBatchSizeProperty(),
                vm.optimizerProperty(), vm.learningRateProperty(), vm.momentumProperty(), vm.dampeningProperty(),
                vm.nesterovProperty(), vm.epochsProperty(), vm.initProperty(), vm.dataProperty())) {
            p.addListener(restart);
        }
        vm.speedProperty().addListener((obs, old, s) -> engine.setSpeed(s.doubleValue()));
        vm.statusProperty().addListener((obs, old, now) -> {
            if (now == RunStatus.INVALID && old != null && old != RunStatus.INVALID) {
                heldBeforeInvalid = holdsOnChange(old);
            }
            showPlayButton(); // the play button is the controller's: it follows the runs, not only the status
        });
        vm.logScaleProperty().addListener((obs, old, on) -> {
            plots.cost().setLogScale(on);
            viewDirty = true; // compared runs' cost chart is rebuilt with the scale at the next frame
        });
        vm.landscapeParameterProperty().addListener((obs, old, j) -> viewDirty = true);
        view.landscapeViewer.getCanvas().setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1) {
                if (chartPlaces.surfaceShown()) {
                    startFromSurfaceClick(e.getX(), e.getY());
                } else {
                    startFromLandscapeClick(e.getX(), e.getY());
                }
            }
        });
        view.surface.selectedProperty().addListener((obs, was, on) -> {
            chartPlaces.showLandscapeOrSurface();
            viewDirty = true;
        });
        vm.modelProperty().addListener((obs, old, m) -> chartPlaces.showLandscapeOrSurface());

        DataEditing.plainMouse(view.costViewer);
        DataEditing.plainMouse(view.landscapeViewer);
        chartPlaces.bind();

        view.play.setOnAction(e -> togglePlay());
        view.step.setOnAction(e -> stepEpoch());
        view.stepUpdate.setOnAction(e -> stepUpdate());
        view.reset.setOnAction(e -> reset());
        view.exportAll.setOnAction(e -> exportAllWithPrompt());
        view.exportAllItem.setOnAction(e -> exportAllWithPrompt());
        view.exportHistory.setOnAction(e -> {
            if (track != null) {
                exporter.promptExportCsv(view.getScene().getWindow(), track.config().model().parameterNames(),
                        track.history(), track.history().size() == track.completedEpochs());
            }
        });
        // Quit does what closing the window does (the window remembers its size, then the app ends).
        view.quit.setOnAction(e -> view.getScene().getWindow().fireEvent(new javafx.stage.WindowEvent(
                view.getScene().getWindow(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        view.shortcuts.setOnAction(e -> showShortcuts());
        ghosts.bind();
        runsBar.bind();
        timeline.bind();
        fileActions.bind();
    }

    // ---- compared runs (the bar and the Compare menu are in RunsBar) ------------------------------

    /** Adds a copy of the selected run, selected, to change and race against the others. */
    public void addRun() {
        runsBar.addRun();
    }

    public void removeRun() {
        runsBar.removeRun();
    }

    /** Whether settings are being loaded, so that their changes must not restart or select anything yet. */
    boolean loading() {
        return loading;
    }

    /** Runs {@code change} with restarts held back; the caller restarts afterwards if it needs to. */
    void whileLoading(Runnable change) {
        loading = true;
        try {
            change.run();
        } finally {
            loading = false;
        }
    }

    /** Shows run {@code i}'s settings in the controls and follows it, without restarting anything. */
    void selectRun(int i) {
        if (i < 0 || i >= vm.runs().size()) {
            return;
        }
        loading = true;
        try {
            vm.showSpec(vm.runs().get(i));
            controls.showDampening();
        } finally {
            loading = false;
        }
        if (i < tracks.size()) {
            track = tracks.get(i);
            RunStatus s = vm.statusProperty().get();
            if (track.result() == null && s != RunStatus.INVALID) {
                // This run goes on, playing or held, whatever the one selected before did (an ended run gets
                // its status at the redraw below).
                vm.setStatus(enginePlaying ? RunStatus.RUNNING : s == RunStatus.READY ? RunStatus.READY : RunStatus.PAUSED, "");
            }
            plots.showCosts(track.history());
            logPane.follow(track);
            view.stepUpdate.setDisable(tracks.stream().allMatch(t -> t.config().isFullBatch()));
            viewDirty = true;
            redraw();
        }
    }

    /** "1 · GD lr 0.1", … for each run now training. */
    private List<String> runLabels() {
        List<String> labels = new ArrayList<>();
        for (int k = 0; k < tracks.size(); k++) {
            labels.add((k + 1) + " · " + (k < vm.runs().size() ? vm.runs().get(k).label() : "run"));
        }
        return labels;
    }

    /** The runs as far as they have got (for the animation). */
    List<dev.descent.charts.RunTrace> traces() {
        return tracks.isEmpty() ? List.of() : LivePlots.traces(tracks, runLabels());
    }

    /** The lecture box over data that are not the lecture's: "Your data · Lecture 1 · …", no lecture chosen. */
    private void nameOwnData(Preset p) {
        view.preset.getSelectionModel().clearSelection();
        view.preset.setPromptText("Your data · " + p.displayName());
    }

    /** Opens a saved session: its data, every run, the lecture it came from; ready to play. */
    public void applySession(dev.descent.io.Session s) {
        Preset p = s.presetId() == null ? null : Presets.byId(s.presetId());
        List<RunConfig> configs = new ArrayList<>();
        for (dev.descent.io.Session.Run r : s.runs()) {
            configs.add(r.config());
        }
        loading = true;
        try {
            vm.presetProperty().set(p);
            if (p != null && p.config().data().equals(s.data())) {
                view.preset.getSelectionModel().select(p);
            } else if (p != null) {
                nameOwnData(p);
            }
            vm.loadAll(configs);
            controls.clearRefusals(); // every field now shows the session's value
            view.description.setText((p != null ? p.description() + " " : "") + "Opened from a saved session: "
                    + s.data().size() + " points, " + s.runs().size() + " run" + (s.runs().size() == 1 ? "" : "s") + ".");
            view.init.setText(ControlsBinder.formatInit(configs.get(0).init()));
            controls.showDampening();
        } finally {
            loading = false;
        }
        runsBar.show();
        restart(true);
    }

    /** Loads a ready-made comparison: the lecture's settings, every run, ready to play. */
    public void applyComparison(Comparisons.Comparison c) {
        runsBar.applyComparison(c);
    }

    // ---- ghosts and timeline (in Ghosts and Timeline) -------------------------------------------

    public void clearGhosts() {
        ghosts.clear();
    }

    int ghostCount() {
        return ghosts.count();
    }

    /** Shows the epoch {@code k} (after k epochs) on the charts and panels; for tests and keys. */
    public void showEpoch(int k) {
        timeline.showEpoch(k);
    }

    private void showShortcuts() {
        dev.descent.app.view.ShortcutsSheet.show(view.getScene().getWindow(), view.getStylesheets());
    }

    /** Sizes the charts' text for presentation mode (larger) or not. */
    void setPresenting(boolean on) {
        chartPlaces.setPresenting(on);
        viewDirty = true;
    }

    /** Draws every chart in {@code theme}'s colours from now on. */
    void setChartTheme(dev.descent.charts.ChartTheme theme) {
        plots.setTheme(theme);
        viewDirty = true;
    }

    // ---- runs -----------------------------------------------------------------------------------

    /** Loads a lecture preset: its settings, ready to play. */
    public void applyPreset(Preset p) {
        loading = true;
        try {
            vm.presetProperty().set(p);
            vm.load(p.config());
            controls.clearRefusals(); // every field now shows the lecture's own value
            view.description.setText(p.description());
            view.init.setText(ControlsBinder.formatInit(p.config().init()));
            controls.showDampening();
        } finally {
            loading = false;
        }
        restart(true);
        // Another lecture is another lesson: runs of the one before would read as part of it.
        ghosts.forget();
    }

    /** Cancels the current runs and starts every run compared from the starting parameters. */
    void restart(boolean paused) {
        List<RunConfig> configs;
        try {
            configs = vm.toRunConfigs();
        } catch (IllegalArgumentException e) {
            // The runs on screen stay as they were, playing or held, as for a field the controls refuse.
            vm.setStatus(RunStatus.INVALID, "Not run: " + e.getMessage());
            return;
        }
        RunConfig config = configs.get(0);
        Model m = config.model();
        vm.setStabilityLimit(Stability.plainLimit(plots.quadraticFor(config)));
        view.initLabel.setText("Start (" + String.join(", ", m.parameterNames()) + ")");
        boolean anyBatched = configs.stream().anyMatch(c -> !c.isFullBatch());
        view.fitNote.setText(config.data().size() + " points · model " + m.formula() + " · "
                + (anyBatched ? "highlighted: the batch of the current update" : "every point in every update"));
        List<String> names = m.parameterNames();
        if (!view.landscapeParameter.getItems().equals(names)) {
            view.landscapeParameter.setItems(FXCollections.observableArrayList(names));
            view.landscapeParameter.getSelectionModel().select(0);
        }
        view.stepUpdate.setDisable(!anyBatched);
        Preset p = vm.presetProperty().get();
        boolean lectureData = p != null && p.config().data().equals(config.data()) && p.config().model() == m;
        LogStyle style = lectureData ? p.logStyle() : LogStyle.EPOCH;
        double predictAt = lectureData ? p.predictAt() : Double.NaN;

        divergenceSeen = false;
        if (logScaleForDivergence) {
            logScaleForDivergence = false;
            vm.logScaleProperty().set(false);
        }
        plots.clearFor(config, landscapeParameter(config));
        List<RunEngine.Lane> lanes = new ArrayList<>();
        for (RunConfig c : configs) {
            lanes.add(new RunEngine.Lane(c, style, predictAt));
        }
        ghosts.keep(config, tracks, track);
        tracks.clear();
        for (RunFeed feed : engine.start(lanes, vm.speedProperty().get(), paused)) {
            tracks.add(new RunTrack(feed));
        }
        enginePlaying = !paused;
        int selected = Math.min(vm.selectedRunProperty().get(), tracks.size() - 1);
        track = tracks.get(selected);
        logPane.follow(track);
        timeline.followNewest();
        vm.setStatus(paused ? RunStatus.READY : RunStatus.RUNNING, "");
        showPlayButton();
        // The next frame draws the new run, once per chart: a dragged slider restarts many times a frame.
        viewDirty = true;
        restarted = true;
        compareShownNanos = System.nanoTime() - COMPARE_PERIOD_NANOS; // the new runs' overlaid charts too
    }

    /**
     * Whether a setting changed in this state restarts the run held at its start: yes when the run was
     * held (ready, paused), so a teacher who stopped to explain decides when it goes on; no when it was
     * playing or had ended, so a dragged slider shows its effect at once. After a setting that could not
     * run, the state before it counts.
     */
    private boolean holdsOnChange(RunStatus status) {
        if (status == RunStatus.INVALID) {
            return heldBeforeInvalid;
        }
        // An ended selected run whose compared runs were held with Space counts as held too.
        return status == RunStatus.READY || status == RunStatus.PAUSED
                || (status.isFinal() && anyGoing() && !enginePlaying);
    }

    /**
     * A field took a value and none is refused: if the settings can run, a refusal still shown gives way
     * to the runs' own status (a value typed equal to the one before restarts nothing that would).
     */
    private void settingsAccepted() {
        if (vm.statusProperty().get() != RunStatus.INVALID || track == null) {
            return;
        }
        try {
            vm.toRunConfigs();
        } catch (IllegalArgumentException e) {
            return; // still refused as a whole; the line keeps saying why
        }
        vm.setStatus(runsGoOn() ? RunStatus.RUNNING
                : track.completedEpochs() > 0 ? RunStatus.PAUSED : RunStatus.READY, "");
        viewDirty = true;
    }

    /** Space and the Play button: holds the runs still going, or plays them (again from the start once all have ended). */
    public void togglePlay() {
        if (runsGoOn()) {
            pause();
        } else {
            play();
        }
    }

    /** Whether a run on screen (the selected one or a compared one) is still going: not ended, not refused. */
    private boolean anyGoing() {
        return tracks.stream().anyMatch(t -> t.result() == null);
    }

    /** Whether runs are going on right now: the engine plays and some run has not ended. */
    private boolean runsGoOn() {
        return enginePlaying && anyGoing();
    }

    /**
     * Plays the runs still going; once every run has ended, plays them again from the start. While a
     * setting is refused it resumes the runs as they were, with their old settings. The selected run's
     * status says running unless it has ended (compared runs may go on after it) or a setting is refused.
     */
    public void play() {
        RunStatus s = vm.statusProperty().get();
        if (!anyGoing()) {
            if (s != RunStatus.INVALID) {
                restart(false);
            }
            return;
        }
        engine.play();
        enginePlaying = true;
        if (s == RunStatus.INVALID) {
            heldBeforeInvalid = false;
        } else if (!s.isFinal()) {
            vm.setStatus(RunStatus.RUNNING, vm.statusTextProperty().get());
        }
        showPlayButton();
        viewDirty = true;
    }

    /** Holds every run still going; the selected run's status says paused unless it has ended or a setting is refused. */
    public void pause() {
        if (!enginePlaying) {
            return;
        }
        engine.pause();
        enginePlaying = false;
        heldAs(vm.statusProperty().get());
        showPlayButton();
        viewDirty = true;
    }

    /** After holding the runs: a refused setting remembers they were held; an ended run keeps its status. */
    private void heldAs(RunStatus s) {
        if (s == RunStatus.INVALID) {
            heldBeforeInvalid = true;
        } else if (!s.isFinal()) {
            vm.setStatus(RunStatus.PAUSED, vm.statusTextProperty().get());
        }
    }

    /** The button says what Space does: Pause while runs go on, Play otherwise. */
    private void showPlayButton() {
        view.play.setText(runsGoOn() ? "Pause" : "Play");
    }

    /** One epoch, then hold. After the end of a run it starts again from the beginning. */
    public void stepEpoch() {
        holdThen(engine::stepEpoch);
    }

    /** One update (one batch), then hold. */
    public void stepUpdate() {
        holdThen(engine::stepUpdate);
    }

    private void holdThen(Runnable step) {
        if (!anyGoing() && vm.statusProperty().get() != RunStatus.INVALID) {
            restart(true);
        }
        engine.pause();
        enginePlaying = false;
        step.run();
        heldAs(vm.statusProperty().get());
        showPlayButton();
        viewDirty = true;
    }

    public void reset() {
        restart(true);
    }

    private void startFromLandscapeClick(double x, double y) {
        var info = view.landscapeViewer.getCanvas().getRenderingInfo();
        if (info == null || info.getPlotInfo() == null) {
            return;
        }
        var area = info.getPlotInfo().getDataArea();
        if (!area.contains(x, y)) {
            return;
        }
        XYPlot plot = plots.landscape().chart().getXYPlot();
        double value = plot.getDomainAxis().java2DToValue(x, area, plot.getDomainAxisEdge());
        if (!Double.isFinite(value)) {
            return;
        }
        double[] start = vm.initProperty().get().clone();
        int j = Math.min(vm.landscapeParameterProperty().get(), start.length - 1);
        start[j] = DataEditing.roundToAxis(value, plot.getDomainAxis().getRange().getLength());
        vm.initProperty().set(start);
    }

    private void startFromSurfaceClick(double x, double y) {
        var info = view.landscapeViewer.getCanvas().getRenderingInfo();
        if (info == null || info.getPlotInfo() == null) {
            return;
        }
        plots.surface().dataAt(x, y, info.getPlotInfo().getDataArea())
                .flatMap(p -> plots.surface().startAt(p.getX(), p.getY()))
                .ifPresent(start -> {
                    double[] rounded = start.clone();
                    int[] axes = LivePlots.surfaceAxes(vm.modelProperty().get(),
                            landscapeParameter(track.config()));
                    rounded[axes[0]] = DataEditing.roundToAxis(start[axes[0]], plots.surface().acrossView().length());
                    rounded[axes[1]] = DataEditing.roundToAxis(start[axes[1]], plots.surface().upView().length());
                    vm.initProperty().set(rounded);
                });
    }

    private int landscapeParameter(RunConfig config) {
        return Math.min(vm.landscapeParameterProperty().get(), config.model().parameterCount() - 1);
    }

    // ---- the frame loop -------------------------------------------------------------------------

    /** Once per frame: takes what is new from the worker and redraws each chart at most once. */
    private void onFrame() {
        long start = System.nanoTime();
        // The first frame of a new run (a setting changed) draws all three charts whatever it takes, so
        // that the new run's line, cost and point appear together as the slider moves.
        long deadline = restarted || frameBudgetNanos == Long.MAX_VALUE ? Long.MAX_VALUE : start + frameBudgetNanos;
        boolean news = tracks.stream().anyMatch(RunTrack::hasNews);
        if (track == null || (!news && !viewDirty && !plots.pending() && !compareWaiting)) {
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
        redraw(deadline);
        viewDirty = false;
        restarted = false;
    }

    /** Sets the frame's budget (tests squeeze it to force charts to wait); {@code Long.MAX_VALUE} for none. */
    void setFrameBudgetNanos(long nanos) {
        frameBudgetNanos = nanos;
    }

    /** Whether a chart the last frame had no time for is still to be drawn. */
    boolean chartsPending() {
        return plots.pending();
    }

    /** Whether each of the three charts has been drawn since the current run started. */
    boolean chartsShowCurrentRun() {
        return plots.showsCurrentRun();
    }

    /** How many epochs the next frame takes, after one that took {@code taken} and was {@code late} taking them or not. */
    static int nextEpochsPerFrame(int taken, boolean late) {
        return late ? Math.max(MIN_EPOCHS_PER_FRAME, taken / 2) : Math.min(MAX_EPOCHS_PER_FRAME, taken * 2);
    }

    /** Draws the current state into every chart and the status line. */
    private void redraw() {
        redraw(Long.MAX_VALUE);
    }

    /**
     * Draws the current state into the charts and the status line; past {@code deadlineNanos} the
     * charts not yet drawn wait for the next frame ({@link LivePlots#draw(RunTrack, int, int, int, List, long)}).
     */
    private void redraw(long deadlineNanos) {
        if (track == null) {
            return;
        }
        RunConfig config = track.config();
        int j = landscapeParameter(config);
        LivePlots.Reading r = plots.draw(track, j, (int) view.landscapeViewer.getWidth(), timeline.viewEpoch(),
                tracks.size() == 1 ? ghosts.list() : List.of(), deadlineNanos);
        List<String> labels = runLabels();
        if (chartPlaces.surfaceShown()) {
            plots.drawSurface(tracks, labels, j, timeline.viewEpoch());
        }
        long now = System.nanoTime();
        boolean fastSpeed = vm.speedProperty().get() > TEXT_EVERY_EPOCH_UP_TO;
        RunStatus statusNow = vm.statusProperty().get();
        boolean streamingFast = fastSpeed && statusNow == RunStatus.RUNNING && track.result() == null;
        // Compared runs' charts are built anew each time (about 15 ms for three); while any run streams
        // fast they are rebuilt at most 20 times a second (the status follows the selected run only, which
        // may have ended while others go on), and the frame after the last epoch always rebuilds.
        boolean held = statusNow == RunStatus.READY || statusNow == RunStatus.PAUSED || statusNow == RunStatus.INVALID;
        boolean comparingFast = tracks.size() > 1 && fastSpeed && !held
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
        String note = chartPlaces.surfaceShown() ? surfaceNote(config, j) : landscapeNote(config, r.params(), j);
        if (!note.equals(view.landscapeNote.getText())) {
            view.landscapeNote.setText(note);
            view.landscapeNote.getTooltip().setText(note.replace(" · ", "\n"));
        }
        // A refused setting stays refused (the field stays red) until it is fixed, the run ended or not.
        boolean refused = vm.statusProperty().get() == RunStatus.INVALID;
        RunStatus status = refused ? RunStatus.INVALID : StatusLine.statusFor(track.result(), vm.statusProperty().get());
        if (!divergenceSeen && tracks.stream().anyMatch(t -> t.result() != null
                && t.result().reason() == dev.descent.core.train.StopReason.DIVERGED)) {
            // An exploding cost flattens a linear axis; on a log scale the growth reads as a straight line.
            // Once per run: a teacher who then unticks the box keeps the linear axis.
            divergenceSeen = true;
            if (!vm.logScaleProperty().get()) {
                logScaleForDivergence = true;
                vm.logScaleProperty().set(true);
            }
        }
        String numbers = viewEpoch >= 0 && viewEpoch < track.completedEpochs()
                ? StatusLine.text(config, viewEpoch, r.params(), r.cost(), r.gradient(), null, status)
                + " · looking back (the run has " + track.completedEpochs() + " epochs; Live to follow)"
                : StatusLine.text(config, track.completedEpochs(), r.params(), r.cost(), r.gradient(), track.result(),
                status);
        if (tracks.size() > 1) {
            numbers = "Run " + (tracks.indexOf(track) + 1) + " (" + vm.runs().get(Math.min(tracks.indexOf(track),
                    vm.runs().size() - 1)).label() + "): " + numbers;
        }
        String text = numbers;
        if (refused) {
            // The runs go on (or stay held) as they were; the line says first why the setting was not taken,
            // and only that while the run has nothing to show yet.
            boolean nothingYet = track.result() == null && track.completedEpochs() == 0 && track.latestStep() == null;
            text = nothingYet ? vm.refusal() : vm.refusal() + "  ·  " + numbers;
        }
        vm.setLive(status, text, track.completedEpochs(), r.params(), r.cost(), r.gradient());
        showPlayButton();
    }

    /** Under the cost surface: what its colour, its star and a click are. */
    private static String surfaceNote(RunConfig config, int j) {
        List<String> names = config.model().parameterNames();
        int[] axes = LivePlots.surfaceAxes(config.model(), j);
        return "colour: the cost over (" + names.get(axes[0]) + ", " + names.get(axes[1])
                + ") · star: the least-squares best · click to start there";
    }

    /**
     * Under the landscape: which parameters are held where, and, with several, what the dashed line is
     * (the least-squares value, which is the bottom of this slice only when the others are at theirs).
     */

    private String landscapeNote(RunConfig config, double[] theta, int j) {
        Model m = config.model();
        if (m.parameterCount() == 1) {
            return "dashed: " + m.parameterNames().get(0) + "*, the least-squares best · click the curve to start there";
        }
        List<String> held = new ArrayList<>();
        for (int k = 0; k < m.parameterCount(); k++) {
            if (k != j) {
                held.add(m.parameterNames().get(k) + " = " + ChartText.number(theta[k]));
            }
        }
        String name = m.parameterNames().get(j);
        return String.join(", ", held) + " held · dashed: least-squares " + name
                + "*, the bottom of this curve only once the others are at theirs too · click to start there";
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
        JFreeChart cost = tracks.size() > 1
                ? dev.descent.charts.CompareCharts.costChart(LivePlots.traces(tracks, runLabels()),
                vm.logScaleProperty().get())
                : view.costViewer.getChart();
        return LivePlots.forExport(view.fitViewer.getChart(), cost, view.landscapeViewer.getChart(), plots.theme());
    }

    public void exportAllWithPrompt() {
        exporter.promptExportAll(view.getScene().getWindow(), this::chartsForExport);
    }

    // ---- for tests ------------------------------------------------------------------------------

    FileActions fileActions() {
        return fileActions;
    }

    DataEditing dataEditing() {
        return dataEditing;
    }

    FrameLoop frameLoop() {
        return frameLoop;
    }

    AppViewModel viewModel() {
        return vm;
    }

    Exporter exporter() {
        return exporter;
    }

    /** The selected run's kept epochs (for tests). */
    List<dev.descent.core.train.EpochSnapshot> history() {
        return track == null ? List.of() : List.copyOf(track.history());
    }

    /** How many epochs compared run {@code k} has shown so far (for tests). */
    int completedEpochs(int k) {
        return tracks.get(k).completedEpochs();
    }

    /** The current run's feed, or null before the first. */
    RunFeed feed() {
        return track == null ? null : track.feed();
    }

    RunEngine engine() {
        return engine;
    }
}
