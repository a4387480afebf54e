package dev.descent.charts;

import dev.descent.core.optim.SgdConfig;
import dev.descent.core.train.EpochSnapshot;
import dev.descent.core.train.RunConfig;
import dev.descent.core.train.RunResult;
import dev.descent.core.train.StopReason;
import dev.descent.core.train.Trainer;
import dev.descent.lecture.Presets;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunChartsTest {

    private record Run(RunConfig config, List<EpochSnapshot> history, RunResult result) {
    }

    private static Run run(RunConfig config) {
        List<EpochSnapshot> history = new ArrayList<>();
        RunResult result = Trainer.run(config, history::add);
        return new Run(config, history, result);
    }

    private static Run preset(String id) {
        return run(Presets.byId(id).config());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gd", "sgd", "minibatch", "zero-start", "momentum", "quadratic"})
    void drawsThreePngsOfTheAskedSize(String id) throws Exception {
        Run r = preset(id);
        Map<String, JFreeChart> pictures = RunCharts.pictures(r.config, r.history, r.result, 900, 600);
        assertEquals(List.of(RunCharts.FIT_FILE, RunCharts.COST_FILE, RunCharts.LANDSCAPE_FILE),
                List.copyOf(pictures.keySet()));
        for (String name : pictures.keySet()) {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ChartPng.writePng(png, pictures.get(name), 900, 600);
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
            assertNotNull(img, name + " is a PNG");
            assertEquals(900, img.getWidth(), name);
            assertEquals(600, img.getHeight(), name);
        }
    }

    @Test
    void theCostCurveEndsAtTheCostAfterTheLastEpoch() {
        Run r = run(Presets.byId("gd").config());
        assertEquals(100, r.history.size());
        var curve = RunCharts.costChart(r.config, r.history, r.result).chart().getXYPlot().getDataset();
        int last = curve.getItemCount(0) - 1;
        assertEquals(99, curve.getXValue(0, last - 1));
        assertEquals(r.history.get(99).costBefore(), curve.getYValue(0, last - 1));
        assertEquals(100, curve.getXValue(0, last), "after 100 epochs, at epoch 100");
        assertEquals(r.result.finalCost(), curve.getYValue(0, last));
    }

    @Test
    void aDivergedRunIsDrawableOnALogScale() throws Exception {
        Run r = run(Presets.byId("gd").config().withOptimizer(SgdConfig.plain(0.3)));
        assertEquals(StopReason.DIVERGED, r.result.reason());
        for (JFreeChart chart : RunCharts.pictures(r.config, r.history, r.result, 640, 480).values()) {
            ChartPng.writePng(new ByteArrayOutputStream(), chart, 640, 480);
        }
        CostChart cost = RunCharts.costChart(r.config, r.history, r.result);
        assertTrue(cost.isLogScale());
        assertTrue(cost.costView().contains(r.history.get(r.history.size() - 1).costBefore()));
        LandscapeChart land = RunCharts.landscapeChart(r.config, r.history, r.result, 640);
        assertTrue(land.parameterView().length() < 20, "the bowl is not flattened: " + land.parameterView());
        assertTrue(land.parameterView().contains(1) && land.parameterView().contains(2));
    }

    /** lr 0.22 runs all 100 epochs, its cost growing ×1.11 an epoch: the chart says diverging, on a log scale. */
    @Test
    void aRunJustPastTheLimitIsDrawnAsDivergingNotFinished() {
        Run r = run(Presets.byId("gd").config().withOptimizer(SgdConfig.plain(0.22)));
        assertEquals(StopReason.COMPLETED, r.result.reason());
        CostChart cost = RunCharts.costChart(r.config, r.history, r.result);
        assertTrue(cost.isLogScale());
        String subtitle = ((org.jfree.chart.title.TextTitle) cost.chart().getSubtitle(0)).getText();
        assertEquals("SGD lr=0.22 · full batch · diverging: the cost grows ×1.11 per epoch; lr 0.22 is above the limit"
                + " 0.214", subtitle);
        Run under = run(r.config.withOptimizer(SgdConfig.plain(0.21)));
        assertFalse(RunCharts.costChart(under.config, under.history, under.result).isLogScale());
    }

    @Test
    void anOverflowedRunFallsBackToTheLastFiniteParameters() {
        Run r = run(Presets.byId("gd").config().withOptimizer(SgdConfig.plain(50)).withEpochs(1000));
        assertEquals(StopReason.DIVERGED, r.result.reason());
        double[] shown = RunCharts.lastFiniteParams(r.config, r.history, r.result);
        assertTrue(ChartText.allFinite(shown));
        FitChart fit = RunCharts.fitChart(r.config, r.history, r.result);
        assertTrue(Double.isFinite(fit.yView().length()));
    }

    @Test
    void landscapeIsAlongTheFirstParameterWithTheRunsPath() {
        Run r = preset("momentum");
        LandscapeChart land = RunCharts.landscapeChart(r.config, r.history, r.result, 1200);
        assertEquals("w", land.chart().getXYPlot().getDomainAxis().getLabel());
        assertEquals(r.history.size() + 1, land.chart().getXYPlot().getDataset(2).getItemCount(0),
                "every epoch's start, then the end");
        assertTrue(land.parameterView().contains(-1) && land.parameterView().contains(r.result.finalParams()[0]));
        assertEquals(LandscapeRange.sampleCount(1200), land.chart().getXYPlot().getDataset(0).getItemCount(0));
    }

    @Test
    void aLongRunsPathIsThinned() {
        Run r = run(Presets.byId("gd").config().withEpochs(5000));
        LandscapeChart land = RunCharts.landscapeChart(r.config, r.history, r.result, 800);
        int n = land.chart().getXYPlot().getDataset(2).getItemCount(0);
        assertTrue(n <= RunCharts.MAX_TRAIL_POINTS && n > RunCharts.MAX_TRAIL_POINTS / 2, "trail points: " + n);
    }

    @Test
    void badSizesAreRefused() {
        Run r = preset("gd");
        assertThrows(IllegalArgumentException.class,
                () -> RunCharts.pictures(r.config, r.history, r.result, 0, 600));
        assertThrows(IllegalArgumentException.class,
                () -> RunCharts.pictures(r.config, r.history, r.result, 800, RunCharts.MAX_SIDE + 1));
    }

    @Test
    void chartsPackageDoesNotImportJavaFx() throws IOException {
        Path src = Path.of("src/main/java/dev/descent/charts");
        try (Stream<Path> files = Files.list(src)) {
            List<Path> java = files.filter(p -> p.toString().endsWith(".java")).toList();
            assertTrue(java.size() >= 8, "found the sources: " + java);
            for (Path p : java) {
                assertTrue(!Files.readString(p).contains("import javafx"), p + " imports javafx");
            }
        }
    }
}
