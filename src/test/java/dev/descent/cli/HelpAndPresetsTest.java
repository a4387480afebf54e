package dev.descent.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code descent presets} and the help of every command. */
class HelpAndPresetsTest {

    @Test
    void presetsListsEveryPresetWithItsTitleAndASummary() {
        CliRunner.Result r = CliRunner.run("presets");

        assertEquals(0, r.exit(), r::toString);
        assertEquals("", r.err());
        List<String> lines = r.outLines();
        for (String id : List.of("gd", "sgd", "minibatch", "zero-start", "momentum", "quadratic")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("  " + id + " ")), () -> id + " missing:\n" + r.out());
        }
        int gd = lines.indexOf(lines.stream().filter(l -> l.startsWith("  gd ")).findFirst().orElseThrow());
        assertTrue(lines.get(gd).endsWith("Lecture 1 · Batch gradient descent on y = w·x"), lines.get(gd));
        // The first lecture's run, in one line: w from 1, lr 0.01, 100 epochs, on the whole of 3 points.
        assertEquals("y = w·x from w = 1; SGD lr=0.01; 100 epochs; full batch (3 points)", lines.get(gd + 1).strip());
        int sgd = lines.indexOf(lines.stream().filter(l -> l.startsWith("  sgd ")).findFirst().orElseThrow());
        assertEquals("y = w·x from w = 1; SGD lr=0.01; 100 epochs; one update per point (3 points)",
                lines.get(sgd + 1).strip());
        int momentum = lines.indexOf(lines.stream().filter(l -> l.startsWith("  momentum ")).findFirst().orElseThrow());
        assertEquals("y = w·x + b from w = -1, b = 1; SGD lr=0.1 momentum=0.8 dampening=0.8; 50 epochs;"
                + " full batch (100 points)", lines.get(momentum + 1).strip());
    }

    @Test
    void trainHelpNamesEveryOptionAndFitsOnAScreen() {
        CliRunner.Result r = CliRunner.run("train", "--help");

        assertEquals(0, r.exit(), r::toString);
        assertEquals("", r.err());
        for (String option : List.of("--preset", "--data", "--model", "--init", "--optimizer", "--lr", "--momentum",
                "--dampening", "--nesterov", "--weight-decay", "--batch-size", "--shuffle", "--seed", "--epochs",
                "--csv", "--png", "--size", "--help")) {
            assertTrue(r.out().contains(option + " ") || r.out().contains(option + "="), option);
        }
        assertTrue(r.outLines().get(0).equals("Usage: descent train [OPTIONS]"), r.outLines().get(0));
        assertTrue(r.outLines().size() <= 60, "train --help has " + r.outLines().size() + " lines");
        assertTrue(r.outLines().stream().allMatch(l -> l.length() <= 100), "lines fit in 100 columns");
    }

    @Test
    void topLevelHelpListsTheCommands() {
        CliRunner.Result r = CliRunner.run("--help");

        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("  train "), r.out());
        assertTrue(r.out().contains("  presets "), r.out());
        assertTrue(r.out().startsWith("Usage: descent "), r.out());
    }

    @Test
    void presetsHelp() {
        CliRunner.Result r = CliRunner.run("presets", "-h");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().startsWith("Usage: descent presets"), r.out());
    }

    @Test
    void largeCountsInASummaryHaveThousandsSeparators() {
        dev.descent.core.train.RunConfig big = dev.descent.lecture.Presets.byId("gd").config()
                .withData(dev.descent.core.Dataset.of(new double[12_345], new double[12_345]))
                .withEpochs(250_000).withBatchSize(1_000);
        assertEquals("y = w·x from w = 1; SGD lr=0.01; 250,000 epochs; batches of 1,000 (12,345 points)",
                PresetsCommand.summary(big));
    }
}
