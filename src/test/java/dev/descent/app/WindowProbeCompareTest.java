package dev.descent.app;

import dev.descent.core.optim.AdamConfig;
import dev.descent.core.optim.SgdConfig;
import dev.descent.core.train.RunConfig;
import dev.descent.core.train.StopReason;
import dev.descent.core.train.Trainer;
import dev.descent.lecture.Preset;
import dev.descent.lecture.Presets;
import dev.descent.workspace.Edit;
import dev.descent.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The runs {@code descent probe --compare N} races, as edits of the workspace; no window here. */
class WindowProbeCompareTest {

    static List<Preset> presets() {
        return Presets.all();
    }

    private static Workspace compared(Preset preset, int runs) {
        Workspace ws = Workspace.of(preset);
        for (Edit e : WindowProbeRun.compareEdits(preset.config(), runs)) {
            Workspace.Outcome o = ws.apply(e);
            assertFalse(o.refused(), preset.id() + ": " + e + " refused: " + o.refusal());
            ws = o.workspace();
        }
        return ws;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void everyPresetTakesOneToFourDistinctRunsWithItsOwnFirstAndSelected(Preset preset) {
        for (int n = 1; n <= 4; n++) {
            Workspace ws = compared(preset, n);
            assertEquals(n, ws.runs().size(), preset.id());
            assertEquals(0, ws.selected(), "the rate changes edit run 1");
            assertEquals(preset.config(), ws.configs().get(0), "run 1 is the preset's own");
            assertEquals(n, new HashSet<>(ws.configs()).size(), "each run its own settings: " + ws.configs());
            assertEquals(n, ws.runs().stream().map(r -> r.colour()).distinct().count(), "each run its own colour");
        }
    }

    @Test
    void theFourRunsOnTheMomentumLectureAreItsOwnMomentumNesterovAndAdam() {
        Workspace ws = compared(Presets.byId("momentum"), 4);
        List<RunConfig> c = ws.configs();
        assertEquals(SgdConfig.dampened(0.1, 0.8), c.get(0).optimizer());
        assertEquals(new SgdConfig(0.1, 0.9, 0, false, 0), c.get(1).optimizer());
        assertEquals(new SgdConfig(0.05, 0.9, 0, true, 0), c.get(2).optimizer());
        assertEquals(AdamConfig.DEFAULTS, c.get(3).optimizer());
        for (RunConfig run : c) {
            assertEquals(c.get(0).withOptimizer(run.optimizer()), run, "only the optimizer differs");
        }
    }

    /** A run that diverged stops racing, and its cost switches the chart to a log scale: none may. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void noComparedRunDivergesOnAnyPreset(Preset preset) {
        for (RunConfig run : compared(preset, 4).configs()) {
            StopReason reason = Trainer.run(run.withEpochs(2000), e -> { }).reason();
            assertNotEquals(StopReason.DIVERGED, reason, preset.id() + ": " + run.optimizer());
        }
    }

    @Test
    void moreRunsThanTheWindowComparesAreRefused() {
        RunConfig gd = Presets.byId("gd").config();
        assertThrows(IllegalArgumentException.class, () -> WindowProbeRun.compareEdits(gd, 0));
        assertThrows(IllegalArgumentException.class, () -> WindowProbeRun.compareEdits(gd, 5));
        assertTrue(WindowProbeRun.compareEdits(gd, 1).isEmpty(), "one run is the preset as loaded");
    }
}
