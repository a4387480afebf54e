package dev.descent.io;

import dev.descent.lecture.Presets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Only regular files are read: a named pipe (whose opening blocks until someone writes), a device that
 * never ends, and a folder are refused from their attributes, at once, with a message naming them; a
 * symbolic link to a regular file is followed. A file over its size limit is refused before it is read.
 * Each case that could hang is bounded by a generous timeout that only a real hang reaches.
 */
class InputFilesTest {
    private static final Duration HANG = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private Path fifo(String name) throws Exception {
        Path f = dir.resolve(name);
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", f.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available here");
            throw e;
        }
        assumeTrue(p.waitFor() == 0 && Files.exists(f), "mkfifo failed");
        return f;
    }

    private static String csvRefusal(Path f) {
        return assertTimeoutPreemptively(HANG,
                () -> assertThrows(DataFileException.class, () -> DataCsv.read(f)).getMessage());
    }

    private static String sessionRefusal(Path f) {
        return assertTimeoutPreemptively(HANG,
                () -> assertThrows(DataFileException.class, () -> SessionFile.load(f, Presets.ids())).getMessage());
    }

    @Test
    void aNamedPipeIsRefusedWithoutOpeningIt() throws Exception {
        Path f = fifo("points.csv");
        String m = csvRefusal(f);
        CleanMessages.assertClean(m, f.toString());
        assertTrue(m.contains("not a regular file"), m);
        Path s = fifo("lesson.json");
        m = sessionRefusal(s);
        CleanMessages.assertClean(m, s.toString());
        assertTrue(m.contains("not a regular file"), m);
    }

    @Test
    void aDeviceIsRefused() {
        for (String device : new String[] {"/dev/zero", "/dev/urandom", "/dev/null"}) {
            Path f = Path.of(device);
            assumeTrue(Files.exists(f), device + " exists here");
            String m = csvRefusal(f);
            assertEquals(device + ": is not a regular file (a device, a pipe or a socket), so it is not read;"
                    + " give a CSV file saved on disk", m);
            CleanMessages.assertClean(sessionRefusal(f), device);
        }
    }

    @Test
    void aFolderIsRefused() {
        assertEquals(dir + ": is a folder, not a CSV file", csvRefusal(dir));
        assertEquals(dir + ": is a folder, not a session file", sessionRefusal(dir));
    }

    @Test
    void aSymbolicLinkToARegularFileIsRead() throws Exception {
        Path target = Files.writeString(dir.resolve("real.csv"), "x,y\n1,2\n2,4\n");
        Path link;
        try {
            link = Files.createSymbolicLink(dir.resolve("link.csv"), target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not available here");
            return;
        }
        assertArrayEquals(new double[] {1, 2}, DataCsv.read(link).xs());
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.csv"), dir.resolve("gone.csv"));
        assertEquals(dangling + ": no such file", csvRefusal(dangling));
    }

    @Test
    void aSymbolicLinkToAPipeIsRefused() throws Exception {
        Path f = fifo("pipe");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), f);
        assertTrue(csvRefusal(link).contains("not a regular file"));
    }

    /** Sparse files: the size is the limit's plus one byte, and nothing of them is read. */
    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        Path csv = sparse("huge.csv", InputLimits.MAX_CSV_BYTES + 1);
        assertEquals(csv + ": is larger than 1 GiB, the limit for a CSV file", csvRefusal(csv));
        Path json = sparse("huge.json", InputLimits.MAX_SESSION_BYTES + 1);
        assertEquals(json + ": is larger than 1 GiB, the limit for a session file", sessionRefusal(json));
    }

    private Path sparse(String name, long size) throws IOException {
        Path f = dir.resolve(name);
        try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
            r.setLength(size);
        }
        return f;
    }

    @Test
    void anUnreadableFileIsNamed() throws Exception {
        Path f = Files.writeString(dir.resolve("secret.csv"), "1,2\n");
        assumeTrue(f.toFile().setReadable(false) && !Files.isReadable(f), "the file can be made unreadable (not as root)");
        assertEquals(f + ": permission denied", csvRefusal(f));
    }
}
