package dev.descent.workspace;

import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.optim.SgdConfig;
import dev.descent.core.train.RunConfig;
import dev.descent.io.Session;
import dev.descent.lecture.LogStyle;
import dev.descent.lecture.Presets;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The "About this lecture" text: the lecture's description, and what no longer matches it. */
class AboutTest {
    private static final Workspace GD = Workspace.of(Presets.first());
    private static final String GD_TEXT = "Three points (1,2), (2,4), (3,6); w starts at 1; learning rate 0.01 for 100"
            + " epochs, one update per epoch on the whole data set. w climbs to 2.";

    private static Workspace applied(Workspace ws, Edit... edits) {
        for (Edit e : edits) {
            Workspace.Outcome o = ws.apply(e);
            assertEquals(null, o.refusal());
            ws = o.workspace();
        }
        return ws;
    }

    @Test
    void theFirstLectureUnchangedIsItsDescriptionAlone() {
        assertEquals(GD_TEXT, About.of(GD));
    }

    @Test
    void anotherRateSaysSoWithTheLecturesRate() {
        assertEquals(GD_TEXT + " Changed since the lecture: the learning rate is 0.05 (the lecture used 0.01).",
                About.of(applied(GD, new Edit.SetLr(0.05))));
    }

    @Test
    void editedDataAndRateAreBothNamedAndARateSetBackIsNot() {
        Workspace ws = applied(GD, new Edit.SetLr(0.05), new Edit.AddPoint(4, 9));
        assertEquals(GD_TEXT + " Changed since the lecture: the data are your own 4 points (the lecture's are 3);"
                + " the learning rate is 0.05 (the lecture used 0.01).", About.of(ws));
        assertEquals(GD_TEXT + " Changed since the lecture: the data are your own 4 points (the lecture's are 3).",
                About.of(applied(ws, new Edit.SetLr(0.01))));
    }

    @Test
    void adamNamesBothOptimizers() {
        assertEquals(GD_TEXT + " Changed since the lecture: the optimizer is Adam lr=0.001 (the lecture used"
                + " SGD lr=0.01).", About.of(applied(GD, new Edit.SetOptimizer(OptimizerKind.ADAM))));
    }

    @Test
    void momentumStartEpochsAndBatchAreNamed() {
        Workspace ws = applied(GD, new Edit.SetMomentum(0.9), new Edit.SetStart(new double[] {0}),
                new Edit.SetEpochs(2000), new Edit.SetBatchMode(BatchMode.SGD, 2));
        assertEquals(GD_TEXT + " Changed since the lecture: the start is w = 0 (the lecture used w = 1);"
                + " it runs 2,000 epochs (the lecture ran 100); the optimizer is SGD lr=0.01 momentum=0.9"
                + " (the lecture used SGD lr=0.01); each update uses one point (the lecture used the whole data).",
                About.of(ws));
    }

    @Test
    void aComparedRunIsCounted() {
        assertEquals(GD_TEXT + " Changed since the lecture: 2 runs compared (the lecture has 1).",
                About.of(applied(GD, new Edit.AddRun())));
    }

    @Test
    void aComparisonIsMeasuredAgainstItsOwnRunOfTheSameIndex() {
        String text = "The same three points and start at three rates: 0.002 crawls, the lecture's 0.01 arrives, and"
                + " 0.2, just under the stability limit 0.214, overshoots w = 2 on every step yet still settles.";
        Workspace rates = applied(GD, new Edit.LoadComparison("learning-rates"));
        assertEquals(text, About.of(rates));
        assertEquals(text + " Changed since the comparison: the learning rate is 0.3 (the comparison used 0.2).",
                About.of(applied(rates, new Edit.SelectRun(2), new Edit.SetLr(0.3))));
    }

    @Test
    void withNoLectureItSaysWhatTheWorkspaceHolds() {
        Dataset four = Dataset.of(new double[] {1, 2, 3, 4}, new double[] {1, 2, 3, 5});
        Session mine = new Session(four, List.of(new Session.Run("mine", 0, new RunConfig(four, Model.LINE,
                SgdConfig.plain(0.01), new double[] {1}, 100, 0, false, 0, 0))), null, LogStyle.EPOCH.id());
        assertEquals("Data from a saved session: 4 points, fitted with y = w·x; 1 run.",
                About.of(Workspace.of(mine)));
    }
}
