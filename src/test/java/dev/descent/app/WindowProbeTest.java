package dev.descent.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.descent.app.engine.RunEngine;
import dev.descent.cli.ProbeReport;
import dev.descent.cli.ProbeSettings;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The probe's measurement loop on the real window (headless): two seconds of the first lecture at
 * instant speed with 20 learning-rate changes. Behaviour only: what was seen and counted, never how fast.
 */
class WindowProbeTest extends ApplicationTest {
    private DescentApp app;
    private Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        app = new DescentApp();
        app.start(stage);
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        interact(() -> app.stop());
    }

    @Test
    void twoSecondsOfTheFirstLectureGiveASaneReport() throws Exception {
        WindowProbeRun.Session[] session = new WindowProbeRun.Session[1];
        interact(() -> session[0] = new WindowProbeRun.Session(app, stage));
        double lrBefore = app.controller().viewModel().learningRateProperty().get();
        long generationBefore = app.controller().feed().generation();
        // A change a second, so that each has far more time than its pictures take, even on a busy machine.
        ProbeReport report = session[0].drive(new ProbeSettings("gd", 0, 4, 1_000_000, 4, 1));

        JsonNode json = new ObjectMapper().readTree(report.toJson());
        for (String field : List.of("first_frame_ms", "fx_busy_ms_p50", "fx_busy_ms_p99", "fx_busy_ms_max", "frames",
                "epochs_per_second", "restart_to_frame_ms_p50", "restart_to_frame_ms_p95", "heap_used_mb_max",
                "worker_threads_after", "restarts", "preset", "points", "java")) {
            assertTrue(json.has(field), "field " + field + " in " + json);
        }
        assertEquals("gd", json.get("preset").asText());
        assertEquals(3, json.get("points").asInt(), "the lecture's own three points");
        assertEquals(4, json.get("restarts").asInt());
        assertTrue(json.get("frames").asLong() > 0, json.toString());
        assertTrue(json.get("worker_threads_after").asInt() <= 1, json.toString());
        assertEquals(0, WindowProbeRun.Session.liveWorkerThreads(), "the engine is closed");
        assertTrue(json.get("epochs_total").asLong() > 0, "the run played: " + json);
        double p50 = json.get("fx_busy_ms_p50").asDouble();
        double p99 = json.get("fx_busy_ms_p99").asDouble();
        double max = json.get("fx_busy_ms_max").asDouble();
        assertTrue(0 <= p50 && p50 <= p99 && p99 <= max, json.toString());
        double toFrame50 = json.get("restart_to_frame_ms_p50").asDouble();
        double toFrame95 = json.get("restart_to_frame_ms_p95").asDouble();
        assertTrue(0 <= toFrame50 && toFrame50 <= toFrame95, "every change was followed by a frame of its run: " + json);
        assertTrue(json.get("heap_used_mb_max").asDouble() > 0, json.toString());
        assertTrue(json.get("first_frame_ms").asDouble() > 0, json.toString());
        // Each change started a new run; the rate went up and came back down, as a dragged slider.
        assertTrue(app.controller().feed().generation() >= generationBefore + 4, "4 new runs at least");
        assertEquals(lrBefore, app.controller().viewModel().learningRateProperty().get(), 1e-12);
        assertTrue(!stage.isShowing(), "the window closed");
    }

    @Test
    void fourRunsRaceAndEachChangeOfRunOneRestartsThemAll() throws Exception {
        WindowProbeRun.Session[] session = new WindowProbeRun.Session[1];
        interact(() -> session[0] = new WindowProbeRun.Session(app, stage));
        long generationBefore = app.controller().feed().generation();
        // 3 changes, two seconds apart (four runs' pictures take far less even on a busy machine): the rate
        // goes up 2 steps and down 1, so it ends 5 % above the lecture's 0.1.
        ProbeReport report = session[0].drive(new ProbeSettings("momentum", 0, 8, 1_000_000, 3, 4));

        assertEquals(4, report.runs());
        assertEquals(4, new ObjectMapper().readTree(report.toJson()).get("runs").asInt());
        assertEquals(3, report.restarts());
        assertEquals(100, report.points());
        assertTrue(0 <= report.restartToFrameMsP50() && report.restartToFrameMsP50() <= report.restartToFrameMsP95(),
                "the chart places were redrawn after the changes: " + report);
        assertTrue(0 <= report.restartToEpochMsP50() && report.restartToEpochMsP50() <= report.restartToEpochMsP95(),
                "and showed an epoch of the new runs: " + report);
        assertTrue(report.epochsTotal() > 0, report.toString());
        assertTrue(app.controller().feed().generation() >= generationBefore + 3, "3 restarts at least");

        var ws = app.controller().viewModel().workspace();
        assertEquals(4, ws.runs().size());
        assertEquals(0, ws.selected(), "the changes edit run 1");
        assertEquals(dev.descent.core.optim.SgdConfig.dampened(0.1 * 1.05, 0.8), ws.configs().get(0).optimizer());
        assertEquals(new dev.descent.core.optim.SgdConfig(0.1, 0.9, 0, false, 0), ws.configs().get(1).optimizer());
        assertEquals(new dev.descent.core.optim.SgdConfig(0.05, 0.9, 0, true, 0), ws.configs().get(2).optimizer());
        assertEquals(dev.descent.core.optim.AdamConfig.DEFAULTS, ws.configs().get(3).optimizer());
        // The last change started all four runs again: the runs on screen are the workspace's, run 1's new rate too.
        List<dev.descent.core.train.RunConfig> racing = new java.util.ArrayList<>();
        interact(() -> app.controller().traces().forEach(t -> racing.add(t.config())));
        assertEquals(ws.configs(), racing);
        assertTrue(!stage.isShowing(), "the window closed");
    }

    @Test
    void generatedDataFollowThePresetsModelOverItsXRange() {
        var preset = dev.descent.lecture.Presets.byId("gd");
        var data = WindowProbeRun.generatedLike(preset.config(), 10_000);
        assertEquals(10_000, data.size());
        assertEquals(1.0, data.x(0));
        assertEquals(3.0, data.x(data.size() - 1));
        // The lecture's points lie on y = 2x: the cloud does too, on average.
        double sum = 0;
        for (int i = 0; i < data.size(); i++) {
            sum += data.y(i) - 2 * data.x(i);
        }
        assertEquals(0, sum / data.size(), 0.01);
    }

    @Test
    void aDraggedSliderGoesUpAndComesBack() {
        assertEquals(1.05, WindowProbeRun.Session.draggedFactor(1, 20), 1e-12);
        assertEquals(Math.pow(1.05, 10), WindowProbeRun.Session.draggedFactor(10, 20), 1e-12);
        assertEquals(Math.pow(1.05, 9), WindowProbeRun.Session.draggedFactor(11, 20), 1e-12);
        assertEquals(1.05, WindowProbeRun.Session.draggedFactor(19, 20), 1e-12);
        assertEquals(1.0, WindowProbeRun.Session.draggedFactor(20, 20), 1e-12);
    }

    @Test
    void percentilesAreNearestRank() {
        double[] sorted = new double[100];
        for (int i = 0; i < 100; i++) {
            sorted[i] = i + 1;
        }
        assertEquals(50, WindowProbeRun.Session.percentile(sorted, 50));
        assertEquals(99, WindowProbeRun.Session.percentile(sorted, 99));
        assertEquals(95, WindowProbeRun.Session.percentile(sorted, 95));
        assertEquals(7, WindowProbeRun.Session.percentile(new double[] {7}, 99));
        assertEquals(-1, WindowProbeRun.Session.percentile(new double[0], 50));
        assertTrue(RunEngine.THREAD_NAME.startsWith("descent"));
    }
}
