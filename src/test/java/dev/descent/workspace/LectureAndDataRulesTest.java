package dev.descent.workspace;

import dev.descent.core.Dataset;
import dev.descent.core.optim.SgdConfig;
import dev.descent.io.Session;
import dev.descent.io.SessionFile;
import dev.descent.lecture.Comparisons;
import dev.descent.lecture.Presets;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a teacher sees when choosing a lecture again, leaving a comparison, editing the data down to one
 * point, and saving a session of their own data: the rules, without the window.
 */
class LectureAndDataRulesTest {
    private static final Workspace GD = Workspace.of(Presets.first());

    private static Workspace applied(Workspace w, Edit... edits) {
        for (Edit e : edits) {
            Workspace.Outcome o = w.apply(e);
            assertFalse(o.refused(), e + " was refused: " + o.refusal());
            w = o.workspace();
        }
        return w;
    }

    @Test
    void choosingTheLectureShownAgainStartsItOverWithItsOwnSettings() {
        Workspace changed = applied(GD, new Edit.SetLr(0.05), new Edit.SetMomentum(0.5), new Edit.SetEpochs(40));
        assertEquals("gd", changed.lectureId(), "still the lecture shown");
        Workspace again = applied(changed, new Edit.LoadLecture("gd"));
        assertEquals(GD, again);
        assertEquals(SgdConfig.plain(0.01), again.selectedRun().config().optimizer(), "the lecture's own rate");
        assertEquals(100, again.selectedRun().config().epochs());
    }

    @Test
    void choosingTheLectureAComparisonIsBuiltOnLeavesTheComparison() {
        for (Comparisons.Comparison c : Comparisons.all()) {
            Workspace race = applied(GD, new Edit.LoadComparison(c.id()));
            assertTrue(race.runs().size() > 1, c.id());
            assertEquals(c.displayName(), race.lectureBox());
            Workspace lecture = applied(race, new Edit.LoadLecture(c.preset().id()));
            assertEquals(1, lecture.runs().size(), "back to the lecture's one run: " + c.id());
            assertEquals(Workspace.of(c.preset()), lecture, c.id());
            assertNull(lecture.comparisonId(), c.id());
            assertEquals(c.preset().displayName(), lecture.lectureBox(), c.id());
        }
    }

    @Test
    void theLastPointCannotBeRemovedAndNothingChanges() {
        Workspace one = applied(GD, new Edit.ReplaceData(Dataset.of(new double[] {2}, new double[] {4}),
                DataSource.EDITED));
        Workspace.Outcome o = one.apply(new Edit.DeletePoint(0));
        assertTrue(o.refused());
        assertEquals("the data needs at least one point", o.refusal());
        assertSame(one, o.workspace(), "the data and the run untouched");
        assertEquals(1, one.data().size());
        // With two points, one can go.
        Workspace two = applied(one, new Edit.AddPoint(3, 6));
        assertEquals(Dataset.of(new double[] {3}, new double[] {6}), applied(two, new Edit.DeletePoint(0)).data());
    }

    @Test
    void editedDataSavedAndOpenedAgainStillDoNotPassForTheLecture(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Workspace edited = applied(GD, new Edit.AddPoint(2, 3));
        String yours = "Your data · " + Presets.first().displayName();
        assertEquals(yours, edited.lectureBox());
        Path file = dir.resolve("lesson.json");
        SessionFile.save(file, edited.toSession());
        Session loaded = SessionFile.load(file, Presets.ids());

        Workspace lecture = applied(edited, new Edit.LoadLecture("gd"));
        assertEquals(Presets.first().config().data(), lecture.data(), "the lecture's own three points");
        assertEquals(Presets.first().displayName(), lecture.lectureBox());

        Workspace opened = applied(lecture, new Edit.LoadSession(loaded));
        assertEquals(4, opened.data().size());
        assertEquals(yours, opened.lectureBox());
        assertEquals(edited.toSession(), opened.toSession(), "the session loads back equal");

        // The lecture's own data, saved and opened, are the lecture again.
        Workspace own = applied(GD, new Edit.LoadSession(GD.toSession()));
        assertEquals(DataSource.LECTURE, own.source());
        assertEquals(List.of(Presets.first().displayName()), List.of(own.lectureBox()));
    }
}
