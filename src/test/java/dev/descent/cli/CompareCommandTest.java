package dev.descent.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.descent.cli.CliRunner.csv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code train --compare} and {@code train --gif}, end to end. */
class CompareCommandTest {
    @TempDir
    Path dir;

    @Test
    void eachRunPrintsItsLastLineLabelled() {
        CliRunner.Result r = CliRunner.run("train", "--preset", "gd", "--compare", "lr=0.1", "--compare",
                "optimizer=adam,lr=0.1");
        assertEquals(0, r.exit(), r.err());
        // The base run's last line is the lecture's own "Epoch: 99 w= 2.00 cost= 0.00".
        assertEquals(List.of("SGD lr=0.01: Epoch: 99 w= 2.00 cost= 0.00", "SGD lr=0.1: Epoch: 99 w= 2.00 cost= 0.00",
                "Adam lr=0.1: Epoch: 99 w= 2.00 cost= 0.00"), r.outLines());
    }

    @Test
    void theCsvHasARunAndALabelColumnAndTheBaseRunIsTheSingleRun() throws Exception {
        Path single = dir.resolve("single.csv");
        Path both = dir.resolve("both.csv");
        assertEquals(0, CliRunner.run("train", "--preset", "momentum", "--csv", single.toString()).exit());
        CliRunner.Result r = CliRunner.run("train", "--preset", "momentum", "--compare", "momentum=0.9,dampening=0,nesterov",
                "--csv", both.toString());
        assertEquals(0, r.exit(), r.err());
        List<String[]> one = csv(single);
        List<String[]> rows = csv(both);
        assertEquals("run,label,epoch,w,b,cost", String.join(",", rows.get(0)));
        assertEquals(1 + 2 * 50, rows.size());
        for (int i = 1; i <= 50; i++) {
            assertEquals("1", rows.get(i)[0]);
            assertEquals("SGD lr=0.1 momentum=0.8 dampening=0.8", rows.get(i)[1]);
            assertEquals(List.of(one.get(i)), List.of(java.util.Arrays.copyOfRange(rows.get(i), 2, rows.get(i).length)));
        }
        assertEquals("2", rows.get(51)[0]);
        assertEquals("SGD lr=0.1 momentum=0.9 nesterov", rows.get(51)[1]);
        assertEquals("0", rows.get(51)[2]);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "lr=abc | --compare 'lr=abc': lr: 'abc' is not a number",
            "foo=1 | --compare 'foo=1': foo: unknown key; the keys are optimizer, lr",
            "init=1 | --compare 'init=1': init cannot differ between compared runs",
            "batch-size=-1 | --compare 'batch-size=-1': batch size -1 is out of range",
            "lr | --compare 'lr': lr needs a value, e.g. lr=0.5",
            "'lr=0.1,,nesterov' | has an empty override",
            "'lr=0.1,lr=0.2' | lr is given twice",
            "nesterov=maybe | nesterov is a switch",
            "lr=-1 | --compare 'lr=-1': learning rate -1 is out of range: it must be a number ≥ 0",
            "optimizer=adamw | --compare 'optimizer=adamw': unknown optimizer 'adamw'"})
    void aBadOverrideNamesItselfAndItsKeyAndWritesNothing(String override, String message) {
        Path out = dir.resolve("h.csv");
        CliRunner.Result r = CliRunner.run("train", "--preset", "gd", "--compare", override, "--csv", out.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("descent: "), r.err());
        assertTrue(r.err().contains(message), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void atMostFourRunsInAll() {
        CliRunner.Result r = CliRunner.run("train", "--compare", "lr=0.1", "--compare", "lr=0.05", "--compare", "lr=0.02",
                "--compare", "lr=0.03");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("at most 3 runs to compare (4 in all with the base run); got 4"), r.err());
    }

    @Test
    void aDivergingComparedRunExitsThreeNamingIt() {
        CliRunner.Result r = CliRunner.run("train", "--preset", "gd", "--compare", "lr=0.3");
        assertEquals(3, r.exit());
        assertTrue(r.err().contains("descent: SGD lr=0.3: diverged at epoch"), r.err());
    }

    @Test
    void pngOverlaysTheRunsAndGifAnimatesThem() throws Exception {
        Path png = dir.resolve("charts");
        Path gif = dir.resolve("run.gif");
        CliRunner.Result r = CliRunner.run("train", "--preset", "zero-start", "--compare", "lr=0.3", "--png",
                png.toString(), "--gif", gif.toString(), "--size", "400x300");
        // lr 0.3 is above the limit 3/14 (the cost grows ×3.24 an epoch, short of the trainer's stop in 10
        // epochs): the run is diverging and says so, and its pictures are written all the same.
        assertEquals(3, r.exit(), r.err());
        assertEquals(List.of("descent: SGD lr=0.3: diverging: the cost grows ×3.24 per epoch; lr 0.3 is above the"
                + " limit 0.214"), r.errLines());
        assertEquals(List.of("cost.png", "fit.png", "landscape.png"), CliRunner.listing(png));
        assertEquals(400, ImageIO.read(png.resolve("cost.png").toFile()).getWidth());
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        reader.setInput(ImageIO.createImageInputStream(gif.toFile()));
        assertEquals(11, reader.getNumImages(true), "the start and 10 epochs");
        assertEquals(400, reader.getWidth(0));
        assertEquals(300, reader.getHeight(0));
    }

    @Test
    void gifOfOneRunDefaultsTo800x500() throws Exception {
        Path gif = dir.resolve("gd.gif");
        CliRunner.Result r = CliRunner.run("train", "--preset", "zero-start", "--gif", gif.toString());
        assertEquals(0, r.exit(), r.err());
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        reader.setInput(ImageIO.createImageInputStream(gif.toFile()));
        assertEquals(11, reader.getNumImages(true));
        assertEquals(800, reader.getWidth(0));
        assertEquals(500, reader.getHeight(0));
    }

    @Test
    void aGifTooLargeOrInAMissingFolderIsRefusedUpFront() {
        CliRunner.Result r = CliRunner.run("train", "--gif", dir.resolve("x.gif").toString(), "--size", "5000x500");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--size 5000x500 for --gif"), r.err());
        assertTrue(r.out().isEmpty(), "nothing ran");
        r = CliRunner.run("train", "--gif", dir.resolve("none").resolve("x.gif").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--gif"), r.err());
    }
}
