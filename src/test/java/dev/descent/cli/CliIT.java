package dev.descent.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped jar, as a teacher runs it: {@code java -jar target/descent.jar train …} in a separate
 * process with no display at all (DISPLAY and WAYLAND_DISPLAY removed, no headless flag given).
 * Run by maven-failsafe in the {@code verify} phase, after the jar is built.
 */
class CliIT {

    @TempDir
    Path dir;

    record Outcome(int exit, List<String> out, List<String> err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout ---\n" + String.join("\n", out) + "\n--- stderr ---\n"
                    + String.join("\n", err);
        }
    }

    private Outcome descent(String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("descent.jar", "target/descent.jar"));
        assertTrue(Files.isRegularFile(jar), "the jar is built: " + jar.toAbsolutePath());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile());
        Map<String, String> env = pb.environment();
        env.remove("DISPLAY");
        env.remove("WAYLAND_DISPLAY");
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("_JAVA_OPTIONS");
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("descent " + String.join(" ", args) + " did not finish in 60 s");
        }
        return new Outcome(p.exitValue(), Files.readAllLines(dir.resolve("stdout.txt"), StandardCharsets.UTF_8),
                Files.readAllLines(dir.resolve("stderr.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void trainGdPrintsTheLectureAndDrawsItsChartsWithNoDisplay() throws Exception {
        Path png = dir.resolve("charts");
        Outcome o = descent("train", "--preset", "gd", "--png", png.toString());

        assertEquals(0, o.exit(), o::toString);
        for (String name : List.of("fit.png", "cost.png", "landscape.png")) {
            byte[] head = Arrays.copyOf(Files.readAllBytes(png.resolve(name)), 8);
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, head, name);
        }
        assertEquals(List.of(), o.err(), o::toString);
        assertEquals(102, o.out().size(), o::toString);
        // The lecture's own lines (reference lecture 000); it prints "4.0" before training, Descent "4.00".
        assertEquals("Predict (before training) 4 4.00", o.out().get(0));
        assertEquals("Epoch: 0 w= 1.09 cost= 4.67", o.out().get(1));
        assertEquals("Epoch: 1 w= 1.18 cost= 3.84", o.out().get(2));
        assertEquals("Epoch: 99 w= 2.00 cost= 0.00", o.out().get(100));
        assertEquals("Predict (after training) 4 8.00", o.out().get(101));
    }

    @Test
    void badInputIsOneLineAndExit2WithNoStackTrace() throws Exception {
        Path missing = dir.resolve("missing.csv");
        Outcome o = descent("train", "--data", missing.toString(), "--csv", dir.resolve("h.csv").toString());

        assertEquals(2, o.exit(), o::toString);
        assertEquals(List.of("descent: " + missing + ": no such file"), o.err(), o::toString);
        assertEquals(List.of(), o.out());
        assertFalse(Files.exists(dir.resolve("h.csv")));
    }

    @Test
    void divergingRunExitsWith3() throws Exception {
        Outcome o = descent("train", "--preset", "gd", "--lr", "0.3");

        assertEquals(3, o.exit(), o::toString);
        assertEquals(List.of("descent: diverged at epoch 12: learning rate 0.30 is above the stability limit 0.214"
                + " for this data"), o.err());
    }

    /** Just past the limit 3/14 ≈ 0.214 the run goes all 100 epochs, but it is diverging, and the jar says so. */
    @Test
    void aRunJustPastTheLimitExitsWith3AndOneJustUnderWith0() throws Exception {
        Outcome above = descent("train", "--preset", "gd", "--lr", "0.22");
        assertEquals(3, above.exit(), above::toString);
        // (The × may come out as another character where the terminal's encoding has none.)
        assertEquals(1, above.err().size(), above::toString);
        assertTrue(above.err().get(0).matches("descent: diverging: the cost grows .1\\.11 per epoch; lr 0\\.22 is above"
                + " the limit 0\\.214"), above::toString);
        Outcome under = descent("train", "--preset", "gd", "--lr", "0.21");
        assertEquals(0, under.exit(), under::toString);
        assertEquals(List.of(), under.err());
    }

    /** The window asked for where none can open: one line, exit 2, checked before JavaFX starts. */
    @Test
    void theWindowWithNoDisplayIsOneLineAndExit2() throws Exception {
        Outcome o = descent();
        assertEquals(2, o.exit(), o::toString);
        assertEquals(1, o.err().size(), o::toString);
        assertTrue(o.err().get(0).startsWith("descent: no display to open the window on"), o::toString);
    }
}
