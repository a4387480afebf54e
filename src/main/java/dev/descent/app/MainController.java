package dev.descent.app;

import dev.descent.app.engine.RunEngine;
import dev.descent.app.engine.RunFeed;
import dev.descent.app.view.MainView;
import dev.descent.core.Model;
import dev.descent.core.train.RunConfig;
import dev.descent.core.train.Verdict;
import dev.descent.lecture.Comparisons;
import dev.descent.lecture.LogStyle;
import dev.descent.lecture.Preset;
import dev.descent.lecture.Presets;
import dev.descent.workspace.About;
import dev.descent.workspace.Autosave;
import dev.descent.workspace.BatchMode;
import dev.descent.workspace.DataSource;
import dev.descent.workspace.Edit;
import dev.descent.workspace.History;
import dev.descent.workspace.Playback;
import dev.descent.workspace.Workspace;
import javafx.collections.FXCollections;
import javafx.scene.input.MouseButton;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the window. It turns what the teacher does into edits of the {@link Workspace} and events of the
 * {@link Playback} table, and does what those say: an accepted edit is kept in the {@link History},
 * shown in every control and autosaved, and a change of the runs restarts them as the table says; the
 * table's commands drive the worker. The {@link Screen} draws the runs' feeds once per frame.
 * All of this runs on the FX thread, and none of it trains: the worker does that ({@link RunEngine}).
 * The controls are tied to the view-model by {@link ControlsBinder}; the runs bar and the Compare menu
 * are {@link RunsBar}, and {@link ChartPlaces} puts each chart in its place.
 */
public final class MainController {
    private final AppViewModel vm;
    private final MainView view;
    private final RunEngine engine;
    private final LivePlots plots;
    private final Exporter exporter;
    private final ControlsBinder controls;
    private final Screen screen;
    private final DataEditing dataEditing;
    private final FileActions fileActions;
    private final ChartPlaces chartPlaces;
    private final RunsBar runsBar;

    /** One track per compared run, in the runs' order. */
    private final List<RunTrack> tracks = new ArrayList<>();
    /** The selected run's track: the status line, the log, the update panel and the timeline follow it. */
    private RunTrack track;
    /** The slider being dragged, whose changes merge into one undo step, or null. */
    private javafx.scene.control.Slider dragged;
    /** The workspace is being shown in the controls: their changes are not edits. */
    private boolean showing;
    /** The window has closed: the engine and the autosave are shut, so no edit is taken any more. */
    private boolean stopped;
    /** Play, pause, step and restart: the table's state (the engine does what its transitions say). */
    private Playback playback = Playback.START;
    /** Undo and redo of the workspace's edits. */
    private final History history = new History();
    /** Keeps the workspace on disk after every edit. */
    private final Autosave autosave;
    /** Asks what to do with unsaved work at quit; tests answer it themselves. */
    private QuitQuestion quitQuestion = QuitQuestion.DIALOG;
    /** The workspace as last opened or saved: work beyond it is the teacher's own, not yet in a file. */
    private dev.descent.io.Session clean;

    public MainController(AppViewModel vm, MainView view, RunEngine engine, LivePlots plots,
                          dev.descent.app.view.ChartPainter painter, Exporter exporter, Autosave autosave) {
        this.autosave = autosave;
        this.vm = vm;
        this.view = view;
        this.engine = engine;
        this.plots = plots;
        this.exporter = exporter;
        this.controls = new ControlsBinder(vm, view);
        this.chartPlaces = new ChartPlaces(vm, view, plots, this::markScreenDirty);
        this.screen = new Screen(vm, view, plots, chartPlaces, painter, new Screen.Runs() {
            @Override
            public List<RunTrack> tracks() {
                return tracks;
            }

            @Override
            public RunTrack selected() {
                return track;
            }

            @Override
            public Playback playback() {
                return playback;
            }

            @Override
            public RunStatus status() {
                return MainController.this.status();
            }

            @Override
            public void allEnded() {
                fire(Playback.Event.ALL_ENDED);
            }

            @Override
            public List<String> labels() {
                return runLabels();
            }
        });
        this.runsBar = new RunsBar(view, e -> edit(e));
        HoverReadout hover = new HoverReadout(view.readout, () -> track,
                () -> track == null ? 0 : screen.landscapeParameter(track.config()),
                () -> ChartNotes.surfaceAxes(vm.modelProperty().get(),
                        track == null ? 0 : screen.landscapeParameter(track.config())),
                chartPlaces::surfaceShown);
        hover.watch(view.fitViewer, view.costViewer, view.landscapeViewer);
        // The readout reads the line shown, and again whenever it moves under a still mouse.
        hover.readParamsFrom(vm.paramsProperty()::get);
        hover.refreshOn(vm.paramsProperty(), vm.epochProperty());
        // A new picture may move the axes under a still mouse too.
        for (var place : List.of(view.fitViewer, view.costViewer, view.landscapeViewer)) {
            place.addOnPicture(hover::refresh);
        }
        this.fileActions = new FileActions(vm, view, exporter, this, this::traces);
        // An edit that cannot be made is a note in the toolbar: the run and the settings are as they were.
        this.dataEditing = new DataEditing(view.fitViewer, () -> vm.workspace() == null ? null : vm.workspace().data(),
                this::edit, view::showNote);
        controls.bind();
        controls.setOnAccepted(this::settingsAccepted);
        controls.setOnRefused(this::refused);
        listen();
    }

    /** Loads the first preset, ready to play, and starts the frame loop. */
    public void start() {
        open(Workspace.of(Presets.first()));
        screen.start();
    }

    public void stop() {
        stopped = true;
        screen.stop();
        engine.close();
        try {
            autosave.cleanExit();
        } catch (dev.descent.io.DataFileException e) {
            // The window is closing: the next start will offer this workspace back, which loses nothing.
            System.err.println("Descent: " + e.getMessage());
        }
    }

    /** What happens when a setting or a button changes something. */
    private void listen() {
        view.preset.valueProperty().addListener((obs, old, p) -> {
            if (p != null && !showing) {
                applyPreset(p);
            }
        });
        view.setOnLectureChosenAgain(p -> {
            if (!showing) {
                applyPreset(p);
            }
        });
        // Each control's change is an edit of the workspace; a dragged slider's changes make one undo step.
        onChange(vm.modelProperty(), m -> new Edit.SetModel(m));
        onChange(vm.batchModeProperty(), mode -> new Edit.SetBatchMode(mode, vm.miniBatchSizeProperty().get()));
        onChange(vm.miniBatchSizeProperty(), k -> vm.batchModeProperty().get() == BatchMode.MINI
                ? new Edit.SetMiniBatchSize(k.intValue()) : null);
        onChange(vm.optimizerProperty(), kind -> new Edit.SetOptimizer(kind));
        onChange(vm.learningRateProperty(), lr -> new Edit.SetLr(lr.doubleValue()), view.learningRate.slider());
        onChange(vm.momentumProperty(), m -> new Edit.SetMomentum(m.doubleValue()), view.momentum);
        onChange(vm.dampeningProperty(), d -> new Edit.SetDampening(d.doubleValue()));
        onChange(vm.nesterovProperty(), on -> new Edit.SetNesterov(on));
        onChange(vm.epochsProperty(), n -> new Edit.SetEpochs(n.intValue()));
        onChange(vm.initProperty(), start -> new Edit.SetStart(start));
        vm.speedProperty().addListener((obs, old, s) -> engine.setSpeed(s.doubleValue()));
        vm.logScaleProperty().addListener((obs, old, on) -> {
            plots.costChart().change(c -> c.setLogScale(on));
            screen.markDirty(); // compared runs' cost chart is rebuilt with the scale at the next frame
        });
        vm.landscapeParameterProperty().addListener((obs, old, j) -> screen.markDirty());
        view.landscapeViewer.setOnMouseClicked(e -> {
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
            screen.markDirty();
        });
        vm.modelProperty().addListener((obs, old, m) -> chartPlaces.showLandscapeOrSurface());

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
        view.quit.setOnAction(e -> quit());
        view.reopenLast.setOnAction(e -> reopenLast());
        view.undo.setOnAction(e -> undo());
        view.redo.setOnAction(e -> redo());
        view.shortcuts.setOnAction(e -> showShortcuts());
        screen.ghosts().bind();
        runsBar.bind();
        screen.timeline().bind();
        fileActions.bind();
    }

    private <T> void onChange(javafx.beans.value.ObservableValue<T> setting, java.util.function.Function<T, Edit> edit) {
        onChange(setting, edit, null);
    }

    /** Turns the setting's changes into edits; while {@code slider} is dragged they merge into one undo step. */
    private <T> void onChange(javafx.beans.value.ObservableValue<T> setting, java.util.function.Function<T, Edit> edit,
                              javafx.scene.control.Slider slider) {
        if (slider != null) {
            slider.valueChangingProperty().addListener((obs, was, now) -> {
                if (!now && dragged == slider) {
                    dragged = null; // the drag is over: the next change is a step of its own
                }
            });
        }
        setting.addListener((obs, old, v) -> {
            if (!showing && v != null) {
                Edit e = edit.apply(v);
                if (e != null) {
                    boolean dragging = slider != null && slider.isValueChanging();
                    // The first change of a drag starts a step; the others of the same drag merge into it.
                    boolean continues = dragging && dragged == slider;
                    dragged = dragging ? slider : null;
                    edit(e, continues);
                }
            }
        });
    }

    // ---- edits ----------------------------------------------------------------------------------

    /** Makes an edit; false when the workspace refused it (the status line then says why). */
    public boolean edit(Edit e) {
        return edit(e, false) == null;
    }

    /**
     * Makes an edit, merging it into the last undo step when it {@code continues} it (a drag). A refused
     * edit changes nothing: the controls show the workspace again and, for a setting, the status line
     * says why, the runs going on as they were. Returns the reason for a refusal, or null.
     */
    String edit(Edit e, boolean continues) {
        if (stopped) {
            // Closing the window takes the focus from a field, which commits what was typed in it: the
            // workspace has been saved and the runs stopped, so that value is not taken.
            return "the window has closed";
        }
        Workspace before = vm.workspace();
        Workspace.Outcome o = before.apply(e);
        if (o.refused()) {
            if (!e.isPointEdit()) {
                refused("Not run: " + o.refusal());
            }
            // The control that made the edit is still passing its change on (a box bound to the view-model
            // ignores changes made meanwhile): it shows the workspace again once that is done.
            javafx.application.Platform.runLater(() -> show(vm.workspace()));
            return o.refusal();
        }
        history.record(before, e, o.workspace(), continues);
        changed(before, o.workspace(), e);
        return null;
    }

    /** The workspace was saved to {@code file} as {@code saved}: work up to there is safe. */
    void savedAs(dev.descent.io.Session saved, java.nio.file.Path file) {
        clean = saved;
    }

    /** Whether the workspace holds data or settings of the teacher's own that no file has. */
    boolean hasUnsavedWork() {
        return !vm.workspace().toSession().equals(clean);
    }

    /** File › Quit: asks about unsaved work first, then closes the window, which ends the app. */
    void quit() {
        // What closing the window does: the window remembers its size, and unsaved work is asked about.
        javafx.stage.Window window = view.getScene().getWindow();
        window.fireEvent(new javafx.stage.WindowEvent(window, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    /** Undoes the last edit (Edit › Undo, Ctrl+Z). */
    public void undo() {
        history.undo(vm.workspace()).ifPresent(w -> changed(vm.workspace(), w, null));
    }

    /** Makes the last undone edit again (Edit › Redo, Ctrl+Shift+Z or Ctrl+Y). */
    public void redo() {
        history.redo(vm.workspace()).ifPresent(w -> changed(vm.workspace(), w, null));
    }

    /**
     * A new workspace from a lecture, a comparison or a file, held at the start. Loading one is an edit
     * like the others (Undo brings back the work before it).
     */
    private void open(Workspace ws) {
        clean = ws.toSession();
        show(ws);
        controls.clearRefusals(); // every field now shows the workspace's own value
        playback = Playback.START;
        restart(true);
        showPlayButton();
    }

    /** After the workspace went from {@code before} to {@code after} by {@code e} (null for undo and redo). */
    private void changed(Workspace before, Workspace after, Edit e) {
        if (e instanceof Edit.LoadLecture) {
            open(after);
            // Another lecture is another lesson: runs of the one before would read as part of it.
            screen.ghosts().forget();
        } else if (e instanceof Edit.LoadComparison || e instanceof Edit.LoadSession) {
            open(after);
        } else {
            show(after);
            if (!before.configs().equals(after.configs())) {
                // A run added or removed starts every run over, held; a setting restarts as the table says.
                fire(e instanceof Edit.AddRun || e instanceof Edit.RemoveRun ? Playback.Event.RESET
                        : Playback.Event.SETTINGS_CHANGED);
            } else if (before.selected() != after.selected()) {
                selectTrack(after.selected());
            }
        }
        workspaceChanged();
    }

    /** Everything that follows a new workspace value: the Edit menu, and the autosave. */
    private void workspaceChanged() {
        view.undo.setDisable(!history.canUndo());
        view.redo.setDisable(!history.canRedo());
        autosave.changed(vm.workspace());
    }

    // ---- quitting -------------------------------------------------------------------------------

    /** What to do with work no file has, at quit. */
    enum QuitAnswer { SAVE, DISCARD, CANCEL }

    /** Asks Save, Discard or Cancel. */
    @FunctionalInterface
    interface QuitQuestion {
        QuitAnswer ask(javafx.stage.Window owner);

        QuitQuestion DIALOG = owner -> {
            javafx.scene.control.ButtonType save = new javafx.scene.control.ButtonType("Save…",
                    javafx.scene.control.ButtonBar.ButtonData.YES);
            javafx.scene.control.ButtonType discard = new javafx.scene.control.ButtonType("Discard",
                    javafx.scene.control.ButtonBar.ButtonData.NO);
            javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                    "Your data or settings are not saved in a session file. Save them before quitting?",
                    save, discard, javafx.scene.control.ButtonType.CANCEL);
            a.initOwner(owner);
            a.setTitle("Quit Descent");
            a.setHeaderText("Save your work?");
            javafx.scene.control.ButtonType b = a.showAndWait().orElse(javafx.scene.control.ButtonType.CANCEL);
            return b == save ? QuitAnswer.SAVE : b == discard ? QuitAnswer.DISCARD : QuitAnswer.CANCEL;
        };
    }

    void useQuitQuestion(QuitQuestion question) {
        quitQuestion = question;
    }

    /**
     * File › Quit and the window's close button: with work of the teacher's own that no file has, asks
     * Save, Discard or Cancel first. Returns whether to close now; after Save the window closes once
     * the file is written (and stays open when the save is cancelled or fails).
     */
    boolean mayClose(Runnable close) {
        if (!hasUnsavedWork()) {
            return true;
        }
        javafx.stage.Window window = view.getScene().getWindow();
        return switch (quitQuestion.ask(window)) {
            case DISCARD -> true;
            case CANCEL -> false;
            case SAVE -> {
                fileActions.saveSessionThen(close);
                yield false;
            }
        };
    }

    /** Opens the workspace of the run before this one (File › Reopen last workspace). */
    void reopenLast() {
        exporter.load("the last workspace", () -> autosave.previous().orElseThrow(
                () -> new dev.descent.io.DataFileException("There is no earlier workspace to reopen")), this::applySession);
    }

    /** After a crash: offers the workspace the killed run left, without holding up the window. */
    void offerRestore() {
        if (!autosave.crashed() || !autosave.hasPrevious()) {
            return;
        }
        javafx.scene.control.ButtonType restore = new javafx.scene.control.ButtonType("Restore",
                javafx.scene.control.ButtonBar.ButtonData.YES);
        javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                "Descent did not close properly last time. Restore the workspace you were working on?",
                restore, new javafx.scene.control.ButtonType("Start fresh", javafx.scene.control.ButtonBar.ButtonData.NO));
        a.initOwner(view.getScene().getWindow());
        a.setTitle("Restore your work");
        a.setHeaderText("Restore your work?");
        a.resultProperty().addListener((obs, old, b) -> {
            if (b == restore) {
                reopenLast();
            }
        });
        a.show();
    }

    /**
     * Shows the workspace in the controls, the runs bar, the lecture box and "About this lecture", without
     * taking it as edits.
     */
    private void show(Workspace ws) {
        showing = true;
        try {
            vm.show(ws);
            view.description.setText(About.of(ws));
            controls.showDampening();
            view.init.setText(ControlsBinder.formatInit(ws.start()));
            runsBar.show(ws);
            Preset p = ws.lecture();
            if (p != null && ws.source() == DataSource.LECTURE && ws.comparisonId() == null) {
                if (view.preset.getValue() != p) {
                    view.preset.getSelectionModel().select(p);
                }
            } else {
                // The box names the comparison, or "Your data · …", with no lecture chosen, so that choosing
                // any lecture, the one the comparison is built on included, leaves it for the lecture.
                view.preset.getSelectionModel().clearSelection();
                view.preset.setPromptText(ws.lectureBox());
            }
        } finally {
            showing = false;
        }
    }

    /** A refused setting: the status line says why, and the runs go on (or stay held) as they were. */
    private void refused(String text) {
        vm.setRefusal(text);
        fire(Playback.Event.REFUSED);
    }

    /** Passes an event to the playback table and has the engine do what it says. */
    private void fire(Playback.Event event) {
        Playback.Transition t = playback.on(event);
        playback = t.next();
        for (Playback.Command c : t.commands()) {
            switch (c) {
                case START_HELD -> restart(true);
                case START_PLAYING -> restart(false);
                case PLAY -> engine.play();
                case PAUSE -> engine.pause();
                case STEP_EPOCH -> engine.stepEpoch();
                case STEP_UPDATE -> engine.stepUpdate();
            }
        }
        vm.setStatus(status(), playback.refused() ? vm.refusal() : vm.statusTextProperty().get());
        showPlayButton();
        screen.markDirty();
    }

    /** What the status line says the selected run is doing. */
    private RunStatus status() {
        return track == null ? StatusLine.statusFor(playback, null, Verdict.NONE)
                : StatusLine.statusFor(playback, track.result(), track.verdict());
    }

    /** Follows run {@code i}: the status line, the log, the update panel and the timeline, without restarting. */
    private void selectTrack(int i) {
        if (i < tracks.size()) {
            track = tracks.get(i);
            view.stepUpdate.setDisable(tracks.stream().allMatch(t -> t.config().isFullBatch()));
            screen.follow(track);
        }
    }

    /** Selects run {@code i} (its settings in the controls, the status line following it). */
    void selectRun(int i) {
        edit(new Edit.SelectRun(i));
    }

    public void addRun() {
        edit(new Edit.AddRun());
    }

    public void removeRun() {
        edit(new Edit.RemoveRun());
    }

    /** "1 · GD lr 0.1", … for each run now training. */
    private List<String> runLabels() {
        return ChartNotes.runLabels(vm.workspace().runs(), tracks.size());
    }

    /** The runs as far as they have got (for the animation). */
    List<dev.descent.charts.RunTrace> traces() {
        return tracks.isEmpty() ? List.of() : LivePlots.traces(tracks, runLabels());
    }

    /** Opens a saved session: its data, every run with every setting, the lecture it came from; ready to play. */
    public void applySession(dev.descent.io.Session s) {
        edit(new Edit.LoadSession(s));
    }

    /** Loads a ready-made comparison: the lecture's settings, every run, ready to play. */
    public void applyComparison(dev.descent.lecture.Comparisons.Comparison c) {
        edit(new Edit.LoadComparison(c.id()));
    }

    // ---- ghosts and timeline (in Ghosts and Timeline) -------------------------------------------

    public void clearGhosts() {
        screen.ghosts().clear();
    }

    int ghostCount() {
        return screen.ghosts().count();
    }

    /** Shows the epoch {@code k} (after k epochs) on the charts and panels; for tests and keys. */
    public void showEpoch(int k) {
        screen.timeline().showEpoch(k);
    }

    private void showShortcuts() {
        dev.descent.app.view.ShortcutsSheet.show(view.getScene().getWindow(), view.getStylesheets());
    }

    /** Sizes the charts' text for presentation mode (larger) or not. */
    void setPresenting(boolean on) {
        chartPlaces.setPresenting(on);
        screen.markDirty();
    }

    /** Draws every chart in {@code theme}'s colours from now on. */
    void setChartTheme(dev.descent.charts.ChartTheme theme) {
        plots.setTheme(theme);
        screen.markDirty();
    }

    // ---- runs -----------------------------------------------------------------------------------

    /** Loads a lecture preset: its settings, ready to play. */
    public void applyPreset(Preset p) {
        edit(new Edit.LoadLecture(p.id()));
    }

    /** Cancels the current runs and starts every run compared from the starting parameters. */
    private void restart(boolean paused) {
        Workspace ws = vm.workspace();
        List<RunConfig> configs = ws.configs();
        RunConfig config = configs.get(0);
        Model m = config.model();
        view.initLabel.setText(ChartNotes.startLabel(m));
        boolean anyBatched = configs.stream().anyMatch(c -> !c.isFullBatch());
        view.fitNote.setText(ChartNotes.fitNote(configs));
        List<String> names = m.parameterNames();
        if (!view.landscapeParameter.getItems().equals(names)) {
            view.landscapeParameter.setItems(FXCollections.observableArrayList(names));
            view.landscapeParameter.getSelectionModel().select(0);
        }
        view.stepUpdate.setDisable(!anyBatched);
        LogStyle style = ws.logStyle();
        double predictAt = ws.predictAt();

        screen.clearFor(config, configs.size());
        List<RunEngine.Lane> lanes = new ArrayList<>();
        for (RunConfig c : configs) {
            lanes.add(new RunEngine.Lane(c, style, predictAt));
        }
        screen.ghosts().keep(config, tracks, track);
        tracks.clear();
        for (RunFeed feed : engine.start(lanes, vm.speedProperty().get(), paused)) {
            tracks.add(new RunTrack(feed, plots.quadraticFor(feed.config())));
        }
        int selected = Math.min(ws.selected(), tracks.size() - 1);
        track = tracks.get(selected);
        screen.newRuns(track);
    }

    /**
     * A field took a value and none is refused: a refusal still shown gives way to the runs' own status
     * (a value typed equal to the one before restarts nothing that would).
     */
    private void settingsAccepted() {
        if (playback.refused()) {
            fire(Playback.Event.ACCEPTED);
        }
    }

    /** Space and the Play button: holds the runs still going, or plays them (again from the start once all have ended). */
    public void togglePlay() {
        fire(Playback.Event.TOGGLE);
    }

    /**
     * Plays the runs still going; once every run has ended, plays them again from the start. While a
     * setting is refused the runs resume as they were.
     */
    public void play() {
        fire(Playback.Event.PLAY);
    }

    /** Holds every run still going. */
    public void pause() {
        fire(Playback.Event.PAUSE);
    }

    /** The button says what Space does: Pause while runs go on, Play otherwise. */
    private void showPlayButton() {
        screen.showPlayButton();
    }

    /** One epoch, then hold. After the end of a run it starts again from the beginning. */
    public void stepEpoch() {
        fire(Playback.Event.STEP_EPOCH);
    }

    /** One update (one batch), then hold. */
    public void stepUpdate() {
        fire(Playback.Event.STEP_UPDATE);
    }

    public void reset() {
        fire(Playback.Event.RESET);
    }

    private void startFromLandscapeClick(double x, double y) {
        var axes = view.landscapeViewer.axes();
        if (axes == null || !axes.area().contains(x, y)) {
            return;
        }
        double value = axes.x(x);
        if (!Double.isFinite(value)) {
            return;
        }
        double[] start = vm.workspace().start();
        int j = Math.min(vm.landscapeParameterProperty().get(), start.length - 1);
        start[j] = DataEditing.roundToAxis(value, axes.domain().getRange().getLength());
        edit(new Edit.SetStart(start));
    }

    private void startFromSurfaceClick(double x, double y) {
        // The picture's axes: its view takes in the runs' paths, which only the picture's chart holds.
        var drawn = view.landscapeViewer.axes();
        if (drawn == null || !drawn.area().contains(x, y)) {
            return;
        }
        plots.surface().startAt(drawn.x(x), drawn.y(y)).ifPresent(start -> {
            double[] rounded = start.clone();
            int[] axes = ChartNotes.surfaceAxes(vm.modelProperty().get(), screen.landscapeParameter(track.config()));
            rounded[axes[0]] = DataEditing.roundToAxis(start[axes[0]], drawn.domain().getRange().getLength());
            rounded[axes[1]] = DataEditing.roundToAxis(start[axes[1]], drawn.range().getRange().getLength());
            edit(new Edit.SetStart(rounded));
        });
    }

    /** Something shown changed: the next frame draws. */
    private void markScreenDirty() {
        screen.markDirty();
    }

    /** Sets the frame's budget (tests squeeze it to force charts to wait); {@code Long.MAX_VALUE} for none. */
    void setFrameBudgetNanos(long nanos) {
        screen.setFrameBudgetNanos(nanos);
    }

    /** Whether a chart the last frame had no time for is still to be drawn. */
    boolean chartsPending() {
        return screen.chartsPending();
    }

    /** Whether each of the three charts has been drawn since the current run started. */
    boolean chartsShowCurrentRun() {
        return screen.chartsShowCurrentRun();
    }

    /** Copies of the three charts on screen now (compared runs, the surface), safe to render on another thread. */
    Exporter.ChartSet chartsForExport() {
        return screen.chartsForExport();
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
        return screen.frameLoop();
    }

    /** Trainers give way to the screen in {@code load}, and new runs wait there for their pictures. */
    void setScreenLoad(dev.descent.app.engine.ScreenLoad load) {
        screen.setLoad(load);
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
