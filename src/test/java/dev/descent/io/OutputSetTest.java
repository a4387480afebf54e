package dev.descent.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputSetTest {
    @TempDir
    Path dir;

    private static OutputSet.Body text(String s) {
        return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void nothingChangesUntilTheCommitThenEverythingDoes() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "old a");
        Path b = dir.resolve("b.txt");
        try (OutputSet set = new OutputSet()) {
            set.write(null, a, text("new a"));
            OutputStream stream = set.stream("--csv", b);
            stream.write("new b".getBytes(StandardCharsets.UTF_8));
            assertEquals("old a", Files.readString(a));
            assertFalse(Files.exists(b));
            set.commit();
        }
        assertEquals("new a", Files.readString(a));
        assertEquals("new b", Files.readString(b));
        assertEquals(List.of("a.txt", "b.txt"), names());
    }

    @Test
    void aFailingBodyLeavesEveryTargetByteForByte() throws Exception {
        byte[] oldA = {1, 2, 3, 0, -1};
        Path a = Files.write(dir.resolve("a.png"), oldA);
        Path b = Files.writeString(dir.resolve("b.png"), "old b");
        DataFileException e;
        try (OutputSet set = new OutputSet()) {
            set.write("--png", a, text("new a"));
            e = assertThrows(DataFileException.class, () -> set.write("--png", b, out -> {
                out.write(new byte[1000]);
                throw new IOException("No space left on device");
            }));
        }
        assertEquals("--png " + b + ": cannot be written (No space left on device)", e.getMessage());
        assertArrayEquals(oldA, Files.readAllBytes(a));
        assertEquals("old b", Files.readString(b));
        assertEquals(List.of("a.png", "b.png"), names(), "no temporary file is left");
    }

    /** The second move fails (a full disk, a file locked by another program): the first is put back. */
    @Test
    void aFailingMovePutsBackTheFilesAlreadyMoved() throws Exception {
        byte[] oldA = "old a, byte for byte\r\n".getBytes(StandardCharsets.ISO_8859_1);
        Path a = Files.write(dir.resolve("a.csv"), oldA);
        Path b = Files.writeString(dir.resolve("b.csv"), "old b");
        Path c = dir.resolve("c.csv");
        int[] moves = {0};
        OutputSet.Mover failing = (from, to) -> {
            if (++moves[0] == 2) {
                throw new java.nio.file.FileSystemException(to.toString(), null, "No space left on device");
            }
            OutputSet.Mover.ATOMIC.move(from, to);
        };
        try (OutputSet set = new OutputSet(failing)) {
            set.write(null, a, text("new a"));
            set.write(null, b, text("new b"));
            set.write(null, c, text("new c"));
            DataFileException e = assertThrows(DataFileException.class, set::commit);
            assertTrue(e.getMessage().startsWith(b + ": cannot be written (No space left on device)"), e.getMessage());
        }
        assertArrayEquals(oldA, Files.readAllBytes(a), "the moved file is put back");
        assertEquals("old b", Files.readString(b));
        assertFalse(Files.exists(c));
        assertEquals(List.of("a.csv", "b.csv"), names());
    }

    @Test
    void closingWithoutACommitChangesNothing() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "old");
        try (OutputSet set = new OutputSet()) {
            set.write(null, a, text("new"));
            set.stream(null, dir.resolve("b.txt")).write(42);
        }
        assertEquals("old", Files.readString(a));
        assertEquals(List.of("a.txt"), names());
    }

    @Test
    void theSameTargetTwiceIsRefused() throws Exception {
        try (OutputSet set = new OutputSet()) {
            set.write("--csv", dir.resolve("x"), text("1"));
            DataFileException e = assertThrows(DataFileException.class,
                    () -> set.write("--gif", dir.resolve("sub/../x"), text("2")));
            assertTrue(e.getMessage().contains("written twice"), e.getMessage());
        }
    }

    @Test
    void aFolderIsNeverReplaced() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("charts"));
        try (OutputSet set = new OutputSet()) {
            DataFileException e = assertThrows(DataFileException.class, () -> set.write("--csv", folder, text("x")));
            assertTrue(e.getMessage().startsWith("--csv " + folder + ": is a folder"), e.getMessage());
        }
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void theTemporaryNamesFollowOurPatternAndNameTheirProcess() {
        Path part = PartFiles.nameFor(dir.resolve("fit.png"));
        String name = part.getFileName().toString();
        assertTrue(PartFiles.NAME.matcher(name).matches(), name);
        assertTrue(name.startsWith(".fit.png.descent-" + ProcessHandle.current().pid() + "-"), name);
        assertEquals(dir, part.getParent());
    }

    /**
     * Leftovers of a killed run are swept at the next write to the folder: ours whose process is gone, and
     * ours older than a day; never a user's file, nor a live process's recent one.
     */
    @Test
    void staleTemporaryFilesAreSweptAndNothingElse() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        long deadPid = gone.pid();
        long livePid = ProcessHandle.current().parent().orElseThrow().pid();
        Path dead = Files.writeString(dir.resolve(".run.csv.descent-" + deadPid + "-abc123.part"), "left by a kill");
        Path old = Files.writeString(dir.resolve(".run.csv.descent-" + livePid + "-old1.part"), "two days old");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        Path live = Files.writeString(dir.resolve(".run.csv.descent-" + livePid + "-live1.part"), "being written");
        List<Path> users = List.of(Files.writeString(dir.resolve(".notes.part"), "mine"),
                Files.writeString(dir.resolve("run.csv.descent-1-abc.part"), "not hidden: not ours"),
                Files.writeString(dir.resolve(".x.descent-12-ABC.part"), "capitals: not ours"));

        AtomicFiles.write(dir.resolve("run.csv"), out -> out.write(1));

        assertFalse(Files.exists(dead), "the killed process's file is swept");
        assertFalse(Files.exists(old), "a file older than a day is swept");
        assertTrue(Files.exists(live), "a running process's recent file stays");
        for (Path u : users) {
            assertTrue(Files.exists(u), u + " stays");
        }
    }
}
