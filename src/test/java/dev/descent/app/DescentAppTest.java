package dev.descent.app;

import dev.descent.io.Session;
import dev.descent.io.SessionFile;
import dev.descent.lecture.Presets;
import dev.descent.workspace.Edit;
import dev.descent.workspace.OptimizerKind;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real window, driven as a user would, headless: a handful of smoke tests. The rules behind it are
 * tested in plain Java (the workspace, its history, the playback table); these wait only for states the
 * window reaches (a run finished at instant speed, an epoch stepped), never for time to pass.
 */
class DescentAppTest extends RealWindowTest {
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
    void aChangedSettingHoldsItsNewRunBackUntilTheChartsShowIt() {
        var load = app.screenLoad();
        waitUntil("the opening run is on screen", () -> !load.holdsNewRun());
        boolean[] heldAtOnce = new boolean[1];
        interact(() -> {
            controller.viewModel().learningRateProperty().set(0.02);
            heldAtOnce[0] = load.holdsNewRun();
        });
        // One run and the screen's two threads crowd three processors or fewer; with more, nothing is held.
        boolean crowded = Runtime.getRuntime().availableProcessors() < 4;
        assertEquals(crowded, heldAtOnce[0], "the new run waits for its pictures on a crowded machine only");
        waitUntil("the new run is let go", () -> !load.holdsNewRun());
        assertTrue(controller.chartsShowCurrentRun(), "it went on once all three charts showed it");
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
        interact(() -> controller.viewModel().learningRateProperty().set(0.011)); // a step of its own
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
        // The whole drag is one step to undo, and the rate typed before it another.
        interact(() -> controller.undo());
        assertEquals(0.011, controller.viewModel().learningRateProperty().get());
        interact(() -> controller.undo());
        assertEquals(0.01, controller.viewModel().learningRateProperty().get());
        assertTrue(view.undo.isDisable(), "two steps, undone");
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
    void aRefusedFieldKeepsTheRunAsItWasAndPauseStillHoldsIt() {
        // Held part-way (two steps), then a start value that cannot be read, then a good one: the run waits
        // at its start, as a paused run does.
        clickOn("#status");
        type(KeyCode.RIGHT);
        waitUntil("one epoch", () -> controller.viewModel().epochProperty().get() == 1);
        type(KeyCode.RIGHT);
        waitUntil("two epochs", () -> controller.viewModel().epochProperty().get() == 2);
        assertEquals(RunStatus.PAUSED, controller.viewModel().statusProperty().get());
        clickOn("#init").eraseText(3).write("abc").type(KeyCode.ENTER);
        assertEquals(RunStatus.INVALID, controller.viewModel().statusProperty().get());
        assertTrue(view.status.getText().startsWith("Not applied: ") && view.status.getText().contains("abc"),
                view.status.getText());
        clickOn("#init").eraseText(3).write("0.5").type(KeyCode.ENTER);
        waitUntil("restarted from 0.5", () -> controller.feed().config().init()[0] == 0.5);
        assertEquals(RunStatus.READY, controller.viewModel().statusProperty().get(), "held, as it was");
        // Playing a long run, then a refused value: the run goes on, the button holds it, and Play resumes it
        // as it was, the field still refused.
        interact(() -> controller.edit(new Edit.SetEpochs(1_000_000)));
        interact(() -> controller.play());
        clickOn("#init").eraseText(3).write("abc").type(KeyCode.ENTER);
        assertEquals(RunStatus.INVALID, controller.viewModel().statusProperty().get());
        assertEquals("Pause", view.play.getText(), "the run goes on, and the button holds it");
        assertFalse(controller.engine().held());
        clickOn("#play");
        assertEquals("Play", view.play.getText());
        waitUntil("the worker is held", () -> controller.engine().held());
        clickOn("#play");
        assertEquals("Pause", view.play.getText());
        assertFalse(controller.engine().held(), "going on");
        assertEquals(RunStatus.INVALID, controller.viewModel().statusProperty().get());
        // A setting the optimizer refuses (Nesterov needs momentum) changes nothing, and says why.
        interact(() -> controller.pause());
        clickOn("#nesterov");
        assertFalse(view.nesterov.isSelected(), "the box shows the workspace, which refused it");
        assertTrue(view.status.getText().startsWith("Not run: "), view.status.getText());
    }

    @Test
    void aSessionWithEveryFieldSetOpensInTheWindowAndSavesBackEqual(@TempDir Path dir) throws Exception {
        Session every = dev.descent.workspace.WorkspaceTest.everyField();
        Path file = dir.resolve("every.json");
        SessionFile.save(file, every);
        controller.fileActions().openSession(file).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, view.runsBar.getChildren().size());
        assertEquals("1 · my adam", ((javafx.scene.control.ToggleButton) view.runsBar.getChildren().get(0)).getText());
        Path again = dir.resolve("again.json");
        Session[] shown = new Session[1];
        interact(() -> shown[0] = controller.fileActions().session());
        controller.fileActions().saveSession(shown[0], again).get(60, TimeUnit.SECONDS);
        assertEquals(every, SessionFile.load(again, Presets.ids()), "every field, every run, as the file gave it");
        // Selecting a run and changing its rate keeps the rest of its settings and its label.
        interact(() -> controller.viewModel().learningRateProperty().set(0.2));
        var adam = controller.viewModel().workspace().runs().get(0);
        assertEquals(new dev.descent.core.optim.AdamConfig(0.2, 0.5, 0.99, 1e-6, 0.1), adam.config().optimizer());
        assertEquals("my adam", adam.label());
    }

    @Test
    void quittingWithOwnDataAsksSaveDiscardOrCancel() {
        List<MainController.QuitAnswer> answers = new java.util.ArrayList<>(List.of(MainController.QuitAnswer.CANCEL,
                MainController.QuitAnswer.DISCARD));
        int[] asked = {0};
        interact(() -> controller.useQuitQuestion(owner -> {
            asked[0]++;
            return answers.remove(0);
        }));
        // The lecture as it opened is no work of the teacher's own: nothing to ask.
        assertFalse(controller.hasUnsavedWork());
        interact(() -> controller.edit(new Edit.AddPoint(4, 9)));
        assertTrue(controller.hasUnsavedWork());
        interact(() -> controller.quit());
        assertEquals(1, asked[0]);
        assertTrue(stage.isShowing(), "Cancel keeps the window");
        interact(() -> controller.quit());
        assertEquals(2, asked[0]);
        assertFalse(stage.isShowing(), "Discard closes it");
    }

    @Test
    void undoAndRedoTakeBackEditsAndAreDisabledWithNothingToTakeBack() {
        assertTrue(view.undo.isDisable());
        assertTrue(view.redo.isDisable());
        interact(() -> controller.viewModel().learningRateProperty().set(0.05));
        interact(() -> controller.edit(new Edit.AddPoint(4, 9)));
        assertEquals("Your data · " + Presets.first().displayName(), view.preset.getPromptText());
        assertFalse(view.undo.isDisable());
        clickOn("#status");
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(3, controller.viewModel().workspace().data().size());
        assertEquals(Presets.first(), view.preset.getValue(), "the lecture's own data again");
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(0.01, controller.viewModel().learningRateProperty().get());
        assertTrue(view.undo.isDisable());
        waitUntil("the run restarted at 0.01", () -> controller.feed().config().optimizer().lr() == 0.01);
        press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertEquals(0.05, controller.viewModel().learningRateProperty().get());
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals(4, controller.viewModel().workspace().data().size());
        assertTrue(view.redo.isDisable());
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
        waitForPictures();
        interact(() -> px[0] = controller.dataEditing().toPixel(x, y));
        return view.fitViewer.localToScreen(px[0][0], px[0][1]);
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

    /**
     * lr 0.22, just past the limit 3/14 ≈ 0.214 of the first lecture: the cost grows ×1.11 an epoch and would
     * run all 100 epochs without tripping the trainer's stop. Said in red before the first epoch, and after
     * each step, with the cost chart on a log scale; driven one epoch at a time.
     */
    @Test
    void aRateJustPastTheLimitIsDivergingInRedFromEpochZeroAndTurnsOnTheLogScale() {
        String diverging = "Diverging: the cost grows ×1.11 per epoch; lr 0.22 is above the limit 0.214 · ";
        clickOn("#lr-field").eraseText(6).write("0.22").type(KeyCode.ENTER);
        waitUntil("the status says diverging before any epoch",
                () -> view.status.getText().startsWith(diverging + "0 of 100 epochs done"));
        assertTrue(view.status.getStyleClass().contains(dev.descent.app.view.Styles.STATUS_DIVERGED), "in red");
        assertTrue(controller.viewModel().logScaleProperty().get(), "the cost chart turns to a log scale");
        assertTrue(view.costViewer.getChart().getXYPlot().getRangeAxis() instanceof org.jfree.chart.axis.LogAxis);

        for (int k = 1; k <= 3; k++) {
            interact(() -> controller.stepEpoch());
            int done = k;
            waitUntil("epoch " + k, () -> view.status.getText().startsWith(diverging + done + " of 100 epochs done"));
        }
        assertTrue(view.status.getStyleClass().contains(dev.descent.app.view.Styles.STATUS_DIVERGED), "still red");
        javafx.scene.control.Label note = lookup("." + dev.descent.app.view.Styles.LIMIT_LABEL).query();
        assertEquals("red mark: plain GD diverges above 0.214", note.getText());

        // Just under the limit, the same steps say nothing of the kind, and the log scale goes back.
        clickOn("#lr-field").eraseText(6).write("0.21").type(KeyCode.ENTER);
        interact(() -> controller.stepEpoch());
        waitUntil("an epoch at lr 0.21", () -> view.status.getText().startsWith("1 of 100 epochs done"));
        assertFalse(view.status.getStyleClass().contains(dev.descent.app.view.Styles.STATUS_DIVERGED));
        assertFalse(controller.viewModel().logScaleProperty().get());
    }

    @Test
    void slidersLandOnRoundValuesAndTheArrowKeysStepToTheNextOne() {
        Slider momentum = lookup("#momentum").queryAs(Slider.class);
        drag(momentum.lookup(".thumb")).moveBy(53, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        double m = controller.viewModel().momentumProperty().get();
        assertTrue(m > 0, "the drag moved the momentum: " + m);
        assertEquals(Math.round(m * 100) / 100.0, m, 0.0, "a dragged momentum lands on hundredths: " + m);
        assertEquals(dev.descent.core.Format.exact(m), view.momentumField.getText());
        assertFalse(momentum.isFocused(), "letting go hands the keys back to the shortcuts");

        Slider rate = lookup("#lr-slider").queryAs(Slider.class);
        interact(rate::requestFocus);
        type(KeyCode.RIGHT);
        assertEquals(0.011, controller.viewModel().learningRateProperty().get(), 0.0, "the next rate of two figures");
        press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        assertEquals(0.0111, controller.viewModel().learningRateProperty().get(), 0.0, "Shift: the next of three");
        type(KeyCode.LEFT);
        type(KeyCode.LEFT);
        assertEquals(0.01, controller.viewModel().learningRateProperty().get(), 0.0);
        assertEquals("0.01", view.learningRate.field().getText());
        assertEquals(0, controller.viewModel().epochProperty().get(), "the arrows moved the rate, not the run");
    }

    @Test
    void theRedMarkNamesTheSelectedOptimizersLimitOrSaysThereIsNone() {
        javafx.scene.control.Label note = lookup("." + dev.descent.app.view.Styles.LIMIT_LABEL).query();
        interact(() -> controller.applyPreset(dev.descent.lecture.Presets.byId("momentum")));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(note.getText().startsWith("red mark: dampened momentum 0.8 diverges above "), note.getText());
        interact(() -> view.optimizer.setValue(OptimizerKind.ADAM));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("no stability limit is known for Adam: it scales each step by the gradients so far", note.getText());
    }
}
