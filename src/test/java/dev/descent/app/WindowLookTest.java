package dev.descent.app;

import dev.descent.app.view.MainView;
import dev.descent.app.view.ShortcutsSheet;
import dev.descent.charts.ChartTheme;
import dev.descent.charts.FoldingLegend;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import org.jfree.chart.ChartRenderingInfo;
import dev.descent.app.view.ChartPicture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window's look at the sizes a classroom uses: the layout rule, presentation mode, the themes, the shortcuts sheet. */
class WindowLookTest extends RealWindowTest {
    @TempDir
    Path dir;

    private void resize(double width, double height) {
        interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void playToTheEnd(String what) {
        interact(() -> view.speed.setValue(view.speed.getMax()));
        interact(() -> controller.play());
        waitUntil(what, () -> controller.viewModel().statusProperty().get() == RunStatus.FINISHED);
    }

    /** Redraws each chart at its place's size now and checks its plot keeps at least half the chart's area. */
    private void assertPlotsKeepHalf(String when) {
        WaitForAsyncUtils.waitForFxEvents();
        waitForPictures();
        for (ChartPicture viewer : List.of(view.fitViewer, view.costViewer, view.landscapeViewer)) {
            double[] share = new double[3];
            interact(() -> {
                ChartRenderingInfo info = viewer.getRenderingInfo();
                Rectangle2D chart = info.getChartArea();
                Rectangle2D plot = info.getPlotInfo().getPlotArea();
                share[0] = plot.getWidth() * plot.getHeight() / (chart.getWidth() * chart.getHeight());
                share[1] = chart.getWidth() - viewer.getWidth();
                share[2] = chart.getHeight();
            });
            assertEquals(0, share[1], 1, viewer.getId() + " was drawn at its place's width " + when);
            assertTrue(share[2] > 100, viewer.getId() + " has room " + when);
            assertTrue(share[0] >= 0.5, viewer.getId() + " plot share " + share[0] + " of " + viewer.getWidth() + "×" + share[2] + " " + when);
        }
    }


    @Test
    void atTheSmallestWindowEveryPlotKeepsHalfItsChartWithFourRunsOrThreeGhosts() {
        resize(1024, 700);
        interact(() -> controller.applyComparison(dev.descent.lecture.Comparisons.all().get(0)));
        playToTheEnd("the four runs finish");
        assertPlotsKeepHalf("with four runs at 1024×700");
        // The legends fold rather than take the plot's room: four runs' full names do not fit one row.
        waitForPictures();
        FoldingLegend costLegend = (FoldingLegend) view.costViewer.drawnChart().getLegend();
        assertTrue(costLegend.shortNames() || costLegend.arrangedEntries() < 4, "the cost legend folded");

        interact(() -> view.preset.getSelectionModel().select(dev.descent.lecture.Presets.byId("gd")));
        playToTheEnd("the lecture run finishes");
        for (double lr : new double[] {0.02, 0.05, 0.1}) {
            int before = controller.ghostCount();
            interact(() -> controller.viewModel().learningRateProperty().set(lr));
            waitUntil("a ghost of the run before lr " + lr, () -> controller.ghostCount() == before + 1
                    && controller.viewModel().statusProperty().get() == RunStatus.FINISHED);
        }
        assertEquals(3, controller.ghostCount());
        List<String>[] legends = new List[2];
        interact(() -> {
            legends[0] = legendAsDrawn(view.costViewer);
            legends[1] = legendAsDrawn(view.landscapeViewer);
        });
        assertEquals(List.of("cost", "earlier runs (3)"), legends[0], "the three ghosts share one entry");
        assertEquals(1, legends[1].stream().filter(l -> l.startsWith("earlier runs")).count(), legends[1].toString());
        assertFalse(legends[1].stream().anyMatch(l -> l.startsWith("before:")), legends[1].toString());
        assertPlotsKeepHalf("with three ghosts at 1024×700");
    }

    @Test
    void presentationModeEnlargesTextFoldsTheSettingsAndComesBack() {
        resize(1280, 720);
        float[] before = new float[2];
        interact(() -> {
            before[0] = view.fitViewer.getChart().getTitle().getFont().getSize2D();
            before[1] = (float) view.status.getFont().getSize();
        });
        assertNotNull(view.getLeft(), "the settings panel shows");

        press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        float[] on = new float[2];
        interact(() -> {
            view.applyCss();
            view.layout();
            on[0] = view.fitViewer.getChart().getTitle().getFont().getSize2D();
            on[1] = (float) view.status.getFont().getSize();
        });
        assertTrue(view.getStyleClass().contains(dev.descent.app.view.Styles.PRESENTATION));
        assertTrue(view.presentation.isSelected(), "the View menu is ticked");
        assertNull(view.getLeft(), "the settings panel folded away");
        assertTrue(on[0] > before[0], "chart titles grow: " + before[0] + " → " + on[0]);
        assertTrue(on[1] >= before[1] * 1.4, "the window's text grows: " + before[1] + " → " + on[1]);
        float[] stroke = new float[1];
        interact(() -> stroke[0] = ((java.awt.BasicStroke) view.fitViewer.getChart().getXYPlot().getRenderer(0)
                .getSeriesStroke(0)).getLineWidth());
        assertTrue(stroke[0] > 4, "the model's line is thicker: " + stroke[0]);
        assertPlotsKeepHalf("in presentation mode at 1280×720");
        double[] heights = new double[2];
        interact(() -> {
            heights[0] = view.fitViewer.getHeight();
            heights[1] = view.costViewer.getHeight();
        });
        assertTrue(heights[1] >= 0.8 * heights[0], "the cost chart is not a strip under the fit: " + heights[1]
                + " against " + heights[0]);

        press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        float[] off = new float[1];
        interact(() -> {
            view.applyCss();
            off[0] = (float) view.status.getFont().getSize();
        });
        assertFalse(view.getStyleClass().contains(dev.descent.app.view.Styles.PRESENTATION));
        assertFalse(view.presentation.isSelected());
        assertNotNull(view.getLeft(), "the settings panel is back");
        assertEquals(before[1], off[0], 0.01, "the window's text is back to its size");
        interact(() -> stroke[0] = ((java.awt.BasicStroke) view.fitViewer.getChart().getXYPlot().getRenderer(0)
                .getSeriesStroke(0)).getLineWidth());
        assertEquals(4, stroke[0], 1e-6, "the line is back to its width");
    }

    private static Color corner(Path png) throws Exception {
        BufferedImage image = ImageIO.read(png.toFile());
        return new Color(image.getRGB(3, 3), true);
    }

    @Test
    void theDarkThemeRecoloursTheChartsAndTheirExportsWhilePrintStaysLight() throws Exception {
        interact(() -> assertEquals(ChartTheme.LIGHT.background(),
                view.fitViewer.getChart().getXYPlot().getBackgroundPaint()));
        interact(() -> view.darkTheme.fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Theme.DARK, app.look().theme());
        for (ChartPicture viewer : List.of(view.fitViewer, view.costViewer, view.landscapeViewer)) {
            interact(() -> {
                assertEquals(ChartTheme.DARK.background(), viewer.getChart().getXYPlot().getBackgroundPaint(),
                        viewer.getId());
                assertEquals(ChartTheme.DARK.text(), viewer.getChart().getTitle().getPaint(), viewer.getId());
                var fill = (javafx.scene.paint.Color) viewer.getBackground().getFills().get(0).getFill();
                assertTrue(fill.getBrightness() < 0.2, viewer.getId() + " sits on a dark place: " + fill);
            });
        }

        Exporter.ChartSet[] screen = new Exporter.ChartSet[1];
        interact(() -> screen[0] = controller.chartsForExport());
        controller.exporter().exportAll(screen[0], dir.resolve("screen"), 800, 500).get(60, TimeUnit.SECONDS);
        Color exported = corner(dir.resolve("screen").resolve("fit.png"));
        assertTrue(exported.getRed() < 40 && exported.getGreen() < 40, "the export is dark: " + exported);

        Exporter.ChartSet[] print = new Exporter.ChartSet[1];
        interact(() -> print[0] = app.look().chartsForPrint());
        controller.exporter().exportAll(print[0], dir.resolve("print"), 800, 500).get(60, TimeUnit.SECONDS);
        assertEquals(Color.WHITE, corner(dir.resolve("print").resolve("fit.png")), "print is light");
        assertEquals(Color.WHITE, corner(dir.resolve("print").resolve("cost.png")), "print is light");
        interact(() -> assertEquals(ChartTheme.DARK.background(),
                view.costViewer.getChart().getXYPlot().getBackgroundPaint(), "the screen stays dark"));

        interact(() -> view.lightTheme.fire());
        interact(() -> assertEquals(ChartTheme.LIGHT.background(),
                view.fitViewer.getChart().getXYPlot().getBackgroundPaint()));
        assertEquals(Theme.LIGHT, app.look().theme());
    }

    @Test
    void theShortcutsSheetListsEveryKeyAtOnce() {
        List<String> listed = ShortcutsSheet.KEYS.stream().map(ShortcutsSheet.Key::keys).toList();
        // The keys the window handles itself ...
        for (String key : List.of("Space", "→", "Shift+→", "R", "Enter")) {
            assertTrue(listed.contains(key), key + " is listed");
        }
        // ... and every menu accelerator.
        List<String> accelerators = new ArrayList<>();
        MenuBar bar = (MenuBar) view.lookup("#menu-bar");
        for (Menu menu : bar.getMenus()) {
            collectAccelerators(menu, accelerators);
        }
        assertTrue(accelerators.size() >= 6, accelerators.toString());
        for (String a : accelerators) {
            assertTrue(listed.contains(a), a + " is listed in " + listed);
        }

        interact(() -> view.shortcuts.fire());
        WaitForAsyncUtils.waitForFxEvents();
        GridPane sheet = lookup("#shortcuts-sheet").queryAs(GridPane.class);
        long keys = sheet.getChildren().stream()
                .filter(n -> n instanceof Label l && l.getStyleClass().contains("shortcut-key")).count();
        assertEquals(ShortcutsSheet.KEYS.size(), keys, "one row per key");
        var scroll = (javafx.scene.control.ScrollPane) sheet.getParent().getParent().getParent();
        assertTrue(sheet.getHeight() <= scroll.getViewportBounds().getHeight() + 1,
                "every row shows at once: " + sheet.getHeight() + " in " + scroll.getViewportBounds().getHeight());
    }

    private static void collectAccelerators(Menu menu, List<String> into) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collectAccelerators(sub, into);
            } else if (item.getAccelerator() != null) {
                into.add(item.getAccelerator().getDisplayText());
            }
        }
    }

    @Test
    void theCostSurfaceIsOffWithItsReasonForAOneParameterModel() {
        interact(() -> view.preset.getSelectionModel().select(dev.descent.lecture.Presets.byId("gd")));
        assertTrue(view.surface.isDisable());
        assertTrue(view.surface.getText().contains("needs a model with two parameters"), view.surface.getText());
        interact(() -> view.preset.getSelectionModel().select(dev.descent.lecture.Presets.byId("quadratic")));
        assertFalse(view.surface.isDisable());
        assertEquals(MainView.SURFACE_TEXT, view.surface.getText());
    }

    @Test
    void theLandscapesAxisChoiceGoesAwayWhileTheSurfaceShows() {
        interact(() -> view.preset.getSelectionModel().select(dev.descent.lecture.Presets.byId("quadratic")));
        assertTrue(view.landscapeParameter.isVisible(), "three parameters: the landscape's axis can be chosen");
        interact(() -> view.surface.setSelected(true));
        assertFalse(view.landscapeParameter.isVisible(), "the surface shows every parameter: nothing to choose");
        interact(() -> view.surface.setSelected(false));
        assertTrue(view.landscapeParameter.isVisible());
    }
}
