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
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Draws the window's charts off the FX thread, into images the {@link ChartPicture}s show, so the FX
 * thread never waits for a chart to be drawn: it only changes the charts' data and hands on what
 * changed. The drawing is JFreeChart's Java2D path, the one a PNG export takes ({@link ChartPng#paint}),
 * so the window and the file show the same picture.
 *
 * <p>Each chart place has a {@link Lane}: the charts shown there and the changes waiting for them. The
 * painting threads take lanes with work in turn, one thread at a time per lane (it claims the lane), so
 * a lane's twins are only ever touched by the thread that holds it. There are as many threads as leave
 * a processor to the FX thread (one on two processors), and one more that helps while
 * {@code extraHands} says the machine has room (a new run held back for its first pictures leaves the
 * trainer's processor free): then the three places of a new run are drawn two at a time. More threads
 * than processors would only take turns and hold up the FX thread's frames.
 *
 * <p>On the FX thread, every {@link Mirrored#change} of a frame is recorded in its lane's batch;
 * {@link #flush} (at the end of each frame, and at each pulse for changes made outside one) queues each
 * batch whole and asks each place whose chart changed, or whose size did, for a new picture. A lane
 * applies its batches to its twins in order, only ever between two draws, then draws the newest request:
 * when drawing falls behind, it skips states rather than queueing them.
 */
public final class ChartPainter {
    /** How long {@link Lane#call} waits for its lane: far longer than any picture takes. */
    private static final long CALL_PATIENCE_SECONDS = 30;

    private final BiFunction<String, Runnable, Thread> threads;
    private final Thread.UncaughtExceptionHandler failures;
    /** Told when a lane starts and ends a spell of drawing (the trainers give way meanwhile). */
    private final Runnable working;
    private final Runnable done;
    private final List<Lane> lanes = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The painting threads that always work: as many as leave a processor to the FX thread. */
    private final List<Worker> workers = new ArrayList<>();
    private final int mostWorkers;
    /** Whether the helper may work now; null for none. */
    private final BooleanSupplier extraHands;
    /** The thread that works only while {@link #extraHands} says so; made with the second lane. */
    private Worker helper;
    private volatile boolean stopped;
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
     * @param working    told when a thread starts drawing
     * @param done       told when it has drawn what was asked
     * @param extraHands whether one more thread may draw now (any thread; read at each flush)
     */
    public ChartPainter(BiFunction<String, Runnable, Thread> threads, Thread.UncaughtExceptionHandler failures,
                        Runnable working, Runnable done, BooleanSupplier extraHands) {
        this(threads, failures, working, done, Math.max(1, Runtime.getRuntime().availableProcessors() - 1),
                extraHands);
    }

    /** As above, with {@code mostWorkers} painting threads that always work, and a helper when there are more lanes. */
    ChartPainter(BiFunction<String, Runnable, Thread> threads, Thread.UncaughtExceptionHandler failures,
                 Runnable working, Runnable done, int mostWorkers, BooleanSupplier extraHands) {
        this.mostWorkers = mostWorkers;
        this.extraHands = extraHands;
        this.threads = threads;
        this.failures = failures;
        this.working = working;
        this.done = done;
        pulses.start();
    }

    /**
     * A new lane for one chart place and the charts it shows (FX thread). Each lane, up to the most,
     * brings a painting thread; the first lane beyond them brings the helper.
     */
    public Lane lane() {
        if (workers.size() < mostWorkers) {
            workers.add(new Worker("descent-charts-" + (workers.size() + 1), false));
        } else if (helper == null && extraHands != null) {
            helper = new Worker("descent-charts-" + (workers.size() + 1), true);
        }
        Lane lane = new Lane();
        lanes.add(lane);
        return lane;
    }

    /** Ends every lane's thread: the window has closed. */
    public void stop() {
        stopped = true;
        pulses.stop();
        for (Worker worker : workers) {
            worker.thread.interrupt();
        }
        if (helper != null) {
            helper.thread.interrupt();
        }
    }

    /**
     * Hands the frame's changes to the lanes and asks for the pictures they change (FX thread). The
     * frame loop calls it at the end of each frame, so a frame's changes reach the screen together.
     */
    public void flush() {
        boolean work = false;
        for (Lane lane : lanes) {
            work |= lane.flush();
        }
        if (work) {
            wake();
        }
    }

    /** Wakes the threads that always work, and the helper while it may. */
    private void wake() {
        for (Worker worker : workers) {
            worker.wake.release();
        }
        if (helper != null && extraHands.getAsBoolean()) {
            helper.wake.release();
        }
    }

    /** Wakes the threads that always work (a helper leaving work behind). */
    private void wakeRegular() {
        for (Worker worker : workers) {
            worker.wake.release();
        }
    }

    private void report(Thread thread, Throwable e) {
        if (!reportedFailure) {
            reportedFailure = true;
            failures.uncaughtException(thread, e);
        }
    }

    /** One chart place: the charts it draws, and the changes and requests waiting for them. */
    public final class Lane {
        private final List<ChartPicture> places = new ArrayList<>();
        /** Whole frames of changes to this lane's twins, in order. */
        private final ConcurrentLinkedQueue<List<Runnable>> batches = new ConcurrentLinkedQueue<>();
        /** Work asked for with {@link #call}, run between two draws. */
        private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
        /** Held by the painting thread working on this lane: only it touches the lane's twins. */
        private final java.util.concurrent.atomic.AtomicBoolean claimed = new java.util.concurrent.atomic.AtomicBoolean();
        /** The batch being recorded on the FX thread, and which charts it changes. */
        private List<Runnable> batch = new ArrayList<>();
        private Set<Mirrored<?>> changed = new HashSet<>();

        private Lane() {
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

        /** Queues the frame's batch and asks for the pictures it changes; returns whether there is work. */
        private boolean flush() {
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
            return asked || !batches.isEmpty();
        }

        /** Whether anything waits for a painting thread: changes, calls or a picture asked for. */
        private boolean hasWork() {
            if (!batches.isEmpty() || !tasks.isEmpty()) {
                return true;
            }
            for (ChartPicture place : places) {
                if (place.hasRequest()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Runs {@code work} on this lane's thread once this frame's changes are applied, and waits for
         * its answer (FX thread): copies of the charts as they are drawn, for a file. It waits for what the
         * thread is doing (a few pictures at most, on a thread the lanes share). Once the painter has
         * stopped, the work runs here.
         */
        public <T> T call(Supplier<T> work) {
            flush();
            if (stopped) {
                // The painting threads are ending, and one may still be finishing a picture of this lane:
                // the work runs here once the lane is free.
                while (!claimed.compareAndSet(false, true)) {
                    java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(200));
                }
                try {
                    applyChanges();
                    return work.get();
                } finally {
                    claimed.set(false);
                }
            }
            CompletableFuture<T> answer = new CompletableFuture<>();
            tasks.add(() -> {
                try {
                    answer.complete(work.get());
                } catch (RuntimeException | Error e) {
                    answer.completeExceptionally(e);
                }
            });
            wakeRegular();
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
                        report(Thread.currentThread(), e);
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
                report(Thread.currentThread(), e);
                place.failed(request);
            }
        }
    }

    /** A painting thread: it works through the lanes with work, one claimed lane at a time. */
    private final class Worker {
        private final Semaphore wake = new Semaphore(0);
        private final Thread thread;
        /** Works only while {@link #extraHands} says so. */
        private final boolean helps;

        private Worker(String name, boolean helps) {
            this.helps = helps;
            thread = threads.apply(name, this::paintForever);
            thread.start();
        }

        /** Waits to be woken, then paints every lane with work that no other thread holds, until none is left. */
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
                    paintWhileWorkIsLeft();
                } finally {
                    done.run();
                }
            }
        }

        private void paintWhileWorkIsLeft() {
            boolean painted = true;
            while (painted) {
                painted = false;
                for (Lane lane : lanes) {
                    if (helps && !extraHands.getAsBoolean()) {
                        // No room for a helper any more: the others take what is left.
                        wakeRegular();
                        return;
                    }
                    // The lane's holder checks again for work after letting go (below), so work that comes
                    // while another thread holds the lane is never left behind.
                    if (lane.hasWork() && lane.claimed.compareAndSet(false, true)) {
                        try {
                            lane.paintWhatIsAsked();
                        } finally {
                            lane.claimed.set(false);
                        }
                        painted = true;
                    }
                }
            }
        }
    }
}
