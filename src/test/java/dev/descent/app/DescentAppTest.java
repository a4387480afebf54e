package dev.descent.app;

import dev.descent.app.view.MainView;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window, driven as a user would, headless. */
class DescentAppTest extends ApplicationTest {
    private DescentApp app;
    private MainController controller;
    private MainView view;

    @Override
    public void start(Stage stage) {
        app = new DescentApp();
        app.start(stage);
        controller = app.controller();
        view = (MainView) stage.getScene().getRoot();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        interact(() -> app.stop());
    }

    private void waitUntil(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            boolean[] ok = {false};
            interact(() -> ok[0] = condition.getAsBoolean());
            if (ok[0]) {
                return;
            }
            WaitForAsyncUtils.sleep(20, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("timed out waiting until " + what + "; status: " + view.status.getText());
    }

    private void setSpeedInstant() {
        interact(() -> view.speed.setValue(view.speed.getMax()));
    }

    @Test
    void opensWithTheFirstLecturePresetReadyToPlay() {
        assertEquals("gd", view.preset.getValue().id());
        assertEquals(RunStatus.READY, controller.viewModel().statusProperty().get());
        assertTrue(view.status.getText().startsWith("0 of 100 epochs done   w = 1.00   cost = 4.67"), view.status.getText());
        assertEquals(0.01, controller.viewModel().learningRateProperty().get());
        assertEquals(List.of("Predict (before training) 4 4.00"), logText());
    }

    @Test
    void playRunsToTheEndAndTheStatusShowsW2() {
        setSpeedInstant();
        clickOn("#play");
        waitUntil("the run finishes", () -> controller.viewModel().statusProperty().get() == RunStatus.FINISHED);
        String status = view.status.getText();
        assertTrue(status.startsWith("100 of 100 epochs done   w = 2.00"), status);
        assertTrue(status.endsWith("finished"), status);
        // With the Log tab closed the list is left alone; opening it shows the lecture's own lines.
        assertTrue(view.log.getItems().isEmpty(), "a closed Log tab is not filled");
        List<String> lines = logText();
        assertEquals("Epoch: 0 w= 1.09 cost= 4.67", lines.get(1));
        assertEquals("Epoch: 99 w= 2.00 cost= 0.00", lines.get(100));
        assertEquals("Predict (after training) 4 8.00", lines.get(101));
    }

    @Test
    void draggingTheLearningRateSliderRestartsTheRunAndChangesTheCharts() throws Exception {
        setSpeedInstant();
        clickOn("#play");
        waitUntil("the first run finishes", () -> controller.viewModel().statusProperty().get() == RunStatus.FINISHED);
        long generation = controller.feed().generation();
        BufferedImage before = fitImage();
        double[] paramsBefore = controller.viewModel().paramsProperty().get();

        Slider slider = lookup("#lr-slider").queryAs(Slider.class);
        drag(slider.lookup(".thumb")).moveBy(-60, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        waitUntil("the new run finishes", () -> controller.feed().generation() > generation
                && controller.viewModel().statusProperty().get() == RunStatus.FINISHED);

        double lr = controller.viewModel().learningRateProperty().get();
        assertTrue(lr < 0.01, "slider moved left lowers the learning rate, got " + lr);
        double[] paramsAfter = controller.viewModel().paramsProperty().get();
        assertNotEquals(paramsBefore[0], paramsAfter[0], "a smaller learning rate ends elsewhere after 100 epochs");
        assertTrue(paramsAfter[0] < 2 - 1e-3, "w has not reached 2 yet: " + paramsAfter[0]);
        BufferedImage after = fitImage();
        assertTrue(differingPixels(before, after) > 50, "the fitted line moved on screen");
    }

    @Test
    void aSettingChangedWhileHeldWaitsAtTheStartAndWhilePlayingPlaysOn() {
        // Ready: a new learning rate restarts the run, still ready.
        clickOn("#lr-field").eraseText(6).write("0.02").type(KeyCode.ENTER);
        waitUntil("restarted with lr 0.02", () -> controller.feed().config().optimizer().lr() == 0.02);
        assertEquals(RunStatus.READY, controller.viewModel().statusProperty().get());
        // Paused mid-run: the new run waits at its start for Play.
        clickOn("#play");
        waitUntil("a few epochs", () -> controller.viewModel().epochProperty().get() >= 3);
        clickOn("#play");
        assertEquals(RunStatus.PAUSED, controller.viewModel().statusProperty().get());
        clickOn("#lr-field").eraseText(6).write("0.03").type(KeyCode.ENTER);
        waitUntil("restarted with lr 0.03", () -> controller.feed().config().optimizer().lr() == 0.03);
        assertEquals(RunStatus.READY, controller.viewModel().statusProperty().get());
        sleep(300);
        assertEquals(0, controller.viewModel().epochProperty().get(), "held at the start");
        // Playing: the new run plays on.
        clickOn("#play");
        waitUntil("playing", () -> controller.viewModel().epochProperty().get() >= 1);
        clickOn("#lr-field").eraseText(6).write("0.04").type(KeyCode.ENTER);
        waitUntil("restarted with lr 0.04", () -> controller.feed().config().optimizer().lr() == 0.04);
        assertEquals(RunStatus.RUNNING, controller.viewModel().statusProperty().get());
        waitUntil("the new run moves", () -> controller.viewModel().epochProperty().get() >= 2);
    }

    @Test
    void chartsAFrameHadNoTimeForAreDrawnInTheFramesAfterEvenOnceTheRunHasEnded() {
        // No time at all: each frame draws one chart, the one that has waited longest.
        interact(() -> controller.setFrameBudgetNanos(0));
        setSpeedInstant();
        clickOn("#play");
        waitUntil("the run finishes", () -> controller.viewModel().statusProperty().get() == RunStatus.FINISHED);
        waitUntil("every chart drawn", () -> !controller.chartsPending());
        double w = controller.viewModel().paramsProperty().get()[0];
        double[] fitSlope = new double[1];
        double[] landscapeW = new double[1];
        double[] lastCostEpoch = new double[1];
        double[] lastCost = new double[1];
        interact(() -> {
            var curve = view.fitViewer.getChart().getXYPlot().getDataset(0);
            int last = curve.getItemCount(0) - 1;
            fitSlope[0] = (curve.getYValue(0, last) - curve.getYValue(0, 0))
                    / (curve.getXValue(0, last) - curve.getXValue(0, 0));
            landscapeW[0] = view.landscapeViewer.getChart().getXYPlot().getDataset(4).getXValue(0, 0);
            var costs = view.costViewer.getChart().getXYPlot().getDataset();
            lastCostEpoch[0] = costs.getXValue(0, costs.getItemCount(0) - 1);
            lastCost[0] = costs.getYValue(0, costs.getItemCount(0) - 1);
        });
        assertEquals(w, fitSlope[0], 1e-9, "the fitted line is the last epoch's");
        assertEquals(w, landscapeW[0], 0.0, "the point on the landscape is the last epoch's");
        // Epochs 0..99 are drawn at the cost each started from; the curve ends at the cost after them,
        // at epoch 100, which is the status line's.
        assertEquals(100, lastCostEpoch[0], "the cost curve reaches the state after the last epoch");
        assertEquals(controller.viewModel().costProperty().get(), lastCost[0], 0.0);
        interact(() -> controller.setFrameBudgetNanos(MainController.FRAME_BUDGET_NANOS));
    }

    @Test
    void aRefusedFieldKeepsTheRunAsItWasAndPauseStillHoldsIt() {
        // Playing (a rate changed while playing), paused, then a start value that cannot be read, then a
        // good one: the run waits at its start, as a paused run does.
        clickOn("#play");
        clickOn("#lr-field").eraseText(6).write("0.02").type(KeyCode.ENTER);
        waitUntil("a few epochs at 0.02", () -> controller.feed().config().optimizer().lr() == 0.02
                && controller.viewModel().epochProperty().get() >= 2);
        clickOn("#play");
        assertEquals(RunStatus.PAUSED, controller.viewModel().statusProperty().get());
        clickOn("#init").eraseText(3).write("abc").type(KeyCode.ENTER);
        waitUntil("refused", () -> controller.viewModel().statusProperty().get() == RunStatus.INVALID);
        clickOn("#init").eraseText(3).write("0.5").type(KeyCode.ENTER);
        waitUntil("restarted from 0.5", () -> controller.feed().config().init()[0] == 0.5);
        assertEquals(RunStatus.READY, controller.viewModel().statusProperty().get(), "held, as it was");
        // Playing, then a refused value: the run goes on, and Pause holds it.
        clickOn("#play");
        waitUntil("playing", () -> controller.viewModel().epochProperty().get() >= 1);
        clickOn("#init").eraseText(3).write("abc").type(KeyCode.ENTER);
        waitUntil("refused", () -> controller.viewModel().statusProperty().get() == RunStatus.INVALID);
        // The line keeps saying why, ahead of the numbers of the run going on.
        int before = controller.viewModel().epochProperty().get();
        waitUntil("a few more epochs", () -> controller.viewModel().epochProperty().get() >= before + 2);
        String line = view.status.getText();
        assertTrue(line.startsWith("Not applied: ") && line.contains("abc") && line.contains(" epochs done "), line);
        assertEquals("Pause", view.play.getText(), "the run goes on, and the button holds it");
        clickOn("#play");
        sleep(300);
        int held = controller.viewModel().epochProperty().get();
        sleep(500);
        assertEquals(held, controller.viewModel().epochProperty().get(), "Pause held the run");
        assertEquals("Play", view.play.getText());
        // Play resumes it as it was, the field still refused.
        clickOn("#play");
        waitUntil("going on", () -> controller.viewModel().epochProperty().get() >= held + 2);
        assertEquals(RunStatus.INVALID, controller.viewModel().statusProperty().get());
        assertEquals("Pause", view.play.getText());
    }

    @Test
    void aRefusedLearningRateSaysWhyAndTypingTheSameRateAgainLiftsIt() {
        clickOn("#play");
        waitUntil("playing", () -> controller.viewModel().epochProperty().get() >= 2);
        clickOn("#lr-field").eraseText(6).write("abc").type(KeyCode.ENTER);
        waitUntil("refused", () -> controller.viewModel().statusProperty().get() == RunStatus.INVALID);
        int before = controller.viewModel().epochProperty().get();
        waitUntil("the run goes on", () -> controller.viewModel().epochProperty().get() >= before + 2);
        String line = view.status.getText();
        assertTrue(line.startsWith("Not applied: 'abc' is not a learning rate"), line);
        // The rate it had: nothing changes, so nothing restarts, but the refusal is over.
        clickOn("#lr-field").eraseText(6).write("0.01").type(KeyCode.ENTER);
        waitUntil("no longer refused", () -> controller.viewModel().statusProperty().get() == RunStatus.RUNNING
                || controller.viewModel().statusProperty().get() == RunStatus.FINISHED);
        waitUntil("the line says so", () -> !view.status.getText().contains("Not applied"));
        assertTrue(controller.viewModel().epochProperty().get() >= before, "the same run, not restarted");
    }

    @Test
    void aLearningRateAboveTheLimitShowsTheDivergenceMessage() {
        setSpeedInstant();
        clickOn("#lr-field").eraseText(6).write("0.3").type(KeyCode.ENTER);
        clickOn("#play");
        waitUntil("the run diverges", () -> controller.viewModel().statusProperty().get() == RunStatus.DIVERGED);
        String status = view.status.getText();
        assertTrue(status.matches("Diverged at epoch \\d+: learning rate 0\\.30 is above the stability limit 0\\.214 for this data"),
                status);
    }

    @Test
    void exportedChartsHaveFullSizeTextWhateverTheirPlaceOnScreen() {
        // Small places on screen use small text; the pictures all use the full size, alike.
        interact(() -> {
            for (var v : List.of(view.fitViewer, view.costViewer, view.landscapeViewer)) {
                List<org.jfree.chart.plot.Marker> markers = new java.util.ArrayList<>();
                for (var layer : org.jfree.chart.ui.Layer.values()) {
                    var some = v.getChart().getXYPlot().getDomainMarkers(layer);
                    if (some != null) {
                        some.forEach(m -> markers.add((org.jfree.chart.plot.Marker) m));
                    }
                }
                dev.descent.charts.ChartStyle.setCompact(v.getChart(), true,
                        markers.toArray(org.jfree.chart.plot.Marker[]::new));
            }
        });
        float screenTitle = view.fitViewer.getChart().getTitle().getFont().getSize2D();
        assertTrue(screenTitle < dev.descent.charts.ChartStyle.TITLE_FONT.getSize2D(), "small on screen: " + screenTitle);
        Exporter.ChartSet[] copies = new Exporter.ChartSet[1];
        interact(() -> copies[0] = controller.chartsForExport());
        for (var chart : List.of(copies[0].fit(), copies[0].cost(), copies[0].landscape())) {
            assertEquals(dev.descent.charts.ChartStyle.TITLE_FONT.getSize2D(), chart.getTitle().getFont().getSize2D());
            assertEquals(dev.descent.charts.ChartStyle.TICK_LABEL_FONT.getSize2D(),
                    chart.getXYPlot().getDomainAxis().getTickLabelFont().getSize2D());
        }
        assertEquals(screenTitle, view.fitViewer.getChart().getTitle().getFont().getSize2D(), "the screen's stay small");
        for (var v : List.of(view.costViewer, view.landscapeViewer)) {
            var plot = v.getChart().getXYPlot();
            for (var layer : org.jfree.chart.ui.Layer.values()) {
                var markers = plot.getDomainMarkers(layer);
                if (markers != null) {
                    for (Object m : markers) {
                        assertTrue(((org.jfree.chart.plot.Marker) m).getLabelFont().getSize2D()
                                < dev.descent.charts.ChartStyle.MARKER_FONT.getSize2D(), "the screen's markers too");
                    }
                }
            }
        }
    }

    @Test
    void exportAllWritesThreeNonBlankPngsOfTheAskedSize(@TempDir Path dir) throws Exception {
        setSpeedInstant();
        clickOn("#play");
        waitUntil("the run finishes", () -> controller.viewModel().statusProperty().get() == RunStatus.FINISHED);
        Exporter.ChartSet[] copies = new Exporter.ChartSet[1];
        interact(() -> copies[0] = controller.chartsForExport());
        List<Path> files = controller.exporter().exportAll(copies[0], dir, 640, 400).get(20, TimeUnit.SECONDS);
        assertEquals(List.of("fit.png", "cost.png", "landscape.png"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        for (Path file : files) {
            BufferedImage image = ImageIO.read(file.toFile());
            assertEquals(640, image.getWidth(), file.toString());
            assertEquals(400, image.getHeight(), file.toString());
            assertTrue(distinctColours(image) > 20, file + " is not blank");
        }
        try (var listing = Files.list(dir)) {
            assertEquals(3, listing.count(), "no temporary files left");
        }
    }

    @Test
    void eachChartsOwnExportButtonWritesThatChart(@TempDir Path dir) throws Exception {
        List<String> asked = new java.util.ArrayList<>();
        controller.exporter().useDialogs(new FileDialogs() {
            @Override
            public java.util.Optional<Path> save(javafx.stage.Window owner, String title, Path folder,
                                                 String suggestedName, String kind, String pattern) {
                asked.add(suggestedName);
                return java.util.Optional.of(dir.resolve("chosen-" + suggestedName));
            }

            @Override
            public java.util.Optional<Path> open(javafx.stage.Window owner, String title, Path folder, String kind,
                                                 String pattern) {
                return java.util.Optional.empty();
            }
        });
        clickOn("#export-fit");
        clickOn("#export-cost");
        clickOn("#export-landscape");
        assertEquals(List.of("fit.png", "cost.png", "landscape.png"), asked);
        for (String name : asked) {
            Path file = dir.resolve("chosen-" + name);
            waitUntil(file + " is written", () -> Files.exists(file));
            BufferedImage image = ImageIO.read(file.toFile());
            assertEquals(Exporter.DEFAULT_WIDTH, image.getWidth(), name);
            assertEquals(Exporter.DEFAULT_HEIGHT, image.getHeight(), name);
            assertTrue(distinctColours(image) > 20, name + " is not blank");
        }
        waitUntil("the notice names the last file", () -> view.note.getText().contains("chosen-landscape.png"));
        try (var listing = Files.list(dir)) {
            assertEquals(3, listing.count(), "no temporary files left");
        }
    }

    @Test
    void closingTheWindowDuringARunStopsTheWorker() {
        setSpeedInstant();
        interact(() -> controller.viewModel().epochsProperty().set(10_000_000));
        clickOn("#play");
        waitUntil("the run is under way", () -> controller.viewModel().epochProperty().get() > 1000);
        assertTrue(controller.feed().result() == null, "still running when the window closes");
        interact(() -> app.stop());
        assertEquals(0, controller.engine().liveThreads(), "the training thread is gone once the app has stopped");
        assertEquals(dev.descent.core.train.StopReason.CANCELLED, controller.feed().result().reason());
    }

    @Test
    void keyboardShortcutsPlayStepAndReset() {
        clickOn("#status");
        type(KeyCode.RIGHT);
        waitUntil("one epoch ran", () -> controller.viewModel().epochProperty().get() == 1);
        assertEquals(RunStatus.PAUSED, controller.viewModel().statusProperty().get());
        assertTrue(view.status.getText().startsWith("1 of 100 epochs done   w = 1.09"), view.status.getText());
        type(KeyCode.R);
        waitUntil("reset", () -> controller.viewModel().statusProperty().get() == RunStatus.READY
                && controller.viewModel().epochProperty().get() == 0);
        setSpeedInstant();
        clickOn("#status");
        type(KeyCode.SPACE);
        waitUntil("space plays to the end", () -> controller.viewModel().statusProperty().get() == RunStatus.FINISHED);
    }

    @Test
    void aLongInstantRunRedrawsEachChartAtMostOncePerFrameAndTrainsOffTheFxThread() {
        setSpeedInstant();
        interact(() -> controller.viewModel().epochsProperty().set(100_000));
        clickOn("#play");
        waitUntil("the long run finishes", () -> controller.viewModel().statusProperty().get() == RunStatus.FINISHED);
        assertEquals(100_000, controller.viewModel().epochProperty().get());
        long[] fxThread = new long[1];
        interact(() -> fxThread[0] = Thread.currentThread().getId());
        assertNotEquals(fxThread[0], controller.engine().trainingThreadId(), "training ran on the FX thread");
        assertTrue(controller.engine().trainingThreadId() > 0);
        assertTrue(controller.frameLoop().maxRedrawsInOneFrame() <= 3,
                "three charts, at most one redraw each per frame; saw " + controller.frameLoop().maxRedrawsInOneFrame());
        System.out.printf("long instant run: %d frames, longest FX frame %.2f ms%n", controller.frameLoop().frames(),
                controller.frameLoop().longestFrameNanos() / 1e6);
    }

    /** The Log tab's lines as they read, with the tab open. */
    private List<String> logText() {
        List<String> text = new java.util.ArrayList<>();
        interact(() -> {
            view.lowerRight.getSelectionModel().select(view.logTab);
            view.log.getItems().forEach(line -> text.add(line.text()));
        });
        return text;
    }

    /** Where data point (x, y) is on the screen. */
    private javafx.geometry.Point2D onScreen(double x, double y) {
        double[][] px = new double[1][];
        interact(() -> px[0] = controller.dataEditing().toPixel(x, y));
        return view.fitViewer.getCanvas().localToScreen(px[0][0], px[0][1]);
    }

    @Test
    void draggingADataPointChangesTheFittedLine() {
        waitUntil("the fit chart is drawn", () -> controller.dataEditing().toPixel(3, 6) != null);
        javafx.geometry.Point2D point = onScreen(3, 6);
        drag(point, javafx.scene.input.MouseButton.PRIMARY).moveBy(0, 40).moveBy(0, 40)
                .release(javafx.scene.input.MouseButton.PRIMARY);
        double movedY = controller.viewModel().dataProperty().get().y(2);
        assertTrue(movedY < 6 - 0.5, "the third point moved down: y = " + movedY);
        // The readout under the charts followed the drag down (it read y = 6.00 over the point before);
        // the axes refit to the moved point as it goes, so it reads the mouse, not the point.
        String readout = view.readout.getText();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("y = ([-\u22120-9.]+)").matcher(readout);
        assertTrue(m.find(), readout);
        assertTrue(Double.parseDouble(m.group(1).replace('\u2212', '-')) < 6 - 0.5, readout);
        assertEquals(3, controller.viewModel().dataProperty().get().size());
        setSpeedInstant();
        clickOn("#play");
        waitUntil("the run on the edited data finishes",
                () -> controller.viewModel().statusProperty().get() == RunStatus.FINISHED);
        // Least squares through the origin: w = Σxy / Σx² = (2 + 8 + 3y₃) / 14, below 2 once y₃ < 6.
        double expected = (2 + 8 + 3 * movedY) / 14;
        double w = controller.viewModel().paramsProperty().get()[0];
        assertEquals(expected, w, 1e-3, "the fitted line follows the moved point");
        // The log starts over for the edited data. Worked by hand from w = 1 on x = 1, 2, 3 and
        // y = 2, 4, y₃: cost = (1 + 4 + (3 − y₃)²) / 3, gradient = (2/3)(14·1 − (2 + 8 + 3y₃)).
        double cost0 = (1 + 4 + (3 - movedY) * (3 - movedY)) / 3;
        double w1 = 1 - 0.01 * (2.0 / 3) * (14 - (2 + 8 + 3 * movedY));
        String epoch0 = logText().stream().filter(l -> l.startsWith("Epoch: 0 ")).findFirst().orElseThrow();
        assertEquals(String.format(java.util.Locale.ROOT, "Epoch: 0 w= %.2f cost= %.2f", w1, cost0), epoch0);
        assertEquals(1, logText().stream().filter(l -> l.startsWith("Epoch: 0 ")).count(), "one run's lines");
    }

    @Test
    void afterOneBatchsUpdateTheCostCurveEndsAtTheCostTheStatusLineGives() {
        interact(() -> controller.applyPreset(dev.descent.lecture.Presets.byId("sgd")));
        interact(() -> controller.stepEpoch());
        waitUntil("one epoch", () -> controller.viewModel().epochProperty().get() == 1);
        double afterEpoch = controller.viewModel().costProperty().get();
        interact(() -> controller.stepUpdate());
        waitUntil("the cost moves within epoch 1", () -> controller.viewModel().costProperty().get() != afterEpoch);
        waitUntil("the cost chart ends there too", () -> {
            double[] last = new double[2];
            interact(() -> {
                var data = view.costViewer.getChart().getXYPlot().getDataset();
                int n = data.getItemCount(0);
                last[0] = data.getXValue(0, n - 1);
                last[1] = data.getYValue(0, n - 1);
            });
            return last[0] == 1 && last[1] == controller.viewModel().costProperty().get();
        });
    }

    @Test
    void theLandscapeAlongAParameterAwayFromItsBestShowsTheBottomOfItsOwnCurve() {
        // The quadratic lecture along b, with a and c at their starts: this slice's bottom is near b = 11,
        // far from the least-squares b* = −5.48 the view used to be centred on.
        interact(() -> controller.applyPreset(dev.descent.lecture.Presets.byId("quadratic")));
        interact(() -> view.landscapeParameter.getSelectionModel().select(1));
        waitUntil("the landscape is along b", () -> view.landscapeViewer.getChart().getXYPlot().getDomainAxis()
                .getLabel().equals("b"));
        WaitForAsyncUtils.waitForFxEvents();
        int[] lowest = new int[2];
        interact(() -> {
            var curve = view.landscapeViewer.getChart().getXYPlot().getDataset(0);
            int n = curve.getItemCount(0);
            int at = 0;
            for (int i = 1; i < n; i++) {
                if (curve.getYValue(0, i) < curve.getYValue(0, at)) {
                    at = i;
                }
            }
            lowest[0] = at;
            lowest[1] = n;
        });
        assertTrue(lowest[0] > 0 && lowest[0] < lowest[1] - 1, "the curve's bottom inside the view: sample "
                + lowest[0] + " of " + lowest[1]);
        var range = view.landscapeViewer.getChart().getXYPlot().getDomainAxis().getRange();
        double b = controller.viewModel().paramsProperty().get()[1];
        assertTrue(range.getLowerBound() < b - 0.05 * range.getLength(), "the run is not at the edge: " + range);
    }

    @Test
    void aBatchedRunThatEndedSaysHowToWatchItsUpdatesAgain() {
        interact(() -> controller.applyPreset(dev.descent.lecture.Presets.byId("sgd")));
        setSpeedInstant();
        clickOn("#play");
        waitUntil("the run finishes", () -> controller.viewModel().statusProperty().get() == RunStatus.FINISHED);
        waitUntil("the panel says the run has ended", () -> {
            StringBuilder text = new StringBuilder();
            interact(() -> view.explanation.getChildren().forEach(n -> {
                if (n instanceof javafx.scene.control.Label l) {
                    text.append(l.getText()).append('\n');
                }
            }));
            return text.toString().contains("The run has ended: Reset (R), then Shift+→ takes one update at a time.")
                    && !text.toString().contains("Play or step");
        });
    }

    @Test
    void aRateOfZeroSaysNothingWillMove() {
        javafx.scene.control.Label note = lookup("." + dev.descent.app.view.Styles.LIMIT_LABEL).query();
        assertEquals("red mark: plain GD diverges above 0.214", note.getText());
        clickOn("#lr-field").eraseText(6).write("0").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, controller.viewModel().learningRateProperty().get());
        assertEquals("rate 0: no update moves anything", note.getText());
        clickOn("#lr-field").eraseText(6).write("0.01").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("red mark: plain GD diverges above 0.214", note.getText());
    }

    @Test
    void choosingTheLectureShownAgainStartsItOverWithItsOwnSettings() {
        interact(() -> controller.viewModel().learningRateProperty().set(0.05));
        clickOn("#preset");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListCell<?> first = lookup(".list-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getItem() == dev.descent.lecture.Presets.first()
                        && c.getParent() != null && !(c.getParent() instanceof javafx.scene.control.ComboBox))
                .map(n -> (javafx.scene.control.ListCell<?>) n).findFirst().orElseThrow();
        clickOn(first);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.01, controller.viewModel().learningRateProperty().get(), 0.0, "the lecture's own rate");
        assertEquals(dev.descent.lecture.Presets.first(), view.preset.getValue());
    }

    @Test
    void spacePlaysRightAfterAValueIsTypedAndTakenButNotAfterARefusedOne() {
        clickOn("#lr-field").eraseText(6).write("0.02x").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(RunStatus.INVALID, controller.viewModel().statusProperty().get());
        assertTrue(lookup("#lr-field").query().isFocused(), "a refused value keeps the field for fixing");
        type(KeyCode.BACK_SPACE).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.02, controller.viewModel().learningRateProperty().get(), 1e-12);
        assertFalse(lookup("#lr-field").query().isFocused(), "the keys go back to the shortcuts");
        type(KeyCode.SPACE);
        waitUntil("Space plays", () -> controller.viewModel().statusProperty().get() == RunStatus.RUNNING
                || controller.viewModel().epochProperty().get() > 0);
    }

    @Test
    void aTypedEpochCountThatIsNotAWholeNumberInRangeIsRefusedWithItsReason() {
        var editor = view.epochs.getEditor();
        for (String bad : List.of("50x", "-5", "99999999999", "")) {
            clickOn(editor).eraseText(editor.getText().length()).write(bad).type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(RunStatus.INVALID, controller.viewModel().statusProperty().get(), bad);
            assertEquals("Not applied: epochs must be a whole number from 1 to 10,000,000; '" + bad + "' is not",
                    view.status.getText(), bad);
            assertEquals(100, controller.viewModel().epochsProperty().get(), "the run keeps its 100 epochs");
            assertEquals(bad, editor.getText(), "the typed text stays for fixing");
            assertTrue(editor.getStyleClass().contains(dev.descent.app.view.Styles.INVALID));
        }
        clickOn(editor).eraseText(editor.getText().length()).write("40").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(40, controller.viewModel().epochsProperty().get());
        assertEquals(RunStatus.READY, controller.viewModel().statusProperty().get());
        assertFalse(editor.getStyleClass().contains(dev.descent.app.view.Styles.INVALID));
        assertTrue(view.status.getText().startsWith("0 of 40 epochs done"), view.status.getText());

        // Refused again, then an arrow: the value it steps to shows, and the refusal goes with the mark.
        clickOn(editor).eraseText(editor.getText().length()).write("abc").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(RunStatus.INVALID, controller.viewModel().statusProperty().get());
        interact(() -> view.epochs.increment());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(41, controller.viewModel().epochsProperty().get());
        assertEquals("41", editor.getText());
        assertFalse(editor.getStyleClass().contains(dev.descent.app.view.Styles.INVALID));
        assertEquals(RunStatus.READY, controller.viewModel().statusProperty().get());

        // Refused, then the lecture chosen again: its own 100 epochs, unmarked.
        clickOn(editor).eraseText(editor.getText().length()).write("-1").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> controller.applyPreset(dev.descent.lecture.Presets.first()));
        assertEquals("100", editor.getText());
        assertFalse(editor.getStyleClass().contains(dev.descent.app.view.Styles.INVALID));
        assertEquals(RunStatus.READY, controller.viewModel().statusProperty().get());
    }

    @Test
    void aPointAddedBeforePlayLeavesTheModelsLineOnTheChart() {
        // The new run starts where the last one was (w = 1): the line must be drawn again all the same.
        waitUntil("the fit chart is drawn", () -> controller.dataEditing().toPixel(2, 3) != null);
        assertEquals(RunStatus.READY, controller.viewModel().statusProperty().get());
        clickOn(onScreen(2, 3), javafx.scene.input.MouseButton.PRIMARY);
        waitUntil("a fourth point", () -> controller.viewModel().dataProperty().get().size() == 4);
        waitUntil("the line y = 1.00·x is drawn", () -> {
            boolean[] drawn = {false};
            interact(() -> {
                var chart = view.fitViewer.getChart();
                var curve = chart.getXYPlot().getDataset(0);
                drawn[0] = chart.getTitle().getText().equals("y = 1.00·x") && curve.getItemCount(0) > 1
                        && Math.abs(curve.getYValue(0, 0) - curve.getXValue(0, 0)) < 1e-9;
            });
            return drawn[0];
        });
    }

    @Test
    void editedDataNoLongerPassForTheLectureAndChoosingItBringsItsDataBack() {
        waitUntil("the fit chart is drawn", () -> controller.dataEditing().toPixel(2, 3) != null);
        clickOn(onScreen(2, 3), javafx.scene.input.MouseButton.PRIMARY);
        waitUntil("a fourth point", () -> controller.viewModel().dataProperty().get().size() == 4);
        assertEquals(null, view.preset.getValue());
        assertEquals("Your data · Lecture 1 · Batch gradient descent on y = w·x", view.preset.getPromptText());
        // Saved and opened again, the session's own data still do not pass for the lecture.
        dev.descent.io.Session[] saved = new dev.descent.io.Session[1];
        interact(() -> saved[0] = controller.fileActions().session());
        interact(() -> view.preset.getSelectionModel().select(dev.descent.lecture.Presets.first()));
        assertEquals(3, controller.viewModel().dataProperty().get().size(), "the lecture's own three points");
        interact(() -> controller.applySession(saved[0]));
        assertEquals(4, controller.viewModel().dataProperty().get().size());
        assertEquals(null, view.preset.getValue());
        assertEquals("Your data · Lecture 1 · Batch gradient descent on y = w·x", view.preset.getPromptText());
    }

    @Test
    void theLastPointCannotBeRemovedAndTheRunIsUntouchedBySaying() {
        interact(() -> controller.viewModel().dataProperty().set(
                dev.descent.core.Dataset.of(new double[] {2}, new double[] {4})));
        waitUntil("the fit chart is drawn", () -> controller.dataEditing().toPixel(2, 4) != null);
        setSpeedInstant();
        clickOn("#play");
        waitUntil("the run finishes", () -> controller.viewModel().statusProperty().get() == RunStatus.FINISHED);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(onScreen(2, 4), javafx.scene.input.MouseButton.SECONDARY);
        waitUntil("the note says why", () -> view.note.getText().equals("Not removed: the data needs at least one point"));
        assertEquals(1, controller.viewModel().dataProperty().get().size());
        assertEquals(RunStatus.FINISHED, controller.viewModel().statusProperty().get(), "nothing was refused");
        assertFalse(view.status.getText().contains("Not removed"), view.status.getText());
        // Play still plays the run again from its start: a new run.
        long before = controller.feed().generation();
        clickOn("#play");
        waitUntil("a new run starts", () -> controller.feed().generation() > before);
    }

    @Test
    void clickingAddsAPointAndRightClickingOneDeletesIt() {
        waitUntil("the fit chart is drawn", () -> controller.dataEditing().toPixel(2, 3) != null);
        clickOn(onScreen(2, 3), javafx.scene.input.MouseButton.PRIMARY);
        waitUntil("a fourth point", () -> controller.viewModel().dataProperty().get().size() == 4);
        var data = controller.viewModel().dataProperty().get();
        assertEquals(2, data.x(3), 0.05);
        assertEquals(3, data.y(3), 0.1);
        // The new point rescales the axes: let the chart draw itself again before aiming at a point.
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(onScreen(1, 2), javafx.scene.input.MouseButton.SECONDARY);
        waitUntil("the first point deleted", () -> controller.viewModel().dataProperty().get().size() == 3);
        assertEquals(2, controller.viewModel().dataProperty().get().x(0), 1e-12, "(1, 2) is gone, (2, 4) is first");
    }

    @Test
    void compareModeShowsOneLegendEntryAndOnePathPerRun() {
        var race = dev.descent.lecture.Comparisons.all().get(0);
        interact(() -> controller.applyComparison(race));
        assertEquals(4, view.runsBar.getChildren().size(), "one button per run");
        assertEquals(null, view.preset.getValue(), "the box names the comparison, no lecture");
        assertEquals(race.displayName(), view.preset.getPromptText());
        setSpeedInstant();
        clickOn("#play");
        waitUntil("every run finishes", () -> controller.viewModel().epochProperty().get() == 50
                && controller.viewModel().statusProperty().get() == RunStatus.FINISHED);
        List<String> labels = List.of("1 · GD lr 0.1", "2 · momentum 0.8 dampened lr 0.1", "3 · momentum 0.9 lr 0.1",
                "4 · Nesterov 0.9 lr 0.1");
        // A picture of it for a slide, which has no runs bar, names the runs in full.
        Exporter.ChartSet[] exported = new Exporter.ChartSet[1];
        interact(() -> exported[0] = controller.chartsForExport());
        List<String> exportedLegend = new java.util.ArrayList<>();
        var exportedItems = exported[0].cost().getXYPlot().getLegendItems();
        for (int i = 0; i < exportedItems.getItemCount(); i++) {
            exportedLegend.add(exportedItems.get(i).getLabel());
        }
        assertEquals(labels, exportedLegend);
        // Every chart on screen names the runs alike (a legend short of room folds them when drawn).
        for (var viewer : List.of(view.fitViewer, view.costViewer, view.landscapeViewer)) {
            List<String> legend = new java.util.ArrayList<>();
            interact(() -> {
                var items = viewer.getChart().getXYPlot().getLegendItems();
                for (int i = 0; i < items.getItemCount(); i++) {
                    legend.add(items.get(i).getLabel());
                }
            });
            assertTrue(legend.containsAll(labels), viewer.getId() + " legend: " + legend);
        }
        // The landscape draws one path per run: count the series carrying a run's label.
        int[] paths = {0};
        interact(() -> {
            var plot = view.landscapeViewer.getChart().getXYPlot();
            for (int d = 0; d < plot.getDatasetCount(); d++) {
                var data = plot.getDataset(d);
                for (int k = 0; data != null && k < data.getSeriesCount(); k++) {
                    if (labels.contains(String.valueOf(data.getSeriesKey(k))) && data.getItemCount(k) > 1) {
                        paths[0]++;
                    }
                }
            }
        });
        assertEquals(4, paths[0], "four paths on the landscape");
        // While the runs streamed, their charts were rebuilt at most 20 times a second; the last build
        // has every run's cost after its last epoch, at epoch 50.
        waitUntil("the cost chart reaches epoch 50 for every run", () -> {
            int[] ended = {0};
            interact(() -> {
                var data = view.costViewer.getChart().getXYPlot().getDataset();
                for (int k = 0; k < data.getSeriesCount(); k++) {
                    int n = data.getItemCount(k);
                    if (labels.contains(String.valueOf(data.getSeriesKey(k))) && n > 0 && data.getXValue(k, n - 1) == 50) {
                        ended[0]++;
                    }
                }
            });
            return ended[0] == 4;
        });
    }

    @Test
    void theTimelineMovesTheChartsToTheRecordedParameters() {
        setSpeedInstant();
        clickOn("#play");
        waitUntil("the run finishes", () -> controller.viewModel().statusProperty().get() == RunStatus.FINISHED);
        var epochs = controller.history();
        interact(() -> controller.showEpoch(10));
        waitUntil("the status shows epoch 10", () -> view.status.getText().startsWith("10 of 100 epochs done"));
        double w10 = epochs.get(9).params()[0];
        assertEquals(w10, controller.viewModel().paramsProperty().get()[0], 0.0, "the parameters after 10 epochs");
        // Counts in words, so they do not clash with the 0-based epoch numbers of the log and the chart.
        assertEquals("after 10 of 100 epochs", view.timelineLabel.getText());
        double[] current = new double[1];
        interact(() -> current[0] = controller.viewModel().paramsProperty().get()[0]);
        // The landscape's current point is drawn at the recorded w.
        double[] drawn = new double[1];
        interact(() -> {
            var plot = view.landscapeViewer.getChart().getXYPlot();
            var currentPoint = plot.getDataset(4);
            drawn[0] = currentPoint.getXValue(0, 0);
        });
        assertEquals(w10, drawn[0], 0.0);
        // The panel explains the update that starts from the state shown: epoch 10's.
        assertTrue(view.explanationTitle.getText().contains("epoch 10"), view.explanationTitle.getText());
        clickOn("#follow");
        waitUntil("back to the end", () -> view.status.getText().startsWith("100 of 100 epochs done"));
        assertEquals("after 100 epochs (live)", view.timelineLabel.getText());
    }

    @Test
    void spaceHoldsAndResumesComparedRunsStillGoingAfterTheSelectedOneHasEnded() throws Exception {
        var rates = dev.descent.lecture.Comparisons.all().stream().filter(c -> c.id().equals("learning-rates"))
                .findFirst().orElseThrow();
        interact(() -> controller.applyComparison(rates));
        // The selected run (the first) diverges within a few epochs, above the stability limit; the others
        // go on for 100, slowly enough to catch.
        interact(() -> controller.viewModel().learningRateProperty().set(0.5));
        interact(() -> controller.viewModel().speedProperty().set(20));
        interact(() -> controller.togglePlay());
        waitUntil("the selected run ends", () -> controller.viewModel().statusProperty().get() == RunStatus.DIVERGED);
        int ended = controller.completedEpochs(0);
        waitUntil("the others go on", () -> controller.completedEpochs(1) > ended + 2);
        assertEquals("Pause", view.play.getText(), "Space would hold the runs still going");

        interact(() -> controller.togglePlay());
        Thread.sleep(300);
        int held = controller.completedEpochs(1);
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(held, controller.completedEpochs(1), "held");
        assertEquals(ended, controller.completedEpochs(0), "the ended run is not started again");
        assertEquals(RunStatus.DIVERGED, controller.viewModel().statusProperty().get());
        assertEquals("Play", view.play.getText());

        interact(() -> controller.togglePlay());
        waitUntil("they go on", () -> controller.completedEpochs(1) > held);
        assertEquals(ended, controller.completedEpochs(0));

        // A step holds the others and steps them; the ended run keeps its status, and the cost chart the
        // linear scale the teacher chose after the divergence switched to log.
        interact(() -> controller.viewModel().logScaleProperty().set(false));
        interact(() -> controller.stepEpoch());
        int stepped = controller.completedEpochs(1);
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(RunStatus.DIVERGED, controller.viewModel().statusProperty().get());
        assertFalse(controller.viewModel().logScaleProperty().get(), "the scale the teacher chose stays");
        waitUntil("the overlaid cost chart is linear again", () -> !(view.costViewer.getChart().getXYPlot()
                .getRangeAxis() instanceof org.jfree.chart.axis.LogAxis));
        assertTrue(controller.completedEpochs(1) <= stepped + 1, "held after one epoch");
        assertEquals("Play", view.play.getText());

        // Held like that, a setting change restarts every run held at its start.
        interact(() -> controller.viewModel().epochsProperty().set(90));
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(RunStatus.READY, controller.viewModel().statusProperty().get());
        assertEquals(0, controller.completedEpochs(1), "held at the start");

        // Another run still going, selected after the first has ended: it reads as running, and Space holds it.
        interact(() -> controller.togglePlay());
        waitUntil("the first run ends again", () -> controller.viewModel().statusProperty().get() == RunStatus.DIVERGED);
        interact(() -> controller.selectRun(1));
        assertEquals(RunStatus.RUNNING, controller.viewModel().statusProperty().get());
        assertEquals("Pause", view.play.getText());
        interact(() -> controller.togglePlay());
        int second = controller.completedEpochs(1);
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(RunStatus.PAUSED, controller.viewModel().statusProperty().get());
        assertTrue(controller.completedEpochs(1) >= second && controller.completedEpochs(1) <= second + 1,
                "held, not started again: " + second + " then " + controller.completedEpochs(1));
    }

    @Test
    void theTimelineSpansTheRunThatWentFurthestWhenTheSelectedOneDivergedEarly() {
        var rates = dev.descent.lecture.Comparisons.all().stream().filter(c -> c.id().equals("learning-rates"))
                .findFirst().orElseThrow();
        interact(() -> controller.applyComparison(rates));
        interact(() -> controller.viewModel().learningRateProperty().set(0.5)); // the selected run diverges
        setSpeedInstant();
        clickOn("#play");
        waitUntil("the others finish", () -> controller.completedEpochs(1) == 100 && controller.completedEpochs(2) == 100);
        waitUntil("the timeline reaches 100", () -> view.timeline.getMax() == 100);
        int diverged = controller.completedEpochs(0);
        assertTrue(diverged < 20, "the selected run stopped early: " + diverged);
        // Looking back at epoch 50, past the selected run's end: the others are shown there, the selected
        // one as it ended.
        interact(() -> controller.showEpoch(50));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("after 50 of 100 epochs", view.timelineLabel.getText());
        assertFalse(view.follow.isSelected());
        waitUntil("the overlaid fit chart shows epoch 50", () -> {
            String[] title = new String[1];
            interact(() -> title[0] = ((org.jfree.chart.title.TextTitle) view.fitViewer.getChart().getSubtitle(0)).getText());
            return title[0].equals("after 50 epochs");
        });
    }

    @Test
    void aSettingRefusedBeforeComparedRunsStartSaysWhyOnceEveryFrame() {
        var rates = dev.descent.lecture.Comparisons.all().stream().filter(c -> c.id().equals("learning-rates"))
                .findFirst().orElseThrow();
        interact(() -> controller.applyComparison(rates));
        clickOn("#init").eraseText(3).write("abc").type(KeyCode.ENTER);
        waitUntil("refused", () -> controller.viewModel().statusProperty().get() == RunStatus.INVALID);
        String first = view.status.getText();
        for (int k = 0; k < 3; k++) {
            interact(() -> controller.selectRun(0)); // each redraws the status line
        }
        assertEquals(first, view.status.getText());
        assertTrue(first.startsWith("Not applied: ") && first.indexOf("Not applied") == first.lastIndexOf("Not applied"),
                first);
    }

    @Test
    void choosingTheLectureAComparisonIsBuiltOnLeavesTheComparison() {
        for (var comparison : dev.descent.lecture.Comparisons.all()) {
            interact(() -> controller.applyComparison(comparison));
            assertTrue(controller.viewModel().runs().size() > 1, comparison.id());
            interact(() -> view.preset.getSelectionModel().select(comparison.preset()));
            assertEquals(1, controller.viewModel().runs().size(), "back to the lecture's one run: " + comparison.id());
            assertEquals(comparison.preset(), view.preset.getValue());
        }
    }

    @Test
    void aSavedSessionLoadsBackEqual(@TempDir Path dir) throws Exception {
        var race = dev.descent.lecture.Comparisons.all().get(0);
        interact(() -> controller.applyComparison(race));
        dev.descent.io.Session[] saved = new dev.descent.io.Session[1];
        interact(() -> saved[0] = controller.fileActions().session());
        Path file = dir.resolve("lesson.json");
        controller.fileActions().saveSession(saved[0], file).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Saved the session to lesson.json", view.note.getText());
        interact(() -> controller.applyPreset(dev.descent.lecture.Presets.first()));
        assertEquals(1, controller.viewModel().runs().size());
        controller.fileActions().openSession(file).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Opened the session", view.note.getText(), "no stale note about the save");
        dev.descent.io.Session[] loaded = new dev.descent.io.Session[1];
        interact(() -> loaded[0] = controller.fileActions().session());
        assertEquals(saved[0], loaded[0]);
        assertEquals(4, view.runsBar.getChildren().size());
    }

    @Test
    void aBadSessionFileGivesAMessageAndChangesNothing(@TempDir Path dir) throws Exception {
        List<String> reasons = new java.util.ArrayList<>();
        controller.exporter().useErrors((title, header, reason) -> reasons.add(title + " | " + reason));
        Path file = dir.resolve("broken.json");
        Files.writeString(file, """
                {"format": "descent-session", "version": 1,
                 "data": [[1, 2], [2, 4], [3, 6]],
                 "runs": [{"label": "GD", "model": "line", "start": [1], "epochs": 100,
                           "optimizer": {"kind": "sgd", "lr": -0.1}}]}
                """);
        double lrBefore = controller.viewModel().learningRateProperty().get();
        var opening = controller.fileActions().openSession(file);
        waitUntil("the failure is reported", () -> !reasons.isEmpty());
        assertTrue(opening.isCompletedExceptionally());
        String reason = reasons.get(0);
        assertTrue(reason.startsWith("Could not open the session | "), reason);
        assertTrue(reason.contains("broken.json") && reason.contains("runs[0].optimizer.lr"), reason);
        assertEquals(lrBefore, controller.viewModel().learningRateProperty().get(), "nothing changed");
        assertEquals("gd", view.preset.getValue().id());
    }

    @Test
    void theRunBeforeARestartStaysAsALabelledGhostUntilCleared() {
        setSpeedInstant();
        clickOn("#play");
        waitUntil("the lecture run finishes", () -> controller.viewModel().statusProperty().get() == RunStatus.FINISHED);
        // Reset and replaying the same settings retrace the run: no ghost of it.
        interact(() -> controller.reset());
        interact(() -> controller.play());
        waitUntil("the replay finishes", () -> controller.viewModel().statusProperty().get() == RunStatus.FINISHED);
        assertEquals(0, controller.ghostCount(), "the same run again leaves no ghost");
        interact(() -> controller.viewModel().learningRateProperty().set(0.05));
        waitUntil("the new run", () -> controller.ghostCount() == 1);
        List<String> legend = new java.util.ArrayList<>();
        interact(() -> {
            var items = view.costViewer.getChart().getXYPlot().getLegendItems();
            for (int i = 0; i < items.getItemCount(); i++) {
                legend.add(items.get(i).getLabel());
            }
        });
        assertTrue(legend.contains("before: GD lr 0.01"), legend.toString());
        interact(() -> controller.clearGhosts());
        assertEquals(0, controller.ghostCount());
        int[] items = new int[1];
        interact(() -> items[0] = view.costViewer.getChart().getXYPlot().getLegendItems().getItemCount());
        assertEquals(1, items[0], "only the live cost is left in the legend");
        // Another lecture on the same three points starts without the first one's runs.
        interact(() -> controller.viewModel().learningRateProperty().set(0.02));
        waitUntil("a ghost again", () -> controller.ghostCount() == 1);
        interact(() -> view.preset.getSelectionModel().select(dev.descent.lecture.Presets.byId("sgd")));
        assertEquals(0, controller.ghostCount(), "the batch lecture's run is not a ghost in the SGD lecture");
    }

    @Test
    void hoveringOverTheCostChartReadsOutTheEpochAndItsCost() {
        setSpeedInstant();
        clickOn("#play");
        waitUntil("the run finishes", () -> controller.viewModel().statusProperty().get() == RunStatus.FINISHED);
        var epoch0 = controller.history().get(0);
        // Epoch 0's cost at w = 1: (1 + 4 + 9)/3 = 4.67. Aim at epoch 0, half-way up the plot.
        moveTo(view.costViewer);
        double[] target = new double[2];
        interact(() -> {
            var area = view.costViewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
            var plot = view.costViewer.getChart().getXYPlot();
            target[0] = plot.getDomainAxis().valueToJava2D(0, area, plot.getDomainAxisEdge()) + 1;
            target[1] = area.getCenterY();
        });
        moveTo(view.costViewer.getCanvas().localToScreen(target[0], target[1]));
        waitUntil("the readout", () -> view.readout.getText().startsWith("epoch 0: cost = "));
        assertEquals("epoch 0: cost = " + dev.descent.charts.ChartText.number(epoch0.costBefore()), view.readout.getText());
        assertEquals(14.0 / 3, epoch0.costBefore(), 1e-12);
    }

    @Test
    void theAnimationExportWritesOneFramePerEpochOfTheRun(@TempDir Path dir) throws Exception {
        setSpeedInstant();
        clickOn("#play");
        waitUntil("the run finishes", () -> controller.viewModel().statusProperty().get() == RunStatus.FINISHED);
        List<dev.descent.charts.RunTrace> runs = new java.util.ArrayList<>();
        interact(() -> runs.addAll(controller.traces()));
        Path gif = dir.resolve("run.gif");
        java.util.List<java.util.concurrent.CompletableFuture<List<Path>>> writing = new java.util.ArrayList<>();
        interact(() -> writing.add(controller.fileActions().exportGif(runs, gif, 400, 250)));
        assertEquals("Writing the animation to run.gif…", view.note.getText(), "said while it is written");
        writing.get(0).get(60, TimeUnit.SECONDS);
        try (var in = ImageIO.createImageInputStream(gif.toFile())) {
            var reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            // The start, then one frame after each of the 100 epochs.
            assertEquals(101, reader.getNumImages(true));
            assertEquals(400, reader.read(0).getWidth());
        }
        try (var listing = Files.list(dir)) {
            assertEquals(1, listing.count(), "no temporary file left");
        }
    }

    @Test
    void theFirstRunsSolidLegendLineIsAsThickAsItsCurveFrameAfterFrame() {
        // Each draw of a compared cost chart ends with the first run's stroke, and the next draw starts
        // with it (its legend line). The canvas puts its own state back after every draw; without the
        // overlay keeping the two in step, that legend line came out one pixel thin from the second draw on.
        interact(() -> controller.applyComparison(dev.descent.lecture.Comparisons.all().get(1)));
        setSpeedInstant();
        clickOn("#play");
        waitUntil("every run finishes", () -> controller.viewModel().statusProperty().get() == RunStatus.FINISHED);
        interact(() -> {
            view.costViewer.getCanvas().draw();
            view.costViewer.getCanvas().draw();
        });
        BufferedImage[] image = new BufferedImage[1];
        double[] plotTop = new double[1];
        interact(() -> {
            image[0] = javafx.embed.swing.SwingFXUtils.fromFXImage(view.costViewer.snapshot(null, null), null);
            plotTop[0] = view.costViewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea().getMinY();
        });
        java.awt.Color run1 = dev.descent.charts.ChartStyle.runColor(0);
        int thickest = 0;
        for (int x = 0; x < image[0].getWidth(); x++) {
            int rows = 0;
            for (int y = 0; y < plotTop[0] - 2; y++) {
                java.awt.Color c = new java.awt.Color(image[0].getRGB(x, y));
                if (Math.abs(c.getRed() - run1.getRed()) + Math.abs(c.getGreen() - run1.getGreen())
                        + Math.abs(c.getBlue() - run1.getBlue()) < 40) {
                    rows++;
                }
            }
            thickest = Math.max(thickest, rows);
        }
        assertTrue(thickest >= 3, "the legend line is " + thickest + " pixels thick in run 1's colour");
    }

    private BufferedImage fitImage() {
        BufferedImage[] image = new BufferedImage[1];
        interact(() -> image[0] = javafx.embed.swing.SwingFXUtils.fromFXImage(view.fitViewer.snapshot(null, null), null));
        return image[0];
    }

    private static int differingPixels(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < Math.min(a.getHeight(), b.getHeight()); y++) {
            for (int x = 0; x < Math.min(a.getWidth(), b.getWidth()); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
