package dev.descent.app.view;

import dev.descent.workspace.BatchMode;
import dev.descent.workspace.OptimizerKind;
import dev.descent.core.Model;
import dev.descent.core.optim.SgdConfig;
import dev.descent.core.train.RunConfig;
import dev.descent.lecture.LogLine;
import dev.descent.lecture.Preset;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * The window's layout: a toolbar (lecture, playback, export), the settings on the left, the three
 * charts and the log in a 2×2 grid, and the status line at the bottom. It only builds and places
 * nodes; the controller binds them to the view-model.
 */
public final class MainView extends BorderPane {
    /** Playback speeds offered by the speed slider, in epochs per second; the last stop is "instant". */
    public static final double[] SPEEDS = {1, 2, 5, 10, 20, 50, 100, 500, Double.POSITIVE_INFINITY};

    public final ComboBox<Preset> preset = new ComboBox<>();
    public final Button play = new Button("Play");
    public final Button step = new Button("Step");
    public final Button stepUpdate = new Button("Step update");
    public final Button reset = new Button("Reset");
    public final Slider speed = new Slider(0, SPEEDS.length - 1, 4);
    public final Label speedLabel = new Label();
    public final Button exportAll = new Button("Export all…");
    public final Label note = new Label();
    private java.util.function.Consumer<Preset> lectureChosenAgain = p -> { };

    /** Where a lecture chosen again from the box, the one already shown, goes. */
    public void setOnLectureChosenAgain(java.util.function.Consumer<Preset> listener) {
        lectureChosenAgain = listener;
    }

    /** How long a toolbar note stays. */
    public static final double NOTE_SECONDS = 10;
    private final javafx.animation.PauseTransition noteExpiry =
            new javafx.animation.PauseTransition(javafx.util.Duration.seconds(NOTE_SECONDS));

    public final ComboBox<Model> model = new ComboBox<>();
    public final ComboBox<BatchMode> batchMode = new ComboBox<>();
    public final Spinner<Integer> miniBatchSize = new Spinner<>(2, (int) RunConfig.BATCH_SIZE.max(), 2);
    public final ComboBox<OptimizerKind> optimizer = new ComboBox<>();
    public final LogSlider learningRate = new LogSlider(SliderMath.RATE, 0.01);
    public final Slider momentum = new Slider(0, SgdConfig.MOMENTUM.max(), 0);
    public final TextField momentumField = new TextField("0");
    public final CheckBox dampened = new CheckBox("Dampened (fast.ai form: τ = μ)");
    public final CheckBox nesterov = new CheckBox("Nesterov");
    public final Spinner<Integer> epochs = new Spinner<>(1, RunConfig.MAX_EPOCHS, 100);
    public final TextField init = new TextField();
    public final Label initLabel = new Label();
    public final Label description = new Label();

    public final ChartPicture fitViewer;
    public final ChartPicture costViewer;
    public final ChartPicture landscapeViewer;
    public final CheckBox logScale = new CheckBox("log scale");
    public final ComboBox<String> landscapeParameter = new ComboBox<>();
    public final ListView<LogLine> log = new ListView<>();
    public final Label status = new Label();
    public final Label fitNote = new Label();
    public final Label landscapeNote = new Label();

    // Menus
    public final MenuItem openSession = item("Open session…", "open-session");
    public final MenuItem saveSession = item("Save session…", "save-session");
    public final MenuItem newData = item("New data…", "new-data");
    public final MenuItem importData = item("Import data CSV…", "import-data");
    public final MenuItem exportData = item("Export data CSV…", "export-data");
    public final MenuItem exportAllItem = item("Export all charts…", "export-all-item");
    public final MenuItem exportHistory = item("Export history CSV…", "export-history");
    public final MenuItem exportGif = item("Export animation (GIF)…", "export-gif");
    public final MenuItem quit = item("Quit", "quit");
    public final MenuItem reopenLast = item("Reopen last workspace", "reopen-last");
    public final MenuItem undo = item("Undo", "undo");
    public final MenuItem redo = item("Redo", "redo");
    public final Menu compareMenu = new Menu("Compare");
    public final MenuItem addRun = item("Add a run", "add-run-item");
    public final MenuItem removeRun = item("Remove the selected run", "remove-run-item");
    public final CheckMenuItem keepGhosts = new CheckMenuItem("Keep earlier runs as ghosts");
    public final MenuItem clearGhosts = item("Clear ghosts", "clear-ghosts");
    /** The cost surface's menu item, as it reads when the model has two parameters or more. */
    public static final String SURFACE_TEXT = "Cost surface over two parameters";
    public final CheckMenuItem surface = new CheckMenuItem(SURFACE_TEXT);
    public final MenuItem shortcuts = item("Keyboard shortcuts", "shortcuts");
    public final MenuItem exportPrint = item("Export for print (light)…", "export-print");
    public final CheckMenuItem presentation = new CheckMenuItem("Presentation");
    /** Whether the landscape's place shows a landscape (whose axis can be chosen) rather than the surface. */
    private final javafx.beans.property.BooleanProperty axisChoiceWanted =
            new javafx.beans.property.SimpleBooleanProperty(true);
    /** The charts' rows: the fit and the landscape above, the cost and the update panel below. */
    private final RowConstraints topRow = new RowConstraints();
    private final RowConstraints bottomRow = new RowConstraints();
    public final CheckMenuItem fullScreen = new CheckMenuItem("Full screen");
    public final CheckMenuItem settingsShown = new CheckMenuItem("Settings panel");
    public final javafx.scene.control.RadioMenuItem lightTheme = new javafx.scene.control.RadioMenuItem("Light");
    public final javafx.scene.control.RadioMenuItem darkTheme = new javafx.scene.control.RadioMenuItem("Dark");
    /** One-off notes (an export written, an edit refused), under the toolbar, wrapped: never cut short. */
    public final javafx.scene.layout.HBox noteBar = new javafx.scene.layout.HBox();
    private Node settingsPanel;

    // Runs compared
    public final FlowPane runsBar = new FlowPane(4, 4);
    public final Button addRunButton = new Button("+ Run");
    public final Button removeRunButton = new Button("− Run");

    // Timeline and the update, explained
    public final Slider timeline = new Slider(0, 0, 0);
    public final Label timelineLabel = new Label();
    public final ToggleButton follow = new ToggleButton("Live");
    /** What is under the mouse on a chart: epoch, cost, parameter values. */
    public final Label readout = new Label();
    public final VBox explanation = new VBox(4);
    public final Label explanationTitle = new Label();
    public final TabPane lowerRight = new TabPane();
    /** The tab that holds {@link #log}. */
    public final Tab logTab = new Tab("Log");
    public final Button exportFit = chartExportButton("fit");
    public final Button exportCost = chartExportButton("cost");
    public final Button exportLandscape = chartExportButton("landscape");

    public MainView(ChartPicture fit, ChartPicture cost, ChartPicture landscape) {
        this.fitViewer = fit;
        this.costViewer = cost;
        this.landscapeViewer = landscape;
        ids();
        setTop(new VBox(menuBar(), toolbar(), noteBar()));
        settingsPanel = controls();
        setLeft(settingsPanel);
        setCenter(charts());
        status.getStyleClass().add(Styles.STATUS);
        status.setMaxWidth(Double.MAX_VALUE);
        status.setMinHeight(Region.USE_PREF_SIZE);
        // A long status (a refusal and the numbers) wraps onto a second line rather than being cut.
        status.setWrapText(true);
        setBottom(new VBox(timelineBar(), status));
        getStylesheets().add(MainView.class.getResource("/dev/descent/app/descent.css").toExternalForm());
    }

    private void ids() {
        preset.setId("preset");
        play.setId("play");
        step.setId("step");
        stepUpdate.setId("step-update");
        reset.setId("reset");
        speed.setId("speed");
        exportAll.setId("export-all");
        model.setId("model");
        batchMode.setId("batch-mode");
        miniBatchSize.setId("mini-batch-size");
        optimizer.setId("optimizer");
        learningRate.setId("learning-rate");
        learningRate.slider().setId("lr-slider");
        learningRate.field().setId("lr-field");
        momentum.setId("momentum");
        momentumField.setId("momentum-field");
        dampened.setId("dampened");
        nesterov.setId("nesterov");
        epochs.setId("epochs");
        init.setId("init");
        logScale.setId("log-scale");
        landscapeParameter.setId("landscape-parameter");
        log.setId("log");
        status.setId("status");
        fitViewer.setId("fit-chart");
        costViewer.setId("cost-chart");
        landscapeViewer.setId("landscape-chart");
    }

    private Node toolbar() {
        preset.setPrefWidth(290);
        // With no lecture chosen (a comparison is on screen) the box shows its prompt, the comparison's
        // name; the default button cell keeps the last lecture's text once a value has been cleared.
        preset.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Preset item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? preset.getPromptText() : item.toString());
            }
        });
        preset.promptTextProperty().addListener((obs, old, text) -> {
            if (preset.getValue() == null) {
                preset.getButtonCell().setText(text);
            }
        });
        // A lecture chosen again from the list starts it over with its own settings: the box would not
        // change its value, and a teacher who tried other rates expects the lecture back as it was.
        preset.setCellFactory(list -> {
            javafx.scene.control.ListCell<Preset> cell = new javafx.scene.control.ListCell<>() {
                @Override
                protected void updateItem(Preset item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : item.toString());
                }
            };
            Preset[] atPress = new Preset[1];
            cell.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> atPress[0] = preset.getValue());
            cell.setOnMouseReleased(e -> {
                if (!cell.isEmpty() && cell.getItem() != null && cell.getItem() == atPress[0]) {
                    lectureChosenAgain.accept(cell.getItem());
                }
            });
            return cell;
        });
        preset.setTooltip(new Tooltip("Replay one of the lectures; choosing the one shown starts it over"));
        play.getStyleClass().add(Styles.PRIMARY);
        play.setTooltip(new Tooltip("Play / pause (Space)"));
        step.setTooltip(new Tooltip("Run one epoch (→)"));
        stepUpdate.setTooltip(new Tooltip("Run one update: one batch (Shift+→)"));
        reset.setTooltip(new Tooltip("Back to the starting parameters (R)"));
        exportAll.setTooltip(new Tooltip("Write the three charts as PNG files for slides (Ctrl+E)"));
        speed.setSnapToTicks(true);
        speed.setMajorTickUnit(1);
        speed.setMinorTickCount(0);
        speed.setBlockIncrement(1);
        speed.setPrefWidth(100);
        speedLabel.setMinWidth(80);
        speed.setTooltip(new Tooltip("Playback speed: 1 epoch per second up to instant"));
        for (Button b : new Button[] {play, step, stepUpdate, reset, exportAll}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        noteExpiry.setOnFinished(e -> setNote(""));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        return new ToolBar(preset, new Separator(), play, step, stepUpdate, reset,
                new Separator(), speed, speedLabel, gap, exportAll);
    }

    /** The notes' own line under the toolbar: there only while a note is shown, wrapped to the window's width. */
    private Node noteBar() {
        note.setId("note");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(note, Priority.ALWAYS);
        noteBar.getChildren().add(note);
        noteBar.getStyleClass().add(Styles.NOTE_BAR);
        noteBar.visibleProperty().bind(note.textProperty().isNotEmpty());
        noteBar.managedProperty().bind(noteBar.visibleProperty());
        return noteBar;
    }

    /** Shows or folds away the settings panel on the left, leaving its room to the charts. */
    public void setSettingsShown(boolean shown) {
        setLeft(shown ? settingsPanel : null);
        settingsShown.setSelected(shown);
    }

    /** Shows the landscape's axis choice (with a model of several parameters), or hides it while the surface shows. */
    public void setAxisChoiceShown(boolean shown) {
        axisChoiceWanted.set(shown);
    }

    /**
     * The charts' two rows: nearly even (presentation mode, where large text leaves the cost chart a thin
     * strip otherwise), or the top row larger (the fit and the landscape take more from the room).
     */
    public void setRowsForPresentation(boolean presenting) {
        topRow.setPercentHeight(presenting ? 52 : 56);
        bottomRow.setPercentHeight(presenting ? 48 : 44);
    }

    public boolean isSettingsShown() {
        return getLeft() != null;
    }

    /**
     * A one-off message about something asked for (an export written, an edit not made), on its own
     * line under the toolbar, wrapped whole: it does not touch the run or its status line. It goes after
     * {@link #NOTE_SECONDS}, so an old message is not read as news about the next thing done.
     */
    public void showNote(String text) {
        setNote(text);
        noteExpiry.playFromStart();
    }

    /** A note that stays until the next one: what is being done right now ("Writing the animation…"). */
    public void showLastingNote(String text) {
        setNote(text);
        noteExpiry.stop();
    }

    private void setNote(String text) {
        note.setText(text);
    }

    private static MenuItem item(String text, String id) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        return item;
    }

    private Node menuBar() {
        exportAllItem.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        saveSession.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        openSession.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        undo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        redo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        undo.setDisable(true);
        redo.setDisable(true);
        Menu edit = new Menu("Edit", null, undo, redo);
        Menu file = new Menu("File", null, openSession, saveSession, reopenLast, new SeparatorMenuItem(), newData,
                importData, exportData, new SeparatorMenuItem(), exportAllItem, exportPrint, exportHistory, exportGif,
                new SeparatorMenuItem(), quit);
        keepGhosts.setId("keep-ghosts");
        keepGhosts.setSelected(true);
        compareMenu.getItems().addAll(new SeparatorMenuItem(), addRun, removeRun, new SeparatorMenuItem(), keepGhosts,
                clearGhosts);
        surface.setId("surface");
        presentation.setId("presentation");
        presentation.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        fullScreen.setId("full-screen");
        fullScreen.setAccelerator(new KeyCodeCombination(KeyCode.F11));
        settingsShown.setId("settings-shown");
        settingsShown.setSelected(true);
        settingsShown.setAccelerator(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN));
        javafx.scene.control.ToggleGroup themes = new javafx.scene.control.ToggleGroup();
        lightTheme.setId("light-theme");
        darkTheme.setId("dark-theme");
        lightTheme.setToggleGroup(themes);
        darkTheme.setToggleGroup(themes);
        lightTheme.setSelected(true);
        Menu theme = new Menu("Theme", null, lightTheme, darkTheme);
        theme.setId("theme-menu");
        Menu viewMenu = new Menu("View", null, surface, new SeparatorMenuItem(), presentation, fullScreen,
                settingsShown, theme);
        Menu help = new Menu("Help", null, shortcuts);
        MenuBar bar = new MenuBar(file, edit, compareMenu, viewMenu, help);
        bar.setId("menu-bar");
        return bar;
    }

    private Node timelineBar() {
        timeline.setId("timeline");
        follow.setId("follow");
        timelineLabel.setId("timeline-label");
        timeline.setTooltip(new Tooltip("Drag to look back at any recorded epoch; the charts and the update follow"));
        follow.setTooltip(new Tooltip("Follow the newest epoch"));
        follow.setSelected(true);
        timelineLabel.setMinWidth(150);
        HBox.setHgrow(timeline, Priority.ALWAYS);
        timeline.setMaxWidth(Double.MAX_VALUE);
        readout.setId("readout");
        readout.getStyleClass().add(Styles.NOTE);
        readout.setMinWidth(330);
        readout.setPrefWidth(330);
        HBox bar = new HBox(8, new Label("Timeline"), timeline, timelineLabel, follow, readout);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(2, 8, 2, 8));
        return bar;
    }

    private Node controls() {
        momentum.setShowTickMarks(true);
        momentum.setMajorTickUnit(0.25);
        momentumField.setPrefColumnCount(5);
        momentumField.getStyleClass().add(Styles.VALUE_FIELD);
        HBox momentumRow = new HBox(6, momentum, momentumField);
        momentumRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(momentum, Priority.ALWAYS);
        miniBatchSize.setEditable(true);
        miniBatchSize.setPrefWidth(76);
        HBox.setHgrow(batchMode, Priority.ALWAYS);
        batchMode.setMaxWidth(Double.MAX_VALUE);
        dampened.setWrapText(true);
        HBox batchRow = new HBox(6, batchMode, miniBatchSize);
        batchRow.setAlignment(Pos.CENTER_LEFT);
        epochs.setEditable(true);
        epochs.setMaxWidth(Double.MAX_VALUE);
        model.setMaxWidth(Double.MAX_VALUE);
        optimizer.setMaxWidth(Double.MAX_VALUE);
        init.setPromptText("e.g. 1  or  -1, 1");
        description.setWrapText(true);
        description.setMaxWidth(265);
        description.getStyleClass().add(Styles.NOTE);
        runsBar.setId("runs-bar");
        addRunButton.setId("add-run");
        removeRunButton.setId("remove-run");
        addRunButton.setTooltip(new Tooltip("Compare: add a run with these settings, to change and race against the others"));
        removeRunButton.setTooltip(new Tooltip("Remove the selected run"));
        HBox runButtons = new HBox(4, addRunButton, removeRunButton);
        VBox box = new VBox(
                section("Runs (click to edit one)"), runsBar, runButtons,
                section("Model"), model,
                section("Batch"), batchRow,
                section("Optimizer"), optimizer,
                section("Learning rate (log scale)"), learningRate,
                section("Momentum μ"), momentumRow, dampened, nesterov,
                section("Epochs"), epochs,
                initLabel, init,
                section("About this lecture"), description);
        box.getStyleClass().add(Styles.CONTROLS);
        // Wide enough for the longest label ("Dampened (fast.ai form: τ = μ)") beside its scroll bar.
        box.setPrefWidth(272);
        box.setMinWidth(230);
        // Four runs and a long lecture note do not fit a 700-pixel window: scroll rather than overlap.
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinWidth(240);
        scroll.setPrefWidth(292);
        return scroll;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.SECTION);
        return l;
    }

    private Node charts() {
        landscapeParameter.setTooltip(new Tooltip("Which parameter is on the landscape's axis (the others are held)"));
        landscapeNote.getStyleClass().add(Styles.NOTE);
        landscapeNote.setMinWidth(0);
        landscapeNote.setWrapText(true);
        landscapeNote.setMinHeight(Region.USE_PREF_SIZE);
        landscapeNote.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(landscapeNote, Priority.ALWAYS);
        landscapeParameter.setMinWidth(Region.USE_PREF_SIZE);
        landscapeNote.setTooltip(new Tooltip());
        Label onAxis = new Label("On the axis:");
        onAxis.setMinWidth(Region.USE_PREF_SIZE);
        Region axisGap = new Region();
        HBox.setHgrow(axisGap, Priority.ALWAYS);
        HBox landscapeRow = new HBox(6, onAxis, landscapeParameter, landscapeNote, exportLandscape);
        landscapeRow.setAlignment(Pos.CENTER_LEFT);
        VBox landscapeBar = new VBox(2, landscapeRow);
        // With one parameter there is nothing to choose, and the note sits beside the PNG button; with
        // several, the choice takes the row and the note, which is longer then, has a line of its own.
        javafx.beans.InvalidationListener choices = o -> {
            // The surface shows every parameter at once: no axis to choose while it is in the place.
            boolean several = axisChoiceWanted.get() && landscapeParameter.getItems() != null
                    && landscapeParameter.getItems().size() > 1;
            for (Node n : new Node[] {onAxis, landscapeParameter}) {
                n.setVisible(several);
                n.setManaged(several);
            }
            if (several) {
                landscapeRow.getChildren().setAll(onAxis, landscapeParameter, axisGap, exportLandscape);
                landscapeBar.getChildren().setAll(landscapeRow, landscapeNote);
            } else {
                landscapeRow.getChildren().setAll(landscapeNote, exportLandscape);
                landscapeBar.getChildren().setAll(landscapeRow);
            }
        };
        landscapeParameter.itemsProperty().addListener(choices);
        axisChoiceWanted.addListener(choices);
        choices.invalidated(null);
        landscapeBar.setPadding(new Insets(2, 6, 2, 6));
        Region costGap = new Region();
        HBox.setHgrow(costGap, Priority.ALWAYS);
        HBox costBar = new HBox(6, logScale, costGap, exportCost);
        costBar.setAlignment(Pos.CENTER_LEFT);
        costBar.setPadding(new Insets(2, 6, 2, 6));
        log.getStyleClass().add(Styles.LOG);
        log.setPlaceholder(new Label("The run's log appears here, line for line as the lecture printed it."));

        GridPane grid = new GridPane();
        grid.setHgap(4);
        grid.setVgap(4);
        grid.setPadding(new Insets(4));
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(half, half);
        topRow.setVgrow(Priority.ALWAYS);
        bottomRow.setVgrow(Priority.ALWAYS);
        setRowsForPresentation(false);
        grid.getRowConstraints().addAll(topRow, bottomRow);
        fitNote.getStyleClass().add(Styles.NOTE);
        fitNote.setMinWidth(0);
        fitNote.setWrapText(true);
        fitNote.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(fitNote, Priority.ALWAYS);
        fitNote.setMaxWidth(Double.MAX_VALUE);
        HBox fitBar = new HBox(6, fitNote, exportFit);
        fitBar.setAlignment(Pos.CENTER_LEFT);
        fitBar.setPadding(new Insets(2, 6, 2, 6));
        grid.add(withBar(fitViewer, fitBar), 0, 0);
        grid.add(withBar(landscapeViewer, landscapeBar), 1, 0);
        grid.add(withBar(costViewer, costBar), 0, 1);
        explanation.setId("explanation");
        explanation.getStyleClass().add(Styles.EXPLANATION);
        explanationTitle.getStyleClass().add(Styles.SECTION);
        javafx.scene.control.ScrollPane explanationScroll = new javafx.scene.control.ScrollPane(
                new VBox(6, explanationTitle, explanation));
        explanationScroll.setFitToWidth(true);
        logTab.setContent(log);
        Tab updateTab = new Tab("Update, explained", explanationScroll);
        logTab.setClosable(false);
        updateTab.setClosable(false);
        logTab.setId("log-tab");
        updateTab.setId("update-tab");
        lowerRight.getTabs().addAll(updateTab, logTab);
        lowerRight.setId("lower-right");
        grid.add(lowerRight, 1, 1);
        for (Node n : new Node[] {fitViewer, landscapeViewer, costViewer}) {
            ((Region) n).setMinSize(200, 150);
            // A picture is transparent wherever a chart leaves a pixel unpainted: the theme's background shows.
            n.getStyleClass().add(Styles.CHART_PLACE);
        }
        return grid;
    }

    /** A small "PNG…" button under a chart, for exporting that chart alone. */
    private static Button chartExportButton(String chart) {
        Button b = new Button("PNG…");
        b.setId("export-" + chart);
        b.setTooltip(new Tooltip("Export the " + chart + " chart as a PNG image (also on its right-click menu)"));
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setFocusTraversable(false);
        return b;
    }

    private static Node withBar(Region chart, Node bar) {
        BorderPane pane = new BorderPane(chart);
        pane.setBottom(bar);
        pane.setMinSize(200, 150);
        return pane;
    }
}
