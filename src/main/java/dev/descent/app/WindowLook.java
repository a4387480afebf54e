package dev.descent.app;

import dev.descent.app.view.MainView;
import dev.descent.app.view.Styles;
import dev.descent.charts.ChartTheme;
import dev.descent.io.DataFileException;
import javafx.application.Application;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;

import java.util.List;
import java.util.function.Consumer;

/**
 * How the window looks, and the View menu that changes it: the light or dark theme (the controls'
 * AtlantaFX stylesheet and the charts' {@link ChartTheme} together), presentation mode, full screen
 * and the settings panel; and File › Export for print, which writes the charts light whatever the
 * screen shows.
 */
final class WindowLook {
    private final Stage stage;
    private final MainView view;
    private final MainController controller;
    private final Exporter exporter;
    private final Presentation presentation;
    private Theme theme = Theme.LIGHT;

    WindowLook(Stage stage, MainView view, MainController controller, Exporter exporter) {
        this.stage = stage;
        this.view = view;
        this.controller = controller;
        this.exporter = exporter;
        this.presentation = new Presentation(view, controller::setPresenting);
    }

    /** Ties the menu items to the look and sets the look to open with. */
    void bind(Theme atStart, boolean presenting) {
        view.lightTheme.setOnAction(e -> setTheme(Theme.LIGHT));
        view.darkTheme.setOnAction(e -> setTheme(Theme.DARK));
        // An accelerator fires a check item without ticking it, a click ticks it first: each toggles the
        // state itself, and the tick follows the state.
        view.presentation.setOnAction(e -> presentation.set(!presentation.isOn()));
        view.settingsShown.setOnAction(e -> view.setSettingsShown(!view.isSettingsShown()));
        view.fullScreen.setOnAction(e -> {
            stage.setFullScreen(!stage.isFullScreen());
            view.fullScreen.setSelected(stage.isFullScreen());
        });
        // Esc leaves full screen by itself: the menu's tick follows the window.
        stage.fullScreenProperty().addListener((obs, was, on) -> view.fullScreen.setSelected(on));
        view.exportPrint.setOnAction(e -> exporter.promptExportAll(stage, this::chartsForPrint));
        setTheme(atStart);
        presentation.set(presenting);
    }

    /** Switches the controls and the charts (and so their exports) to {@code next}. */
    void setTheme(Theme next) {
        theme = next;
        Application.setUserAgentStylesheet(next.stylesheet());
        view.getStyleClass().remove(Styles.DARK);
        if (next == Theme.DARK) {
            view.getStyleClass().add(Styles.DARK);
        }
        (next == Theme.DARK ? view.darkTheme : view.lightTheme).setSelected(true);
        controller.setChartTheme(next.charts());
    }

    Theme theme() {
        return theme;
    }

    Presentation presentation() {
        return presentation;
    }

    /** Copies of the charts on screen in the light theme, for paper, whatever the screen's theme. */
    Exporter.ChartSet chartsForPrint() {
        Exporter.ChartSet screen = controller.chartsForExport();
        return new Exporter.ChartSet(light(screen.fit()), light(screen.cost()), light(screen.landscape()));
    }

    private static JFreeChart light(JFreeChart copy) {
        // Its markers are the screen's (a copy shares them) and keep the screen's colours.
        ChartTheme.LIGHT.applyToCopy(copy);
        copy.setBackgroundPaint(ChartTheme.LIGHT.background());
        return copy;
    }

    /** Remembers the window's size for next time; a failure to write it is only a note. */
    static void rememberSize(Stage stage, Consumer<String> note) {
        if (stage.isFullScreen() || stage.isMaximized() || !(stage.getWidth() > 0)) {
            return;
        }
        try {
            new WindowSize(stage.getWidth(), stage.getHeight()).save(WindowSize.file());
        } catch (DataFileException e) {
            note.accept(e.getMessage());
        }
    }

    /** Sizes the stage to open at: the remembered size, or the default, fitted to the screen. */
    static WindowSize sizeToOpen() {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        return WindowSize.toOpen(WindowSize.load(WindowSize.file()), screen.getWidth(), screen.getHeight());
    }

    /** The smallest the window may be made on the primary screen. */
    static WindowSize smallest() {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        return WindowSize.smallestOn(screen.getWidth(), screen.getHeight());
    }

    /** The stylesheets a dialog of the window needs to look like it. */
    List<String> stylesheets() {
        return view.getStylesheets();
    }
}
