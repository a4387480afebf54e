package dev.descent.workspace;

import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.optim.AdagradConfig;
import dev.descent.core.optim.AdamConfig;
import dev.descent.core.optim.RmspropConfig;
import dev.descent.core.optim.SgdConfig;
import dev.descent.core.train.RunConfig;
import dev.descent.io.Session;
import dev.descent.io.SessionFile;
import dev.descent.lecture.Comparisons;
import dev.descent.lecture.LogStyle;
import dev.descent.lecture.Presets;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window's state as a value: every edit, its refusals, and a session in and out without loss. */
public class WorkspaceTest {
    private static final Workspace GD = Workspace.of(Presets.first());

    /** Every field of a session file set away from its default, on four runs. */
    public static Session everyField() {
        RunConfig base = Presets.byId("momentum").config();
        return new Session(base.data(), List.of(
                new Session.Run("my adam", 3, base.withOptimizer(new AdamConfig(0.05, 0.5, 0.99, 1e-6, 0.1))
                        .withShuffle(true, 7).withTolerance(1e-3).withBatchSize(5)),
                new Session.Run("dampened", 0, base.withOptimizer(new SgdConfig(0.1, 0.9, 0.3, false, 1e-4))),
                new Session.Run("RMSprop", 1, base.withOptimizer(new RmspropConfig(0.02, 0.9, 1e-7, 0.01))
                        .withShuffle(true, -3)),
                new Session.Run("Adagrad", 2, base.withOptimizer(new AdagradConfig(0.3, 1e-9, 0.2)))),
                "momentum", LogStyle.EPOCH.id());
    }

    private static Workspace applied(Workspace w, Edit... edits) {
        for (Edit e : edits) {
            Workspace.Outcome o = w.apply(e);
            assertFalse(o.refused(), e + " was refused: " + o.refusal());
            w = o.workspace();
        }
        return w;
    }

    @Test
    void aSessionWithEveryFieldSetComesBackEqualFieldForField() throws Exception {
        Session s = everyField();
        Workspace w = Workspace.of(s);
        assertEquals(s, w.toSession());
        Session back = SessionFile.parse(SessionFile.toJson(w.toSession()), "back.json", Presets.ids());
        assertEquals(s, back);
        assertEquals(new AdamConfig(0.05, 0.5, 0.99, 1e-6, 0.1), back.runs().get(0).config().optimizer());
        assertEquals(7, back.runs().get(0).config().seed());
        assertEquals(1e-3, back.runs().get(0).config().tolerance());
        assertEquals("my adam", back.runs().get(0).label());
        assertEquals(3, back.runs().get(0).colour());
    }

    @Test
    void aGivenLabelStaysAndAnAutomaticOneFollowsTheSettings() {
        Workspace w = applied(Workspace.of(everyField()), new Edit.SetLr(0.2));
        assertEquals("my adam", w.selectedRun().label());
        assertEquals(new AdamConfig(0.2, 0.5, 0.99, 1e-6, 0.1), w.selectedRun().config().optimizer(),
                "the other hyper-parameters stay");
        assertTrue(w.selectedRun().config().shuffle());
        Workspace gd = applied(GD, new Edit.SetLr(0.05));
        assertEquals("GD lr 0.05", gd.selectedRun().label());
        assertEquals("momentum 0.9 lr 0.05", applied(gd, new Edit.SetMomentum(0.9)).selectedRun().label());
    }

    @Test
    void theCoreGivesTheReasonForARefusalAndNothingChanges() {
        Workspace.Outcome nesterov = GD.apply(new Edit.SetNesterov(true));
        assertTrue(nesterov.refused());
        assertSame(GD, nesterov.workspace());
        assertEquals(refusal(() -> new SgdConfig(0.01, 0, 0, true, 0)), nesterov.refusal());
        assertEquals(refusal(() -> SgdConfig.plain(-1)), GD.apply(new Edit.SetLr(-1)).refusal());
        assertEquals(refusal(() -> Presets.first().config().withEpochs(0)), GD.apply(new Edit.SetEpochs(0)).refusal());
        assertEquals(refusal(() -> Presets.first().config().withInit(new double[] {1, 2})),
                GD.apply(new Edit.SetStart(new double[] {1, 2})).refusal());
        assertTrue(GD.apply(new Edit.DeletePoint(7)).refused());
        assertTrue(GD.apply(new Edit.RemoveRun()).refused());
    }

    private static String refusal(Runnable r) {
        try {
            r.run();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        throw new AssertionError("the core took it");
    }

    @Test
    void dampenedMomentumKeepsItsDampeningEqualToIt() {
        Workspace w = applied(GD, new Edit.SetMomentum(0.5), new Edit.SetDampening(0.5), new Edit.SetMomentum(0.8));
        assertEquals(SgdConfig.dampened(0.01, 0.8), w.selectedRun().config().optimizer());
        Workspace heavy = applied(GD, new Edit.SetMomentum(0.5), new Edit.SetMomentum(0.8));
        assertEquals(SgdConfig.heavyBall(0.01, 0.8), heavy.selectedRun().config().optimizer());
    }

    @Test
    void anotherOptimizerStartsFromPyTorchsDefaultsAndAnotherModelFromZeros() {
        Workspace w = applied(GD, new Edit.SetOptimizer(OptimizerKind.ADAM));
        assertEquals(AdamConfig.DEFAULTS, w.selectedRun().config().optimizer());
        Workspace affine = applied(GD, new Edit.SetModel(Model.AFFINE));
        assertArrayEquals(new double[] {0, 0}, affine.start());
    }

    @Test
    void batchModesAndTheMiniBatchSize() {
        Workspace w = applied(Workspace.of(Presets.byId("momentum")), new Edit.SetBatchMode(BatchMode.MINI, 4));
        assertEquals(4, w.selectedRun().config().batchSize());
        assertEquals(6, applied(w, new Edit.SetMiniBatchSize(6)).selectedRun().config().batchSize());
        assertEquals(1, applied(w, new Edit.SetBatchMode(BatchMode.SGD, 4)).selectedRun().config().batchSize());
        assertTrue(GD.apply(new Edit.SetMiniBatchSize(2)).refused(), "a full-batch run has no mini-batch size");
    }

    @Test
    void theLectureBoxNamesTheLectureOnlyForItsOwnData() {
        assertEquals(Presets.first().displayName(), GD.lectureBox());
        Workspace edited = applied(GD, new Edit.AddPoint(4, 9));
        assertEquals(DataSource.EDITED, edited.source());
        assertEquals("Your data · " + Presets.first().displayName(), edited.lectureBox());
        Workspace back = applied(edited, new Edit.DeletePoint(3));
        assertEquals(DataSource.LECTURE, back.source(), "the lecture's own points again");
        Workspace imported = applied(GD, new Edit.ReplaceData(Dataset.of(new double[] {1}, new double[] {1}),
                DataSource.IMPORTED));
        assertEquals("Your data · " + Presets.first().displayName(), imported.lectureBox());
        assertEquals(LogStyle.EPOCH.id(), imported.toSession().logStyle());
    }

    @Test
    void pointEditsAddInsertMoveAndDelete() {
        Workspace w = applied(GD, new Edit.AddPoint(4, 9), new Edit.MovePoint(0, 1, 3), new Edit.InsertPoint(1, 5, 5),
                new Edit.DeletePoint(2));
        assertEquals(Dataset.of(new double[] {1, 5, 3, 4}, new double[] {3, 5, 6, 9}), w.data());
        assertEquals(w.data(), w.configs().get(0).data());
    }

    @Test
    void runsAreAddedWithAFreeColourSelectedAndRemoved() {
        Workspace w = applied(Workspace.of(Comparisons.all().get(0)), new Edit.SelectRun(1), new Edit.RemoveRun());
        assertEquals(3, w.runs().size());
        assertEquals(1, w.selected());
        Workspace more = applied(w, new Edit.AddRun());
        assertEquals(4, more.runs().size());
        assertEquals(3, more.selected());
        assertEquals(1, more.selectedRun().colour(), "the colour the removed run left");
        assertEquals(more.runs().get(1).config(), more.selectedRun().config(), "a copy of the selected run");
        assertTrue(more.apply(new Edit.AddRun()).refused());
    }

    @Test
    void startEpochsAndModelAreEveryRunsAndLoadingReplacesEverything() {
        Workspace race = Workspace.of(Comparisons.all().get(0));
        Workspace w = applied(race, new Edit.SetEpochs(30), new Edit.SetStart(new double[] {0.5, 0.5}));
        for (RunConfig c : w.configs()) {
            assertEquals(30, c.epochs());
            assertArrayEquals(new double[] {0.5, 0.5}, c.init());
        }
        assertEquals(GD, applied(w, new Edit.LoadLecture("gd")));
        assertEquals(race, applied(GD, new Edit.LoadComparison(Comparisons.all().get(0).id())));
        assertEquals(Comparisons.all().get(0).displayName(), race.lectureBox());
        assertEquals(Workspace.of(everyField()), applied(GD, new Edit.LoadSession(everyField())));
    }

    @Test
    void theLogPrintsTheLecturesWayOnlyOnTheLecturesData() {
        Workspace sgd = Workspace.of(Presets.byId("sgd"));
        assertEquals(LogStyle.SGD, sgd.logStyle());
        assertEquals(4, sgd.predictAt());
        // A point of the teacher's own makes the data no longer the lecture's: epoch by epoch, no prediction.
        Workspace mine = applied(sgd, new Edit.AddPoint(10, 20));
        assertEquals(LogStyle.EPOCH, mine.logStyle());
        assertTrue(Double.isNaN(mine.predictAt()));
        Workspace table = Workspace.of(Presets.byId("zero-start"));
        assertEquals(LogStyle.TABLE, table.logStyle());
        assertTrue(Double.isNaN(table.predictAt()));
    }
}
