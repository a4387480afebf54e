package dev.descent.app;

import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.optim.SgdConfig;
import dev.descent.core.train.RunConfig;
import dev.descent.io.Session;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The words around the charts, written out by hand for a line and a quadratic. */
class ChartNotesTest {
    private static final Dataset THREE = Dataset.of(new double[] {1, 2, 3}, new double[] {2, 4, 6});
    private static final RunConfig LINE = new RunConfig(THREE, Model.LINE, SgdConfig.plain(0.01),
            new double[] {1}, 100, 0, false, 0, 0);
    private static final RunConfig QUADRATIC = new RunConfig(THREE, Model.QUADRATIC, SgdConfig.plain(0.01),
            new double[] {0, 0, 0}, 100, 0, false, 0, 0);

    @Test
    void theSurfaceSpansTheLandscapesParameterAndTheNextWrappingAround() {
        assertArrayEquals(new int[] {0, 1}, ChartNotes.surfaceAxes(Model.QUADRATIC, 0));
        assertArrayEquals(new int[] {2, 0}, ChartNotes.surfaceAxes(Model.QUADRATIC, 2));
    }

    @Test
    void theSurfaceNoteNamesItsTwoParameters() {
        assertEquals("colour: the cost over (b, c) · star: the least-squares best · click to start there",
                ChartNotes.surfaceNote(QUADRATIC, 1));
        assertEquals("colour: the cost over (c, a) · star: the least-squares best · click to start there",
                ChartNotes.surfaceNote(QUADRATIC, 2));
    }

    @Test
    void withOneParameterTheLandscapeNoteSaysTheDashedLineIsTheBest() {
        assertEquals("dashed: w*, the least-squares best · click the curve to start there",
                ChartNotes.landscapeNote(LINE, new double[] {1.5}, 0));
    }

    @Test
    void withSeveralTheLandscapeNoteSaysWhereTheOthersAreHeldToThreeFigures() {
        assertEquals("a = 2.00, c = −0.500 held · dashed: least-squares b*, the bottom of this curve only once the"
                        + " others are at theirs too · click to start there",
                ChartNotes.landscapeNote(QUADRATIC, new double[] {2, 7, -0.5}, 1));
    }

    @Test
    void theFitNoteCountsThePointsAndSaysWhichAnUpdateUses() {
        assertEquals("3 points · model y = w·x · every point in every update", ChartNotes.fitNote(List.of(LINE)));
        // One run in batches of 2 is enough for the fit to highlight the batch.
        assertEquals("3 points · model y = w·x · highlighted: the batch of the current update",
                ChartNotes.fitNote(List.of(LINE, LINE.withBatchSize(2))));
        double[] xs = new double[1234];
        RunConfig many = new RunConfig(Dataset.of(xs, xs), Model.LINE, SgdConfig.plain(0.01), new double[] {1},
                100, 0, false, 0, 0);
        assertEquals("1,234 points · model y = w·x · every point in every update", ChartNotes.fitNote(List.of(many)));
    }

    @Test
    void theStartLabelNamesTheParameters() {
        assertEquals("Start (w)", ChartNotes.startLabel(Model.LINE));
        assertEquals("Start (a, b, c)", ChartNotes.startLabel(Model.QUADRATIC));
    }

    @Test
    void runLabelsAreNumberedFromOneAndARunWithoutSettingsIsRun() {
        List<Session.Run> runs = List.of(new Session.Run("GD lr 0.01", 0, LINE), new Session.Run("mine", 1, LINE));
        assertEquals(List.of("1 · GD lr 0.01", "2 · mine"), ChartNotes.runLabels(runs, 2));
        assertEquals(List.of("1 · GD lr 0.01", "2 · mine", "3 · run"), ChartNotes.runLabels(runs, 3));
        assertEquals(List.of(), ChartNotes.runLabels(runs, 0));
    }
}
