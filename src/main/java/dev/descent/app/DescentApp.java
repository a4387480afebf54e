package dev.descent.app;

import dev.descent.app.engine.RunEngine;
import dev.descent.app.engine.ScreenLoad;
import dev.descent.app.engine.Threads;
import dev.descent.app.view.ChartPainter;
import dev.descent.app.view.ChartPicture;
import dev.descent.app.view.MainView;
import dev.descent.app.view.Mirrored;
import dev.descent.charts.CostChart;
import dev.descent.charts.FitChart;
import dev.descent.charts.LandscapeChart;
import dev.descent.charts.SurfaceChart;
import dev.descent.core.Model;
import dev.descent.io.AppDataFolder;
import dev.descent.io.DataFileException;
import dev.descent.workspace.Autosave;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;

import java.util.function.Supplier;

/** The desktop app: builds the view, the view-model and the controller, and owns the window. */
public final class DescentApp extends Application {
    private MainController controller;
    private Exporter exporter;
    private java.util.concurrent.ScheduledExecutorService autosaveTimer;
    private WindowLook look;
    private ChartPainter painter;
    private ScreenLoad load;

    static void launchApp(String[] args) {
        Application.launch(DescentApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        // A bug in an event handler: a crash log and a dialog, and the window goes on.
        Thread.currentThread().setUncaughtExceptionHandler(Threads.handler());
        // The charts are drawn on a thread of their own; the FX thread only changes them.
        load = new ScreenLoad();
        painter = new ChartPainter(Threads::daemon, (t, e) -> Threads.handler().uncaughtException(t, e),
                load::working, load::done, load::held);
        RunEngine engine = new RunEngine();
        engine.setScreenLoad(load);
        // One lane (a thread) per place: the landscape's place shows the surface too.
        ChartPainter.Lane fitLane = painter.lane();
        ChartPainter.Lane costLane = painter.lane();
        ChartPainter.Lane landscapeLane = painter.lane();
        LivePlots plots = new LivePlots(Mirrored.drawnBy(fitLane, () -> new FitChart(Model.LINE), FitChart::chart),
                Mirrored.drawnBy(costLane, CostChart::new, CostChart::chart),
                Mirrored.drawnBy(landscapeLane, LandscapeChart::new, LandscapeChart::chart),
                Mirrored.drawnBy(landscapeLane, SurfaceChart::new, SurfaceChart::chart));
        MainView view = new MainView(new ChartPicture(fitLane), new ChartPicture(costLane),
                new ChartPicture(landscapeLane));
        view.fitViewer.show(plots.fitChart());
        view.costViewer.show(plots.costChart());
        view.landscapeViewer.show(plots.landscapeChart());
        exporter = new Exporter(view::showNote);
        autosaveTimer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "descent-autosave");
            t.setDaemon(true);
            return t;
        });
        Autosave autosave = new Autosave(AppDataFolder.path(),
                (task, delay) -> autosaveTimer.schedule(task, delay, java.util.concurrent.TimeUnit.MILLISECONDS),
                message -> Platform.runLater(() -> view.showNote(message)));
        String autosaveProblem = null;
        try {
            autosave.start();
        } catch (DataFileException e) {
            autosaveProblem = "Not autosaving: " + e.getMessage();
        }
        controller = new MainController(new AppViewModel(), view, engine, plots, painter,
                exporter, autosave);
        controller.setScreenLoad(load);
        addChartExport(view.fitViewer, view.exportFit, "fit.png", () -> controller.chartsForExport().fit(), stage);
        addChartExport(view.costViewer, view.exportCost, "cost.png", () -> controller.chartsForExport().cost(), stage);
        addChartExport(view.landscapeViewer, view.exportLandscape, "landscape.png",
                () -> controller.chartsForExport().landscape(), stage);

        // The size it had last time (or the default), fitted to the screen; remembered when it closes.
        WindowSize size = WindowLook.sizeToOpen();
        Scene scene = new Scene(view, size.width(), size.height());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        stage.setTitle("Descent · gradient descent, live");
        stage.setMinWidth(WindowLook.smallest().width());
        stage.setMinHeight(WindowLook.smallest().height());
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            WindowLook.rememberSize(stage, view::showNote);
            if (!controller.mayClose(stage::hide)) {
                e.consume();
            }
        });
        look = new WindowLook(stage, view, controller, exporter);
        look.bind(Theme.atStart(), Presentation.atStart());
        controller.start();
        stage.show();
        if (autosaveProblem != null) {
            view.showNote(autosaveProblem);
        }
        controller.offerRestore();
    }

    /** The chart's own export: its button under it and "Export PNG…" on its right-click menu. */
    private void addChartExport(ChartPicture viewer, Button button, String name, Supplier<JFreeChart> copy, Stage stage) {
        button.setOnAction(e -> exporter.promptExportChart(stage, copy.get(), name));
        MenuItem item = new MenuItem("Export PNG…");
        item.setOnAction(e -> exporter.promptExportChart(stage, copy.get(), name));
        ContextMenu menu = new ContextMenu(item);
        viewer.setOnContextMenuRequested(e -> menu.show(viewer, e.getScreenX(), e.getScreenY()));
    }

    /** Space play/pause, → step an epoch, Shift+→ step an update, R reset, Ctrl+E export all. */
    private void onKey(KeyEvent e) {
        boolean typing = e.getTarget() instanceof TextInputControl
                || (e.getTarget() instanceof javafx.scene.Node n && n.getScene() != null
                && n.getScene().getFocusOwner() instanceof TextInputControl);
        if (e.isShortcutDown() && e.getCode() == KeyCode.E) {
            controller.exportAllWithPrompt();
            e.consume();
            return;
        }
        if (e.isShortcutDown() && e.getCode() == KeyCode.Y && !typing) {
            controller.redo(); // the other usual key for Redo, beside the menu's Ctrl+Shift+Z
            e.consume();
            return;
        }
        if (typing && e.getCode() == KeyCode.ENTER && e.getTarget() instanceof TextInputControl field
                && field.getScene() != null) {
            // A value typed and taken hands the keys back to the shortcuts, so Space plays at once in
            // front of a class; a refused one keeps the field for fixing. The field takes its Enter first.
            javafx.scene.Parent root = field.getScene().getRoot();
            Platform.runLater(() -> {
                if (field.isFocused() && !field.getStyleClass().contains(dev.descent.app.view.Styles.INVALID)) {
                    root.requestFocus();
                }
            });
        }
        if (typing || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        boolean onSlider = e.getTarget() instanceof javafx.scene.Node n && n.getScene() != null
                && n.getScene().getFocusOwner() instanceof javafx.scene.control.Slider;
        if (onSlider && e.getCode().isArrowKey()) {
            return; // a focused slider steps its value with the arrows (FineSteps)
        }
        switch (e.getCode()) {
            case SPACE -> controller.togglePlay();
            case RIGHT -> {
                if (e.isShiftDown()) {
                    controller.stepUpdate();
                } else {
                    controller.stepEpoch();
                }
            }
            case R -> controller.reset();
            default -> {
                return;
            }
        }
        e.consume();
    }

    @Override
    public void stop() {
        if (controller != null) {
            controller.stop();
        }
        if (autosaveTimer != null) {
            autosaveTimer.shutdownNow();
        }
        if (exporter != null) {
            exporter.close();
        }
        if (painter != null) {
            painter.stop();
        }
    }

    /** Where trainers give way to the screen (tests look at its hold on new runs). */
    ScreenLoad screenLoad() {
        return load;
    }

    MainController controller() {
        return controller;
    }

    WindowLook look() {
        return look;
    }
}
