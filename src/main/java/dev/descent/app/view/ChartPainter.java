package dev.descent.app.view;

import dev.descent.charts.ChartPng;
import javafx.animation.AnimationTimer;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Draws the window's charts off the FX thread, into images the {@link ChartPicture}s show, so the FX
 * thread never waits for a chart to be drawn: it only changes the charts' data and hands on what
 * changed. The drawing is JFreeChart's Java2D path, the one a PNG export takes ({@link ChartPng#paint}),
 * so the window and the file show the same picture.
 *
 * <p>Each chart place has a {@link Lane}: the charts shown there and the changes waiting for them. A
 * lane is drawn by one painting thread only, which alone touches its twins. With processors to spare,
 * each lane has a thread of its own, so the three places are drawn side by side and a new run's three
 * pictures need not wait for each other; with fewer (two, say, one of them training), the lanes share
 * as many threads as leave a processor to the FX thread, because more threads than processors only
 * take turns and hold up the FX thread's frames. On the FX thread, every {@link Mirrored#change} of a frame is recorded in its lane's
 * batch; {@link #flush} (at the end of each frame, and at each pulse for changes made outside one)
 * queues each batch whole and asks each place whose chart changed, or whose size did, for a new
 * picture. A lane applies its batches to its twins in order, only ever between two draws, then draws
 * the newest request: when drawing falls behind, it skips states rather than queueing them.
 */
public final class ChartPainter {
    /** How long {@link Lane#call} waits for its lane: far longer than any picture takes. */
    private static final long CALL_PATIENCE_SECONDS = 30;

    private final BiFunction<String, Runnable, Thread> threads;
    private final Thread.UncaughtExceptionHandler failures;
    /** Told when a lane starts and ends a spell of drawing (the trainers give way meanwhile). */
    private final Runnable working;
    private final Runnable done;
    private final List<Lane> lanes = new ArrayList<>();
    /** The painting threads; lanes are dealt to them in turn. */
    private final List<Worker> workers = new ArrayList<>();
    private final int mostWorkers;
    private volatile boolean reportedFailure;
    /** Each pulse: shows the pictures that arrived and hands on changes made outside the frame loop. */
    private final AnimationTimer pulses = new AnimationTimer() {
        @Override
        public void handle(long now) {
            for (Lane lane : lanes) {
                for (ChartPicture place : lane.places) {
                    place.showReady();
                }
            }
            flush();
        }
    };

    /**
     * Makes the painter and starts taking up pictures at each pulse (FX thread).
     *
     * @param threads  makes a lane's thread (a daemon that reports a crash) from its name and body
     * @param failures hears of a chart that could not be drawn (the first time only: a bug that repeats
     *                 every frame makes one report); the lane goes on with the next picture
     * @param working  told when a lane starts drawing
     * @param done     told when it has drawn what was asked
     */
    public ChartPainter(BiFunction<String, Runnable, Thread> threads, Thread.UncaughtExceptionHandler failures,
                        Runnable working, Runnable done) {
        this(threads, failures, working, done, Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    }

    /** As above, with at most {@code mostWorkers} painting threads. */
    ChartPainter(BiFunction<String, Runnable, Thread> threads, Thread.UncaughtExceptionHandler failures,
                 Runnable working, Runnable done, int mostWorkers) {
        this.mostWorkers = mostWorkers;
        this.threads = threads;
        this.failures = failures;
        this.working = working;
        this.done = done;
        pulses.start();
    }

    /**
     * A new lane for one chart place and the charts it shows (FX thread): it gets a painting thread of
     * its own while there are fewer than the most, else shares one with the lanes before it.
     */
    public Lane lane() {
        Worker worker;
        if (workers.size() < mostWorkers) {
            worker = new Worker("descent-charts-" + (workers.size() + 1));
            workers.add(worker);
        } else {
            worker = workers.get(lanes.size() % workers.size());
        }
        Lane lane = new Lane(worker);
        worker.lanes.add(lane);
        lanes.add(lane);
        return lane;
    }

    /** Ends every lane's thread: the window has closed. */
    public void stop() {
        pulses.stop();
        for (Worker worker : workers) {
            worker.thread.interrupt();
        }
    }

    /**
     * Hands the frame's changes to the lanes and asks for the pictures they change (FX thread). The
     * frame loop calls it at the end of each frame, so a frame's changes reach the screen together.
     */
    public void flush() {
        for (Lane lane : lanes) {
            lane.flush();
        }
    }

    private void report(Thread thread, Throwable e) {
        if (!reportedFailure) {
            reportedFailure = true;
            failures.uncaughtException(thread, e);
        }
    }

    /** One chart place's thread, the charts it draws, and the changes waiting for them. */
    public final class Lane {
        private final List<ChartPicture> places = new ArrayList<>();
        /** Whole frames of changes to this lane's twins, in order. */
        private final ConcurrentLinkedQueue<List<Runnable>> batches = new ConcurrentLinkedQueue<>();
        /** Work asked for with {@link #call}, run between two draws. */
        private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
        private final Worker worker;
        /** The batch being recorded on the FX thread, and which charts it changes. */
        private List<Runnable> batch = new ArrayList<>();
        private Set<Mirrored<?>> changed = new HashSet<>();

        private Lane(Worker worker) {
            this.worker = worker;
        }

        /** Adds a place this lane draws for (FX thread). */
        void add(ChartPicture place) {
            places.add(place);
        }

        /** Records a change to a twin of this lane, to apply with the rest of its frame (FX thread). */
        void record(Mirrored<?> chart, Runnable change) {
            batch.add(change);
            changed.add(chart);
        }

        private void flush() {
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
                worker.wake.release();
            }
        }

        /**
         * Runs {@code work} on this lane's thread once this frame's changes are applied, and waits for
         * its answer (FX thread): copies of the charts as they are drawn, for a file. It waits for what the
         * thread is doing (a few pictures at most, on a thread the lanes share). Once the painter has
         * stopped, the work runs here.
         */
        public <T> T call(Supplier<T> work) {
            flush();
            if (!worker.thread.isAlive()) {
                applyChanges();
                return work.get();
            }
            CompletableFuture<T> answer = new CompletableFuture<>();
            tasks.add(() -> {
                try {
                    answer.complete(work.get());
                } catch (RuntimeException | Error e) {
                    answer.completeExceptionally(e);
                }
            });
            worker.wake.release();
            try {
                return answer.get(CALL_PATIENCE_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (TimeoutException e) {
                throw new IllegalStateException("the charts were not ready within " + CALL_PATIENCE_SECONDS + " s",
                        e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the charts were copied", e);
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
                if (request != null) {
                    // The request was made after its frame's changes were queued: applying what is
                    // queued now brings the twins at least to that frame.
                    applyChanges();
                    draw(place, request);
                }
            }
        }

        private void applyChanges() {
            List<Runnable> b;
            while ((b = batches.poll()) != null) {
                for (Runnable change : b) {
                    try {
                        change.run();
                    } catch (RuntimeException | Error e) {
                        report(worker.thread, e);
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
                place.deliver(new ChartPicture.Picture(request.version(), buffer, chart, request.kept(), info,
                        ChartPicture.Axes.of(chart, info)));
            } catch (RuntimeException | Error e) {
                // Reported, and the lane goes on: a thread that ended here would leave its places frozen.
                report(worker.thread, e);
                place.failed(request);
            }
        }
    }

    /** A painting thread and the lanes it draws. */
    private final class Worker {
        private final List<Lane> lanes = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final Semaphore wake = new Semaphore(0);
        private final Thread thread;

        private Worker(String name) {
            thread = threads.apply(name, this::paintForever);
            thread.start();
        }

        /** Waits for work, then has each of its lanes apply its changes and draw what was asked for. */
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
                    for (Lane lane : lanes) {
                        lane.paintWhatIsAsked();
                    }
                } finally {
                    done.run();
                }
            }
        }
    }
}
