package dev.descent.workspace;

import dev.descent.io.Session;
import dev.descent.io.SessionFile;
import dev.descent.lecture.Presets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Autosave and crash recovery, with the scheduler in the test's hands, and once with a real process killed. */
class AutosaveTest {
    @TempDir
    Path dir;

    /** Tasks scheduled, with their delays, run when the test says. */
    private final List<Runnable> tasks = new ArrayList<>();
    private final List<Long> delays = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    private Autosave autosave() {
        return new Autosave(dir, (task, delay) -> {
            tasks.add(task);
            delays.add(delay);
        }, failures::add);
    }

    private static Workspace edited() {
        return Workspace.of(Presets.first()).apply(new Edit.SetLr(0.123)).workspace()
                .apply(new Edit.AddPoint(4, 9)).workspace();
    }

    @Test
    void editsAreWrittenOnceWithinTwoSecondsTheNewestWinning() throws Exception {
        Autosave a = autosave();
        a.start();
        Workspace first = Workspace.of(Presets.first()).apply(new Edit.SetLr(0.05)).workspace();
        a.changed(first);
        a.changed(edited());
        assertEquals(List.of(Autosave.DELAY_MILLIS), delays, "one write due, 2 s after the first edit");
        assertFalse(Files.exists(a.file()), "nothing written on the caller's thread");
        tasks.get(0).run();
        assertEquals(edited().toSession(), SessionFile.load(a.file(), Presets.ids()));
        a.changed(first);
        assertEquals(2, tasks.size(), "an edit after the write is due again");
        assertTrue(failures.isEmpty(), failures.toString());
    }

    @Test
    void aCleanExitOffersNothingBackAndKeepsTheWorkspaceForReopening() throws Exception {
        Autosave a = autosave();
        a.start();
        a.changed(edited());
        a.cleanExit();
        assertTrue(tasks.size() == 1 && Files.exists(a.file()), "what was due is written at exit");
        Autosave next = autosave();
        next.start();
        assertFalse(next.crashed());
        assertTrue(next.hasPrevious());
        assertEquals(edited().toSession(), next.previous().orElseThrow(), "File › Reopen last workspace");
    }

    @Test
    void afterAKillTheNextStartFindsTheEdit() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                AutosaveCrashMain.class.getName(), dir.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile()).start();
        try {
            Path file = dir.resolve(Autosave.FILE);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            // The file appears whole or not at all: once it is there, the edits are in it.
            while (!Files.exists(file)) {
                assertTrue(p.isAlive(), () -> "the test main ended early: " + read(dir.resolve("out.txt")));
                assertTrue(System.nanoTime() < deadline, "no autosave within two minutes");
                Thread.sleep(20);
            }
        } finally {
            p.destroyForcibly();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the killed process ended");
        }
        assertTrue(Files.exists(dir.resolve(Autosave.MARKER)), "a killed run leaves its marker");
        Autosave next = autosave();
        next.start();
        assertTrue(next.crashed());
        assertTrue(next.hasPrevious());
        Session restored = next.previous().orElseThrow();
        assertEquals(edited().toSession(), restored);
        assertEquals(0.123, restored.runs().get(0).config().optimizer().lr());
        assertEquals(4, restored.data().size());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }
}
