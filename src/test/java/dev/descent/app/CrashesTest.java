package dev.descent.app;

import dev.descent.app.engine.Threads;
import dev.descent.io.AppDataFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A bug on any thread: a crash log with the trace, one sentence for the person, and the app goes on. */
class CrashesTest {
    @AfterEach
    void backToTheJvmsHandler() {
        Threads.install(null);
    }

    @Test
    void aThreadWeStartReportsItsCrashWithALogAndOneSentence() throws Exception {
        List<Crashes.Report> shown = new CopyOnWriteArrayList<>();
        Threads.install(new Crashes(shown::add, r -> { }));
        Thread t = Threads.daemon("descent-file-test", () -> {
            throw new IllegalStateException("the encoder broke\nsecond line");
        });
        t.start();
        t.join();

        assertEquals(1, shown.size());
        Crashes.Report r = shown.get(0);
        assertEquals("descent-file-test", r.thread());
        assertEquals("IllegalStateException: the encoder broke", r.summary());
        assertFalse(r.text().contains("\tat "), "no stack trace in the person's face: " + r.text());
        assertTrue(r.details().contains("\tat dev.descent.app.CrashesTest"), r.details());
        Path log = r.log().orElseThrow();
        assertEquals(AppDataFolder.path(), log.getParent(), "in the application-data folder");
        assertTrue(r.text().contains(log.toString()), "the dialog names the log: " + r.text());
        String written = Files.readString(log);
        assertTrue(written.contains("thread: descent-file-test"), written);
        assertTrue(written.contains(r.details()), written);
    }

    @Test
    void aThreadWithoutItsOwnHandlerFallsToTheDefault() throws Exception {
        List<Crashes.Report> shown = new CopyOnWriteArrayList<>();
        Threads.install(new Crashes(shown::add, r -> { }));
        Thread plain = new Thread(() -> {
            throw new ArithmeticException("/ by zero");
        });
        plain.start();
        plain.join();
        assertEquals(1, shown.size());
        assertEquals("ArithmeticException: / by zero", shown.get(0).summary());
    }

    @Test
    void withoutAWindowACrashIsOneLineNamingTheLog() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Crashes crashes = Crashes.forCommandLine(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        crashes.uncaughtException(Thread.currentThread(), new NullPointerException("x is null"));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("descent: internal error, please report it: NullPointerException: x is null"
                + " (details in " + AppDataFolder.path()), lines.get(0));
    }

    @Test
    void whenTheDialogCannotShowThePersonStillHearsOfIt() {
        List<Crashes.Report> fallback = new ArrayList<>();
        Crashes crashes = new Crashes(r -> {
            throw new IllegalStateException("Toolkit not initialized");
        }, fallback::add);
        crashes.uncaughtException(Thread.currentThread(), new RuntimeException("boom"));
        assertEquals(1, fallback.size());
    }

    @Test
    void theWindowWithoutADisplayIsOneLineAndExit2() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = Launcher.checkDisplay(Map.of(), "Linux", new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(2, exit);
        assertEquals(List.of("descent: " + Launcher.NO_DISPLAY), bytes.toString(StandardCharsets.UTF_8).lines().toList());
        assertEquals(0, Launcher.checkDisplay(Map.of("DISPLAY", ":0"), "Linux", System.err));
    }

    /** The real entry point, in its own process with no display: one line, exit 2, no trace. */
    @Test
    void launchingTheWindowWithNoDisplayInAProcessIsOneLine() throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.descent.app.Launcher");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        Process p = pb.start();
        List<String> err;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            err = r.lines().toList();
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the process ended");
        assertEquals(2, p.exitValue(), err.toString());
        assertEquals(List.of("descent: " + Launcher.NO_DISPLAY), err);
    }
}
