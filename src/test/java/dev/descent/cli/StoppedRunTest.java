package dev.descent.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * A long {@code train --csv} stopped in the middle, in a real process: Ctrl-C (SIGINT) and SIGTERM leave
 * no temporary file behind; SIGKILL cannot be caught, and the next write to the folder sweeps what it
 * left. The test waits for the process to have started writing (its first epoch's log line, printed
 * after the temporary file is made) and for it to exit, never on a clock.
 */
class StoppedRunTest {
    /** A safety net for a process that never stops: the test fails instead of hanging. */
    private static final long NEVER_SECONDS = 120;

    @TempDir
    Path dir;

    /** Starts {@code train} on a run far too long to finish, and returns once it is writing its CSV. */
    private Process startLongRun(Path csv) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-Djava.awt.headless=true");
        command.add("dev.descent.app.Launcher");
        command.addAll(List.of("train", "--preset", "gd", "--epochs", "100000000", "--csv", csv.toString()));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        // The preset's "Predict (before training)" line, then its first epoch's: training has begun.
        assertNotNull(out.readLine(), "the run started");
        assertTrue(out.readLine().startsWith("Epoch: 0 "), "the first epoch ran");
        return p;
    }

    private List<String> parts() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".part")).toList();
        }
    }

    private static int waitForExit(Process p) throws InterruptedException {
        if (!p.waitFor(NEVER_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the process did not stop");
        }
        return p.exitValue();
    }

    @Test
    void sigtermLeavesNoTemporaryFile() throws Exception {
        Path csv = dir.resolve("history.csv");
        Process p = startLongRun(csv);
        assertEquals(1, parts().size(), "mid-write: " + parts());
        p.destroy(); // SIGTERM on Unix
        assertEquals(143, waitForExit(p), "stopped by SIGTERM");
        assertEquals(List.of(), parts());
        assertFalse(Files.exists(csv), "an unfinished history is not put in place");
    }

    /**
     * Whether this process ignores SIGINT (bit 2 of Linux's {@code SigIgn} mask), as a job started in the
     * background of a shell does; a child inherits that, and the JVM then leaves Ctrl-C ignored.
     */
    private static boolean sigintIgnored() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring(7).strip(), 16) & (1L << 1)) != 0;
            }
        }
        return false;
    }

    @Test
    void ctrlCLeavesNoTemporaryFile() throws Exception {
        assumeFalse(sigintIgnored(), "SIGINT is ignored here (a background job), and so in the child");
        Path csv = dir.resolve("history.csv");
        Process p = startLongRun(csv);
        assertEquals(1, parts().size(), "mid-write: " + parts());
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start();
        assertEquals(0, kill.waitFor());
        assertEquals(130, waitForExit(p), "stopped by SIGINT");
        assertEquals(List.of(), parts());
    }

    @Test
    void whatSigkillLeavesIsSweptByTheNextWrite() throws Exception {
        Path old = Files.writeString(dir.resolve("history.csv"), "an earlier run\n");
        Process p = startLongRun(old);
        List<String> left = parts();
        assertEquals(1, left.size());
        p.destroyForcibly();
        waitForExit(p);
        assertEquals(left, parts(), "SIGKILL cannot be caught: the temporary file stays");
        assertEquals("an earlier run\n", Files.readString(old), "and the earlier file is intact");

        CliRunner.Result r = CliRunner.run("train", "--preset", "gd", "--csv", dir.resolve("next.csv").toString());
        assertEquals(0, r.exit(), r::toString);
        assertEquals(List.of(), parts(), "swept: its process is gone");
        assertTrue(Files.exists(dir.resolve("next.csv")));
    }
}
