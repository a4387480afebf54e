package dev.descent.app;

import dev.descent.app.engine.Threads;
import dev.descent.core.train.EpochSnapshot;
import dev.descent.io.OutputSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The window's file jobs, without a window: each on its own thread (a stuck one holds back nothing),
 * listed while it runs, cancellable without changing a file, and a bug reaches the crash handler.
 * The FX thread is stood in for by running its tasks at once, one at a time. Waits are on events (a
 * latch, a future); the time-outs only keep a broken build from hanging.
 */
class ExporterJobsTest {
    private static final long NEVER = 60;
    private final Object fxLock = new Object();
    private final Executor fx = r -> {
        synchronized (fxLock) {
            r.run();
        }
    };
    private final List<String> notices = new CopyOnWriteArrayList<>();
    private final Exporter exporter = new Exporter(notices::add, fx);

    @TempDir
    Path dir;

    @AfterEach
    void tearDown() {
        exporter.close();
        Threads.install(null);
    }

    private List<Exporter.Running> running() {
        synchronized (fxLock) {
            return List.copyOf(exporter.running());
        }
    }

    @Test
    void aStuckJobDoesNotHoldBackTheNextAndIsListedWhileItWaits() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<List<Path>> stuck = exporter.run("Writing to a hung disk", progress -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        }, files -> "done");
        Path csv = dir.resolve("history.csv");
        List<Path> written = exporter.exportCsv(List.of("w"), List.of(
                new EpochSnapshot(0, 1, new double[] {1}, new double[] {2}, 3, new double[] {0}, null)), true, csv)
                .get(NEVER, TimeUnit.SECONDS);

        assertEquals(List.of(csv), written);
        assertEquals(List.of("epoch,w,cost", "0,2.0,3.0"), Files.readAllLines(csv));
        assertFalse(stuck.isDone(), "the first job still waits");
        assertTrue(running().stream().anyMatch(j -> j.title.equals("Writing to a hung disk")),
                "and it is listed, not silently queued");
        release.countDown();
        stuck.get(NEVER, TimeUnit.SECONDS);
    }

    @Test
    void aCancelledJobStopsAndChangesNoFile() throws Exception {
        byte[] old = "an earlier animation".getBytes(StandardCharsets.US_ASCII);
        Path gif = Files.write(dir.resolve("run.gif"), old);
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<List<Path>> job = exporter.run("Writing the animation", progress -> {
            try (OutputSet set = new OutputSet()) {
                set.write(null, gif, out -> {
                    started.countDown();
                    for (int frame = 0; ; frame++) {
                        out.write(new byte[100]);
                        progress.done(frame, Integer.MAX_VALUE);
                    }
                });
                set.commit();
            }
            return List.of(gif);
        }, files -> "done");
        assertTrue(started.await(NEVER, TimeUnit.SECONDS));
        running().get(0).cancel();

        assertThrows(CancellationException.class, () -> job.get(NEVER, TimeUnit.SECONDS));
        assertArrayEquals(old, Files.readAllBytes(gif), "the earlier file is as it was");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(gif), files.toList(), "no temporary file is left");
        }
    }

    @Test
    void aBugInAJobReachesTheCrashHandler() throws Exception {
        CountDownLatch reported = new CountDownLatch(1);
        List<Crashes.Report> reports = new CopyOnWriteArrayList<>();
        Threads.install(new Crashes(r -> {
            reports.add(r);
            reported.countDown();
        }, r -> { }));
        CompletableFuture<List<Path>> job = exporter.run("Exporting", progress -> {
            throw new IllegalStateException("a bug in the encoder");
        }, files -> "done");

        assertTrue(reported.await(NEVER, TimeUnit.SECONDS), "the crash handler was told");
        assertEquals("IllegalStateException: a bug in the encoder", reports.get(0).summary());
        assertTrue(reports.get(0).thread().startsWith("descent-file-"), reports.get(0).thread());
        assertTrue(job.isCompletedExceptionally(), "and whoever waits on the job hears of it");
        assertTrue(notices.isEmpty(), "no success is claimed: " + notices);
    }
}
