package dev.descent.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.LinkOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code train} never destroys a file: an output that is one of the run's inputs is refused before the
 * run, a device or a pipe is never replaced, a link keeps pointing where it did, and the files of one
 * run change together or not at all.
 */
class OutputSafetyTest {
    private static final String POINTS = "x,y\n1,2\n2,4\n3,6\n";

    @TempDir
    Path dir;

    private Path points() throws IOException {
        return Files.writeString(dir.resolve("points.csv"), POINTS);
    }

    private void assertRefused(CliRunner.Result r, String... fragments) {
        assertEquals(2, r.exit(), r::toString);
        assertEquals(1, r.errLines().size(), r::toString);
        for (String f : fragments) {
            assertTrue(r.errLines().get(0).contains(f), "'" + f + "' in " + r);
        }
        assertEquals("", r.out(), "nothing ran");
    }

    @Test
    void csvOverTheDataFileIsRefusedAndTheDataSurvives() throws IOException {
        Path data = points();
        CliRunner.Result r = CliRunner.run("train", "--data", data.toString(), "--csv", data.toString());
        assertRefused(r, "--csv " + data, "is the same file as --data " + data, "choose another name");
        assertEquals(POINTS, Files.readString(data));
        assertEquals(List.of("points.csv"), CliRunner.listing(dir));
    }

    @Test
    void gifOverTheDataFileIsRefused() throws IOException {
        Path data = points();
        CliRunner.Result r = CliRunner.run("train", "--data", data.toString(), "--gif", data.toString());
        assertRefused(r, "--gif " + data, "same file as --data");
        assertEquals(POINTS, Files.readString(data));
    }

    @Test
    void theSameFileByAnotherPathOrALinkIsCaughtToo() throws IOException {
        Path data = points();
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), data.getFileName());
        Path sub = Files.createDirectories(dir.resolve("sub"));
        String roundabout = sub.resolve("..").resolve("points.csv").toString();
        assertRefused(CliRunner.run("train", "--data", data.toString(), "--csv", link.toString()), "same file");
        assertRefused(CliRunner.run("train", "--data", link.toString(), "--csv", roundabout), "same file");
        assertEquals(POINTS, Files.readString(data));
    }

    @Test
    void aPngFolderHoldingTheDataAsAChartNameIsRefused() throws IOException {
        Path data = Files.writeString(dir.resolve("fit.png"), POINTS);
        CliRunner.Result r = CliRunner.run("train", "--data", data.toString(), "--png", dir.toString());
        assertRefused(r, "--png " + data, "same file as --data");
        assertEquals(POINTS, Files.readString(data));
    }

    @Test
    void twoOutputsOnOneFileAreRefused() {
        Path same = dir.resolve("out.bin");
        CliRunner.Result r = CliRunner.run("train", "--csv", same.toString(), "--gif", same.toString());
        assertRefused(r, "--gif " + same, "same file as --csv");
        assertEquals(List.of(), CliRunner.listing(dir));
    }

    /**
     * A device node of the test's own (a second /dev/null, made with mknod where the test may), so that a
     * regression replaces a file in a temporary folder, never the system's own device.
     */
    @Test
    void aDeviceIsNeverReplaced() throws Exception {
        Path device = dir.resolve("null");
        assumeTrue(run("mknod", device.toString(), "c", "1", "3"), "mknod is allowed (root)");
        CliRunner.Result r = CliRunner.run("train", "--csv", device.toString());
        assertRefused(r, "--csv " + device, "not a file");
        BasicFileAttributes after = Files.readAttributes(device, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        assertTrue(after.isOther(), "still a device");
    }

    @Test
    void aPipeIsNeverReplaced() throws Exception {
        Path fifo = dir.resolve("pipe");
        assumeTrue(run("mkfifo", fifo.toString()), "mkfifo is available");
        CliRunner.Result r = CliRunner.run("train", "--gif", fifo.toString());
        assertRefused(r, "--gif " + fifo, "a device, a pipe or a socket");
        assertTrue(Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther());
    }

    private static boolean run(String... command) throws InterruptedException {
        try {
            return new ProcessBuilder(command).inheritIO().start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void writingThroughALinkReplacesItsTargetAndKeepsTheLink() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real"));
        Path target = Files.writeString(real.resolve("history.csv"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("history.csv"), Path.of("real", "history.csv"));
        CliRunner.Result r = CliRunner.run("train", "--preset", "gd", "--csv", link.toString());
        assertEquals(0, r.exit(), r::toString);
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals(Path.of("real", "history.csv"), Files.readSymbolicLink(link));
        List<String> rows = Files.readAllLines(target);
        assertEquals("epoch,w,cost", rows.get(0));
        assertEquals(101, rows.size());
        assertEquals(List.of("history.csv", "real", "real/history.csv"), CliRunner.listing(dir),
                "no temporary file beside the link or the target");
    }

    @Test
    void aDanglingLinkGetsItsTargetWritten() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("run.csv"), Path.of("made.csv"));
        CliRunner.Result r = CliRunner.run("train", "--preset", "gd", "--csv", link.toString());
        assertEquals(0, r.exit(), r::toString);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(101, Files.readAllLines(dir.resolve("made.csv")).size());
    }

    /**
     * The disk fills while the second picture is written: the CSV and the three old PNGs are exactly as
     * they were, and no temporary file is left.
     */
    @Test
    void aFailedPictureLeavesEveryEarlierFileAsItWas() throws IOException {
        Path png = Files.createDirectories(dir.resolve("charts"));
        Path csv = dir.resolve("history.csv");
        Map<Path, byte[]> before = new LinkedHashMap<>();
        for (Path f : List.of(csv, png.resolve("fit.png"), png.resolve("cost.png"), png.resolve("landscape.png"))) {
            byte[] bytes = ("earlier " + f.getFileName()).getBytes(StandardCharsets.US_ASCII);
            Files.write(f, bytes);
            before.put(f, bytes);
        }
        RecordingCharts charts = new RecordingCharts();
        charts.failAt = "cost.png";
        CliRunner.Result r = CliRunner.run(charts, "train", "--preset", "gd", "--csv", csv.toString(),
                "--png", png.toString());

        assertEquals(2, r.exit(), r::toString);
        assertEquals(List.of("descent: --png " + png.resolve("cost.png") + ": cannot be written (No space left on"
                + " device)"), r.errLines());
        for (Map.Entry<Path, byte[]> e : before.entrySet()) {
            assertArrayEquals(e.getValue(), Files.readAllBytes(e.getKey()), e.getKey() + " is unchanged");
        }
        assertEquals(List.of("charts", "charts/cost.png", "charts/fit.png", "charts/landscape.png", "history.csv"),
                CliRunner.listing(dir), "no temporary file is left");
    }
}
