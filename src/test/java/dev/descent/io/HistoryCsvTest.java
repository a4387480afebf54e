package dev.descent.io;

import dev.descent.core.optim.OptimizerState;
import dev.descent.core.train.EpochSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HistoryCsvTest {

    @TempDir
    Path dir;

    private static EpochSnapshot epoch(int k, double cost, double... params) {
        return new EpochSnapshot(k, k + 1L, new double[params.length], params, cost, new double[params.length],
                OptimizerState.empty(k + 1));
    }

    @Test
    void headerNamesTheParametersAndRowsHoldParamsAfterAndCostBefore() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EpochSnapshot e0 = new EpochSnapshot(0, 1, new double[] {1.0, 2.0}, new double[] {1.5, 2.5}, 7.25,
                new double[] {-1, -1}, OptimizerState.empty(1));
        HistoryCsv.write(out, List.of("w", "b"), List.of(e0, epoch(1, 3.0, 1.75, 2.625)));

        assertEquals("epoch,w,b,cost\n0,1.5,2.5,7.25\n1,1.75,2.625,3.0\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void numbersReadBackToTheSameDouble() throws IOException {
        double[] awkward = {0.1 + 0.2, 1.0 / 3, 1e-300, Double.MIN_VALUE, -0.0, 123456789.123456789, 2.0 / 3 * 1e22};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HistoryCsv.write(out, List.of("a"), Stream.of(0, 1, 2, 3, 4, 5, 6)
                .map(i -> epoch(i, awkward[6 - i], awkward[i])).toList());

        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(8, lines.length);
        for (int i = 0; i < awkward.length; i++) {
            String[] cells = lines[i + 1].split(",");
            assertEquals(Double.doubleToRawLongBits(awkward[i]), Double.doubleToRawLongBits(Double.parseDouble(cells[1])),
                    "parameter " + awkward[i]);
            assertEquals(Double.doubleToRawLongBits(awkward[6 - i]),
                    Double.doubleToRawLongBits(Double.parseDouble(cells[2])), "cost " + awkward[6 - i]);
        }
    }

    @Test
    void nonFiniteValuesOfADivergedRunAreWrittenReadably() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HistoryCsv.write(out, List.of("w"), List.of(epoch(0, 1e300, Double.NEGATIVE_INFINITY),
                epoch(1, Double.POSITIVE_INFINITY, Double.NaN)));
        assertEquals("epoch,w,cost\n0,-Infinity,1.0E300\n1,NaN,Infinity\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writesAFileAndLeavesNothingElse() throws Exception {
        Path file = dir.resolve("history.csv");
        HistoryCsv.write(file, List.of("w"), List.of(epoch(0, 4.5, 1.25)));

        assertEquals("epoch,w,cost\n0,1.25,4.5\n", Files.readString(file));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(file), s.toList());
        }
    }

    /** The file gets the permissions of any new file (the umask), not a temporary file's owner-only 0600. */
    @Test
    void writtenFileHasTheUsualPermissions() throws Exception {
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        Path file = dir.resolve("history.csv");
        HistoryCsv.write(file, List.of("w"), List.of(epoch(0, 4.5, 1.25)));
        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void replacesAnExistingFileWhole() throws Exception {
        Path file = Files.writeString(dir.resolve("history.csv"), "old contents that are much longer than the new\n");
        HistoryCsv.write(file, List.of("w"), List.of(epoch(0, 4.5, 1.25)));
        assertEquals("epoch,w,cost\n0,1.25,4.5\n", Files.readString(file));
    }

    @Test
    void missingFolderIsADataFileExceptionNamingTheFileAndWritesNothing() {
        Path file = dir.resolve("nowhere/history.csv");
        DataFileException e = assertThrows(DataFileException.class,
                () -> HistoryCsv.write(file, List.of("w"), List.of(epoch(0, 4.5, 1.25))));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("nowhere")));
    }

    @Test
    void wrongNumberOfNamesIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path file = dir.resolve("history.csv");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HistoryCsv.write(file, List.of("w", "b"), List.of(epoch(0, 4.5, 1.25))));
        assertEquals("epoch 0 has 1 parameters but the header names 2 (w, b)", e.getMessage());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(0, s.count());
        }
    }

    @Test
    void emptyHistoryIsJustTheHeader() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HistoryCsv.write(out, List.of("a", "b", "c"), List.of());
        assertEquals("epoch,a,b,c,cost\n", out.toString(StandardCharsets.UTF_8));
    }
}
