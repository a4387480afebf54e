package dev.descent.app;

import dev.descent.app.view.MainView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;

import java.util.function.BooleanSupplier;

/**
 * The real window, opened for each test on the headless Monocle platform and closed after it. Tests drive
 * it by steps or play runs to an end state, and wait only for states ({@link #waitUntil}), never for time.
 */
abstract class RealWindowTest extends ApplicationTest {
    protected DescentApp app;
    protected MainController controller;
    protected MainView view;
    protected Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        app = new DescentApp();
        app.start(stage);
        controller = app.controller();
        view = (MainView) stage.getScene().getRoot();
    }

    @AfterEach
    void closeTheWindow() throws Exception {
        FxToolkit.cleanupStages();
        interact(() -> app.stop());
    }

    /** Waits for a state the worker threads or the FX thread reach, polling; never asserts on time. */
    protected void waitUntil(String what, BooleanSupplier condition) {
        if (!dev.descent.testing.FxPolling.reached(condition)) {
            throw new AssertionError("timed out waiting until " + what + "; status: " + view.status.getText());
        }
    }

    /** The legend of a chart place as drawn: earlier runs are the picture's, kept on the painter's side. */
    protected static java.util.List<String> legendAsDrawn(dev.descent.app.view.ChartPicture place) {
        return place.readDrawn(chart -> {
            java.util.List<String> labels = new java.util.ArrayList<>();
            var items = chart.getXYPlot().getLegendItems();
            for (int i = 0; i < items.getItemCount(); i++) {
                labels.add(items.get(i).getLabel());
            }
            return labels;
        });
    }

    /**
     * Waits until each chart place shows a picture of its chart as it is now: the charts are drawn on
     * their own thread, so what is on screen can be a frame or two behind a change.
     */
    protected void waitForPictures() {
        waitUntil("every chart's picture is of its chart now", () -> view.fitViewer.isCurrent()
                && view.costViewer.isCurrent() && view.landscapeViewer.isCurrent()
                && view.fitViewer.getRenderingInfo() != null && view.costViewer.getRenderingInfo() != null
                && view.landscapeViewer.getRenderingInfo() != null);
    }
}
