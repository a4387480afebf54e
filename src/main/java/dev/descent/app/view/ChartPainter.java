package dev.descent.app.view;

import dev.descent.charts.ChartPng;
import javafx.animation.AnimationTimer;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.function.BiFunction;

/**
 * Draws the window's charts on a thread of its own, into images the {@link ChartPicture}s show, so the
 * FX thread never waits for a chart to be drawn: it only changes the charts' data and hands on what
 * changed. The drawing is JFreeChart's Java2D path, the one a PNG export takes ({@link ChartPng#paint}),
 * so the window and the file show the same picture.
 *
 * <p>On the FX thread, every {@link Mirrored#change} of a frame is recorded in one batch; {@link #flush}
 * (once per frame, and soon after any change made outside one) queues the batch whole and asks each
 * place whose chart changed, or whose size did, for a new picture. The painter's thread applies the
 * batches to the charts' twins in order, only ever between two draws, then draws each place asked for,
 * newest request only: when drawing falls behind, it skips states rather than queueing them.
 */
public final class ChartPainter {
    /** How long {@link #call} waits for the painter: far longer than any picture takes. */
    private static final long CALL_PATIENCE_SECONDS = 30;
    private final List<ChartPicture> places = new ArrayList<>();
    /** Whole frames of changes to the twins, in order; the painter's thread applies them. */
    private final ConcurrentLinkedQueue<List<Runnable>> batches = new ConcurrentLinkedQueue<>();
    /** Work asked for with {@link #call}, run on the painter's thread between two draws. */
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final Semaphore wake = new Semaphore(0);
    private final Thread thread;
    /** The batch being recorded on the FX thread, and which charts it changes. */
    private List<Runnable> batch = new ArrayList<>();
    private Set<Mirrored<?>> changed = new HashSet<>();
    /** Each pulse: shows the pictures that arrived and hands on changes made outside the frame loop. */
    private final AnimationTimer pulses = new AnimationTimer() {
        @Override
        public void handle(long now) {
            for (ChartPicture place : places) {
                place.showReady();
            }
            flush();
        }
    };
    private volatile boolean reportedFailure;
    private final Thread.UncaughtExceptionHandler failures;
    /** Told when the painter starts and ends a spell of drawing (the trainers give way meanwhile). */
    private final Runnable working;
    private final Runnable done;

    /**
     * @param threads  makes the painter's thread (a daemon that reports a crash) from its name and body
     * @param failures hears of a chart that could not be drawn (the first time only: a bug that repeats
     *                 every frame makes one report); the painter goes on with the next picture
     */
    public ChartPainter(BiFunction<String, Runnable, Thread> threads, Thread.UncaughtExceptionHandler failures,
                        Runnable working, Runnable done) {
        this.failures = failures;
        this.working = working;
        this.done = done;
        this.thread = threads.apply("descent-charts", this::paintForever);
        thread.start();
        pulses.start();
    }

    /** Ends the painter's thread: the window has closed. */
    public void stop() {
        pulses.stop();
        thread.interrupt();
    }

    /** Adds a place to draw for (FX thread). */
    void add(ChartPicture place) {
        places.add(place);
    }

    /** Records a change to a twin, to apply with the rest of its frame (FX thread). */
    void record(Mirrored<?> chart, Runnable change) {
        batch.add(change);
        changed.add(chart);
    }

    /**
     * Hands the frame's changes to the painter and asks for the pictures they change (FX thread). The
     * frame loop calls it at the end of each frame, so a frame's changes reach the screen together; each
     * pulse calls it too, for changes made outside the frame loop (a menu, a resize).
     */
    public void flush() {
        if (!batch.isEmpty()) {
            batches.add(batch);
            batch = new ArrayList<>();
        }
        boolean asked = false;
        for (ChartPicture place : places) {
            asked |= place.askIfChanged(changed);
        }
        if (!changed.isEmpty()) {
            changed = new HashSet<>();
        }
        if (asked || !batches.isEmpty()) {
            wake.release();
        }
    }

    /** The painter's thread: waits for work, applies the changes and draws what was asked for. */
    private void paintForever() {
        while (true) {
            try {
                wake.acquire();
            } catch (InterruptedException e) {
                return;
            }
            wake.drainPermits();
            working.run();
            try {
                paintWhatIsAsked();
            } finally {
                done.run();
            }
        }
    }

    private void paintWhatIsAsked() {
        applyChanges();
        Runnable task;
        while ((task = tasks.poll()) != null) {
            applyChanges();
            task.run();
        }
        for (ChartPicture place : places) {
            ChartPicture.Request request = place.takeRequest();
            if (request == null) {
                continue;
            }
            // The request was made after its frame's changes were queued: applying what is queued
            // now brings the twin at least to that frame.
            applyChanges();
            draw(place, request);
        }
    }

    /**
     * Runs {@code work} on the painter's thread once this frame's changes are applied, and waits for its
     * answer (FX thread): copies of the charts as they are drawn, for a file. It waits at most for the
     * picture being drawn. Once the painter has stopped, the work runs here.
     */
    public <T> T call(java.util.function.Supplier<T> work) {
        flush();
        if (!thread.isAlive()) {
            applyChanges();
            return work.get();
        }
        java.util.concurrent.CompletableFuture<T> answer = new java.util.concurrent.CompletableFuture<>();
        tasks.add(() -> {
            try {
                answer.complete(work.get());
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        wake.release();
        try {
            return answer.get(CALL_PATIENCE_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the charts were not ready within " + CALL_PATIENCE_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the charts were copied", e);
        }
    }

    private void applyChanges() {
        List<Runnable> b;
        while ((b = batches.poll()) != null) {
            for (Runnable change : b) {
                try {
                    change.run();
                } catch (RuntimeException e) {
                    report(e);
                }
            }
        }
    }

    private void draw(ChartPicture place, ChartPicture.Request request) {
        try {
            JFreeChart chart = request.chart().get();
            ChartPicture.Buffer buffer = place.buffer(request.pixelWidth(), request.pixelHeight());
            java.util.Arrays.fill(buffer.pixels(), 0);
            ChartRenderingInfo info = new ChartRenderingInfo();
            ChartPng.paint(chart, buffer.image(), request.width(), request.height(), request.scale(), info);
            place.deliver(new ChartPicture.Picture(request.version(), buffer, chart, info,
                    ChartPicture.Axes.of(chart, info)));
        } catch (RuntimeException e) {
            report(e);
            place.failed(request);
        }
    }

    private void report(RuntimeException e) {
        if (!reportedFailure) {
            reportedFailure = true;
            failures.uncaughtException(thread, e);
        }
    }
}
