package dev.descent.app;

import dev.descent.app.view.Styles;
import dev.descent.core.Dataset;
import dev.descent.lecture.Comparisons;
import dev.descent.lecture.Presets;
import dev.descent.workspace.DataSource;
import dev.descent.workspace.Edit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the window shows in the details a teacher meets: typed values refused and taken, the rate-0 note,
 * points added and deleted on the fit chart, ghosts, the timeline, the update panel after a batched run,
 * and each chart's own export. Runs are stepped, or played at instant speed to their end; every wait is
 * for a state the window reaches, within a generous bound, never for time to pass.
 */
class WindowDetailsTest extends RealWindowTest {
    private RunStatus status() {
        return controller.viewModel().statusProperty().get();
    }

    private int epoch() {
        return controller.viewModel().epochProperty().get();
    }

    private void playToTheEnd() {
        interact(() -> view.speed.setValue(view.speed.getMax()));
        interact(() -> controller.play());
        waitUntil("the run ends", () -> status() == RunStatus.FINISHED || status() == RunStatus.DIVERGED);
    }

    /** Every chart drawn since the last restart, none waiting: what is on screen is the workspace now. */
    private void waitForTheCharts() {
        waitUntil("every chart drawn", () -> controller.chartsShowCurrentRun() && !controller.chartsPending());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Where data point (x, y) is on the screen, as the fit chart was last drawn. */
    private Point2D onScreen(double x, double y) {
        waitForPictures();
        Point2D[] at = new Point2D[1];
        interact(() -> {
            double[] px = controller.dataEditing().toPixel(x, y);
            at[0] = view.fitViewer.localToScreen(px[0], px[1]);
        });
        return at[0];
    }

    private void typeInto(String field, String text) {
        clickOn(field).eraseText(12).write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aRateOfZeroSaysNothingWillMoveAndTheLecturesAboutSaysTheRateChanged() {
        Label note = lookup("." + Styles.LIMIT_LABEL).query();
        assertEquals("red mark: plain GD diverges above 0.214", note.getText());
        typeInto("#lr-field", "0");
        assertEquals(0, controller.viewModel().learningRateProperty().get());
        assertEquals("rate 0: no update moves anything", note.getText());
        // "About this lecture" no longer reads as the lecture replayed, and does again at the lecture's rate.
        assertEquals(Presets.first().description() + " Changed since the lecture: the learning rate is 0"
                + " (the lecture used 0.01).", view.description.getText());
        typeInto("#lr-field", "0.01");
        assertEquals("red mark: plain GD diverges above 0.214", note.getText());
        assertEquals(Presets.first().description(), view.description.getText());
    }

    @Test
    void aRefusedRateSaysWhyTheSameRateAgainLiftsItAndSpacePlaysOnlyOnceAValueIsTaken() {
        interact(() -> controller.stepEpoch());
        waitUntil("one epoch", () -> epoch() == 1);
        interact(() -> controller.stepEpoch());
        waitUntil("two epochs", () -> epoch() == 2);
        long generation = controller.feed().generation();

        typeInto("#lr-field", "abc");
        assertEquals(RunStatus.INVALID, status());
        assertTrue(view.status.getText().startsWith("Not applied: learning rate 'abc' is not a number"),
                view.status.getText());
        assertTrue(view.status.getText().contains("2 of 100 epochs done"), "the run as it was: " + view.status.getText());
        assertTrue(lookup("#lr-field").query().isFocused(), "a refused value keeps the field for fixing");

        // The rate it had: nothing changes, so nothing restarts, but the refusal is over.
        typeInto("#lr-field", "0.01");
        assertEquals(RunStatus.PAUSED, status());
        assertFalse(view.status.getText().contains("Not applied"), view.status.getText());
        assertEquals(generation, controller.feed().generation(), "the same run, not restarted");
        assertEquals(2, epoch());
        assertFalse(lookup("#lr-field").query().isFocused(), "the keys go back to the shortcuts");
        type(KeyCode.SPACE);
        waitUntil("Space plays", () -> status() == RunStatus.RUNNING);
    }

    @Test
    void aTypedEpochCountThatIsNotAWholeNumberInRangeIsRefusedWithItsReason() {
        var editor = view.epochs.getEditor();
        String range = "it must be a whole number in [1, 100,000,000]";
        java.util.Map<String, String> reasons = new java.util.LinkedHashMap<>();
        reasons.put("50x", "epochs '50x' is not a number; " + range);
        reasons.put("-5", "epochs -5 is out of range: " + range);
        reasons.put("99999999999", "epochs 99,999,999,999 is out of range: " + range);
        reasons.put("", "epochs '' is not a number; " + range);
        for (String bad : reasons.keySet()) {
            clickOn(editor).eraseText(editor.getText().length()).write(bad).type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(RunStatus.INVALID, status(), bad);
            assertEquals("Not applied: " + reasons.get(bad), view.status.getText(), bad);
            assertEquals(100, controller.viewModel().epochsProperty().get(), "the run keeps its 100 epochs");
            assertEquals(bad, editor.getText(), "the typed text stays for fixing");
            assertTrue(editor.getStyleClass().contains(Styles.INVALID), bad);
        }
        clickOn(editor).eraseText(editor.getText().length()).write("40").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(40, controller.viewModel().epochsProperty().get());
        assertEquals(RunStatus.READY, status());
        assertFalse(editor.getStyleClass().contains(Styles.INVALID));
        assertTrue(view.status.getText().startsWith("0 of 40 epochs done"), view.status.getText());

        // Refused again, then an arrow: the value it steps to shows, and the refusal goes with the mark.
        clickOn(editor).eraseText(editor.getText().length()).write("abc").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(RunStatus.INVALID, status());
        interact(() -> view.epochs.increment());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(41, controller.viewModel().epochsProperty().get());
        assertEquals("41", editor.getText());
        assertFalse(editor.getStyleClass().contains(Styles.INVALID));
        assertEquals(RunStatus.READY, status());

        // Refused, then the lecture chosen again: its own 100 epochs, unmarked.
        clickOn(editor).eraseText(editor.getText().length()).write("-1").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> controller.applyPreset(Presets.first()));
        assertEquals("100", editor.getText());
        assertFalse(editor.getStyleClass().contains(Styles.INVALID));
        assertEquals(RunStatus.READY, status());
    }

    @Test
    void choosingTheLectureShownAgainInTheBoxStartsItOverWithItsOwnSettings() {
        interact(() -> controller.viewModel().learningRateProperty().set(0.05));
        assertEquals(Presets.first(), view.preset.getValue(), "still the lecture shown");
        clickOn("#preset");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListCell<?> first = lookup(".list-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getItem() == Presets.first()
                        && c.getParent() != null && !(c.getParent() instanceof javafx.scene.control.ComboBox))
                .map(n -> (javafx.scene.control.ListCell<?>) n).findFirst().orElseThrow();
        clickOn(first);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.01, controller.viewModel().learningRateProperty().get(), 0.0, "the lecture's own rate");
        assertEquals(Presets.first(), view.preset.getValue());
    }

    @Test
    void clickingAddsAPointTheModelsLineStaysAndRightClickingOneDeletesIt() {
        waitForTheCharts();
        assertEquals(RunStatus.READY, status());
        clickOn(onScreen(2, 3), MouseButton.PRIMARY);
        waitUntil("a fourth point", () -> controller.viewModel().dataProperty().get().size() == 4);
        var data = controller.viewModel().dataProperty().get();
        assertEquals(2, data.x(3), 0.05);
        assertEquals(3, data.y(3), 0.1);
        // The new run starts where the last one was (w = 1): the line is drawn again all the same.
        waitForTheCharts();
        waitForPictures();
        interact(() -> {
            // The line is the picture's: the run's data and state are drawn off the FX thread.
            var chart = view.fitViewer.drawnChart();
            var curve = chart.getXYPlot().getDataset(0);
            assertEquals("y = 1.00·x", chart.getTitle().getText());
            assertTrue(curve.getItemCount(0) > 1, "the model's line is on the chart");
            assertEquals(curve.getXValue(0, 0), curve.getYValue(0, 0), 1e-9);
        });
        assertEquals("Your data · " + Presets.first().displayName(), view.preset.getPromptText());

        clickOn(onScreen(1, 2), MouseButton.SECONDARY);
        waitUntil("the first point deleted", () -> controller.viewModel().dataProperty().get().size() == 3);
        assertEquals(2, controller.viewModel().dataProperty().get().x(0), 1e-12, "(1, 2) is gone, (2, 4) is first");
    }

    @Test
    void theLastPointCannotBeRemovedAndTheRunIsUntouchedBySaying() {
        interact(() -> controller.edit(new Edit.ReplaceData(Dataset.of(new double[] {2}, new double[] {4}),
                DataSource.EDITED)));
        playToTheEnd();
        waitForTheCharts();
        long generation = controller.feed().generation();
        clickOn(onScreen(2, 4), MouseButton.SECONDARY);
        waitUntil("the note says why", () -> view.note.getText().equals("Not removed: the data needs at least one point"));
        assertEquals(1, controller.viewModel().dataProperty().get().size());
        assertEquals(RunStatus.FINISHED, status(), "no setting was refused");
        assertFalse(view.status.getText().contains("Not removed"), view.status.getText());
        assertEquals(generation, controller.feed().generation(), "the run untouched");
    }

    @Test
    void theRunBeforeARestartStaysAsALabelledGhostUntilClearedOrAnotherLectureIsChosen() {
        // Reset and stepping again with the same settings retrace the run: no ghost of it.
        interact(() -> controller.stepEpoch());
        waitUntil("one epoch", () -> epoch() == 1);
        interact(() -> controller.reset());
        interact(() -> controller.stepEpoch());
        waitUntil("one epoch again", () -> epoch() == 1 && status() == RunStatus.PAUSED);
        assertEquals(0, controller.ghostCount(), "the same run again leaves no ghost");

        interact(() -> controller.viewModel().learningRateProperty().set(0.05));
        assertEquals(1, controller.ghostCount());
        waitUntil("the ghost is in the cost chart's legend", () -> legendAsDrawn(view.costViewer).contains("before: GD lr 0.01"));
        interact(() -> controller.clearGhosts());
        assertEquals(0, controller.ghostCount());
        waitUntil("only the live cost is left in the legend", () -> legendAsDrawn(view.costViewer).size() == 1);

        // Another lecture on the same three points starts without the first one's runs.
        interact(() -> controller.stepEpoch());
        waitUntil("one epoch at 0.05", () -> epoch() == 1);
        interact(() -> controller.viewModel().learningRateProperty().set(0.02));
        assertEquals(1, controller.ghostCount());
        interact(() -> view.preset.getSelectionModel().select(Presets.byId("sgd")));
        assertEquals(0, controller.ghostCount(), "the batch lecture's run is not a ghost in the SGD lecture");
    }


    @Test
    void theTimelineShowsAnEpochInWordsInTheStatusLineAndTheUpdatePanel() {
        playToTheEnd();
        interact(() -> controller.showEpoch(10));
        waitUntil("the status shows epoch 10", () -> view.status.getText().startsWith("10 of 100 epochs done"));
        assertEquals(controller.history().get(9).params()[0], controller.viewModel().paramsProperty().get()[0], 0.0);
        // Counts in words, so they do not clash with the 0-based epoch numbers of the log and the chart.
        assertEquals("after 10 of 100 epochs", view.timelineLabel.getText());
        assertTrue(view.explanationTitle.getText().contains("epoch 10"), view.explanationTitle.getText());
        clickOn("#follow");
        waitUntil("back to the end", () -> view.status.getText().startsWith("100 of 100 epochs done"));
        assertEquals("after 100 epochs (live)", view.timelineLabel.getText());
    }

    @Test
    void theTimelineSpansTheRunThatWentFurthestWhenTheSelectedOneDivergedEarly() {
        var rates = Comparisons.all().stream().filter(c -> c.id().equals("learning-rates")).findFirst().orElseThrow();
        interact(() -> controller.applyComparison(rates));
        interact(() -> controller.viewModel().learningRateProperty().set(0.5)); // the selected run diverges
        interact(() -> view.speed.setValue(view.speed.getMax()));
        interact(() -> controller.play());
        waitUntil("the others finish", () -> controller.completedEpochs(1) == 100 && controller.completedEpochs(2) == 100);
        waitUntil("the timeline reaches 100", () -> view.timeline.getMax() == 100);
        int diverged = controller.completedEpochs(0);
        assertTrue(diverged < 20, "the selected run stopped early: " + diverged);
        // Looking back at epoch 50, past the selected run's end: the others are shown there.
        interact(() -> controller.showEpoch(50));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("after 50 of 100 epochs", view.timelineLabel.getText());
        assertFalse(view.follow.isSelected());
        waitUntil("the overlaid fit chart shows epoch 50", () -> ((org.jfree.chart.title.TextTitle) view.fitViewer
                .getChart().getSubtitle(0)).getText().equals("after 50 epochs"));
    }

    @Test
    void aBatchedRunThatEndedSaysHowToWatchItsUpdatesAgain() {
        interact(() -> controller.applyPreset(Presets.byId("sgd")));
        playToTheEnd();
        assertEquals(RunStatus.FINISHED, status());
        waitUntil("the panel says the run has ended", () -> {
            StringBuilder text = new StringBuilder();
            view.explanation.getChildren().forEach(n -> {
                if (n instanceof Label l) {
                    text.append(l.getText()).append('\n');
                }
            });
            return text.toString().contains("The run has ended: Reset (R), then Shift+→ takes one update at a time.")
                    && !text.toString().contains("Play or step");
        });
    }

    @Test
    void eachChartsOwnExportButtonWritesThatChart(@TempDir Path dir) throws Exception {
        List<String> asked = new ArrayList<>();
        controller.exporter().useDialogs(new FileDialogs() {
            @Override
            public Optional<Path> save(javafx.stage.Window owner, String title, Path folder, String suggestedName,
                                       String kind, String pattern) {
                asked.add(suggestedName);
                return Optional.of(dir.resolve("chosen-" + suggestedName));
            }

            @Override
            public Optional<Path> open(javafx.stage.Window owner, String title, Path folder, String kind, String pattern) {
                return Optional.empty();
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

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    @Test
    void spaceHoldsAndResumesComparedRunsStillGoingAfterTheSelectedOneHasEnded() {
        var rates = Comparisons.all().stream().filter(c -> c.id().equals("learning-rates")).findFirst().orElseThrow();
        interact(() -> controller.applyComparison(rates));
        // The selected run (the first) diverges within a few epochs; the others have far more epochs to go
        // than they can run during the test, even at instant speed.
        interact(() -> controller.viewModel().learningRateProperty().set(0.5));
        interact(() -> controller.edit(new Edit.SetEpochs(100_000_000)));
        interact(() -> view.speed.setValue(view.speed.getMax()));
        interact(() -> controller.togglePlay());
        waitUntil("the selected run ends", () -> status() == RunStatus.DIVERGED);
        int ended = controller.completedEpochs(0);
        assertEquals("Pause", view.play.getText(), "Space would hold the runs still going");
        assertFalse(controller.engine().held());

        interact(() -> controller.togglePlay());
        waitUntil("the others are held", () -> controller.engine().held());
        assertEquals(RunStatus.DIVERGED, status());
        assertEquals("Play", view.play.getText());
        assertEquals(ended, controller.completedEpochs(0), "the ended run is not started again");

        interact(() -> controller.togglePlay());
        assertFalse(controller.engine().held(), "they go on");
        assertEquals("Pause", view.play.getText());
        assertEquals(ended, controller.completedEpochs(0));

        // A step holds the others and steps them; the ended run keeps its status, and the cost chart the
        // linear scale the teacher chose after the divergence switched to log.
        interact(() -> controller.viewModel().logScaleProperty().set(false));
        interact(() -> controller.stepEpoch());
        waitUntil("held after the step", () -> controller.engine().held());
        assertEquals(RunStatus.DIVERGED, status());
        assertFalse(controller.viewModel().logScaleProperty().get(), "the scale the teacher chose stays");
        waitUntil("the overlaid cost chart is linear again", () -> !(view.costViewer.getChart().getXYPlot()
                .getRangeAxis() instanceof org.jfree.chart.axis.LogAxis));
        assertEquals("Play", view.play.getText());

        // Held like that, a setting change restarts every run held at its start.
        interact(() -> controller.edit(new Edit.SetEpochs(99_000_000)));
        assertEquals(RunStatus.READY, status());
        waitUntil("every run held at its start", () -> controller.engine().held()
                && controller.completedEpochs(0) == 0 && controller.completedEpochs(1) == 0);

        // Another run still going, selected after the first has ended: it reads as running, and Space holds it.
        interact(() -> controller.togglePlay());
        waitUntil("the first run ends again", () -> status() == RunStatus.DIVERGED);
        interact(() -> controller.selectRun(1));
        assertEquals(RunStatus.RUNNING, status());
        assertEquals("Pause", view.play.getText());
        interact(() -> controller.togglePlay());
        assertEquals(RunStatus.PAUSED, status());
        waitUntil("held, not started again", () -> controller.engine().held());
        assertEquals(RunStatus.PAUSED, status(), "held where it was, not back at its start");
    }

    @Test
    void aSettingRefusedBeforeComparedRunsStartSaysWhyOnceEveryFrame() {
        var rates = Comparisons.all().stream().filter(c -> c.id().equals("learning-rates")).findFirst().orElseThrow();
        interact(() -> controller.applyComparison(rates));
        typeInto("#init", "abc");
        assertEquals(RunStatus.INVALID, status());
        String first = view.status.getText();
        for (int k = 0; k < 3; k++) {
            interact(() -> controller.selectRun(0)); // each redraws the status line
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first, view.status.getText());
        assertTrue(first.startsWith("Not applied: ") && first.indexOf("Not applied") == first.lastIndexOf("Not applied"),
                first);
    }

    @Test
    void theFirstRunsSolidLegendLineIsAsThickAsItsCurveFrameAfterFrame() {
        // Each draw of a compared cost chart ends with the first run's stroke, and the next draw starts
        // with it (its legend line). The canvas puts its own state back after every draw; without the
        // overlay keeping the two in step, that legend line came out one pixel thin from the second draw on.
        interact(() -> controller.applyComparison(Comparisons.all().get(1)));
        playToTheEnd();
        waitForPictures();
        BufferedImage[] image = new BufferedImage[1];
        double[] plotTop = new double[1];
        interact(() -> {
            image[0] = javafx.embed.swing.SwingFXUtils.fromFXImage(view.costViewer.snapshot(null, null), null);
            plotTop[0] = view.costViewer.getRenderingInfo().getPlotInfo().getDataArea().getMinY();
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

    @Test
    void aSavedComparisonOpensBackEqualAndTheNoteSaysWhatWasDoneLast(@TempDir Path dir) throws Exception {
        interact(() -> controller.applyComparison(Comparisons.all().get(0)));
        dev.descent.io.Session[] saved = new dev.descent.io.Session[1];
        interact(() -> saved[0] = controller.fileActions().session());
        Path file = dir.resolve("lesson.json");
        controller.fileActions().saveSession(saved[0], file).get(60, TimeUnit.SECONDS);
        waitUntil("the note says it was saved", () -> view.note.getText().equals("Saved the session to lesson.json"));
        interact(() -> controller.applyPreset(Presets.first()));
        assertEquals(1, controller.viewModel().workspace().runs().size());
        controller.fileActions().openSession(file).get(60, TimeUnit.SECONDS);
        waitUntil("the note says it was opened", () -> view.note.getText().equals("Opened the session"));
        dev.descent.io.Session[] loaded = new dev.descent.io.Session[1];
        interact(() -> loaded[0] = controller.fileActions().session());
        assertEquals(saved[0], loaded[0]);
        assertEquals(4, view.runsBar.getChildren().size());
    }

    @Test
    void theAnimationExportWritesOneFramePerEpochOfTheRun(@TempDir Path dir) throws Exception {
        playToTheEnd();
        List<dev.descent.charts.RunTrace> runs = new ArrayList<>();
        interact(() -> runs.addAll(controller.traces()));
        Path gif = dir.resolve("run.gif");
        List<java.util.concurrent.CompletableFuture<List<Path>>> writing = new ArrayList<>();
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
    void aValueCommittedAsTheWindowClosesChangesNothingAndThrowsNothing() throws Exception {
        // Closing the window takes the focus from a field being typed in, which commits its value: an edit
        // that comes after the runs and the autosave have stopped. It is not taken, and nothing breaks.
        interact(() -> controller.viewModel().learningRateProperty().set(0.02));
        interact(() -> app.stop());
        String[] reason = new String[1];
        interact(() -> reason[0] = controller.edit(new Edit.SetLr(0.05), false));
        assertEquals("the window has closed", reason[0]);
        assertEquals(0.02, controller.viewModel().workspace().selectedRun().config().optimizer().lr());
        Path saved = dev.descent.io.AppDataFolder.path().resolve(dev.descent.workspace.Autosave.FILE);
        assertEquals(0.02, dev.descent.io.SessionFile.load(saved, Presets.ids()).runs().get(0).config().optimizer().lr(),
                "the workspace as it was when the window closed");
    }
}
