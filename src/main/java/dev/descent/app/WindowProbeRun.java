package dev.descent.app;

import dev.descent.app.engine.RunEngine;
import dev.descent.app.engine.RunFeed;
import dev.descent.app.view.ChartPicture;
import dev.descent.app.view.MainView;
import dev.descent.cli.ProbeReport;
import dev.descent.cli.ProbeSettings;
import dev.descent.cli.WindowProbe;
import dev.descent.core.DataGenerator;
import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.Mse;
import dev.descent.core.analysis.QuadraticCost;
import dev.descent.core.train.RunConfig;
import dev.descent.lecture.Preset;
import dev.descent.lecture.Presets;
import dev.descent.workspace.Edit;
import dev.descent.workspace.OptimizerKind;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * {@code descent probe}'s window: starts JavaFX, opens the real {@link DescentApp} and measures it with
 * a {@link Session}. The command line ({@code dev.descent.cli.ProbeCommand}) checks the options and
 * prints; the launcher hands this class to it.
 */
final class WindowProbeRun implements WindowProbe {
    /** How long the window may take to open before the probe gives up. */
    private static final long OPEN_TIMEOUT_SECONDS = 60;
    /**
     * JavaFX's own loggers, held so that their level sticks: the probe's output is its report, not the
     * toolkit's notes (that it was loaded from the class path, list-cell sizing).
     */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    @Override
    public ProbeReport run(ProbeSettings settings) {
        CompletableFuture<Session> opened = new CompletableFuture<>();
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        try {
            Platform.setImplicitExit(false);
            Platform.startup(() -> {
                try {
                    Stage stage = new Stage();
                    DescentApp app = new DescentApp();
                    app.start(stage);
                    opened.complete(new Session(app, stage));
                } catch (RuntimeException e) {
                    opened.completeExceptionally(e);
                }
            });
        } catch (UnsupportedOperationException | IllegalStateException e) {
            throw new NoDisplayException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        try {
            Session session = opened.get(OPEN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return session.drive(settings);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the window did not open: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the window did not open within " + OPEN_TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            Platform.exit();
        }
    }

    /**
     * Measures one open window. Create it on the FX thread right after the app has started (so it sees
     * the first frame); then call {@link #drive} from another thread, which plays the preset, changes
     * the learning rate as a dragged slider would, closes the app and returns the figures.
     *
     * <p>Every frame the {@link FrameLoop} reports how long its work (taking the worker's news, updating
     * and drawing every chart) kept the FX thread busy; those times go into a primitive buffer with room
     * for the whole probe, and the percentiles are taken at the end. Each frame also samples the heap
     * and checks whether the runs on screen are the ones the latest change started.
     *
     * <p>The new runs are on screen once each of the three chart places shows a picture the painter drew
     * for them ({@code MainController.chartsShowCurrentRun()}), one run or several. An epoch of the new runs
     * is on screen once, after a frame in which run 1 had taken one, each place shows a picture asked for in
     * that frame or a later one.
     */
    static final class Session {
        /** Frames per second the buffer has room for (JavaFX pulses at 60). */
        private static final int MAX_FPS = 250;

        private final DescentApp app;
        private final Stage stage;
        private final MainController controller;
        private final AppViewModel vm;
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

        // Written on the FX thread only; read after the app has stopped.
        private long firstFrameMillis = -1;
        private boolean recording;
        private long[] busyNanos = new long[0];
        /** When each of {@link #busyNanos}'s frames ended, in nanoseconds since playing began. */
        private long[] busyAt = new long[0];
        private long recordingStartNanos;
        private int busyCount;
        private long frames;
        private long heapMax;
        private long liveHeapMax;
        private final java.util.List<java.lang.management.MemoryPoolMXBean> heapPools = ManagementFactory
                .getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP && p.isCollectionUsageThresholdSupported())
                .toList();
        private long epochsTotal;
        private long lastGeneration = -1;
        private int lastEpoch;
        private long changeStartNanos;
        private long pendingGeneration = -1;
        private boolean pendingFrame;
        private boolean pendingEpoch;
        private double[] toFrameMs = new double[0];
        private double[] toEpochMs = new double[0];
        private double[] handlingMs = new double[0];
        /** When each change was made, in nanoseconds since playing began. */
        private long[] changeAt = new long[0];
        private int changesMade;

        Session(DescentApp app, Stage stage) {
            this.app = app;
            this.stage = stage;
            this.controller = app.controller();
            this.vm = controller.viewModel();
            controller.frameLoop().setListener(this::frameDone);
            MainView view = (MainView) stage.getScene().getRoot();
            for (ChartPicture place : new ChartPicture[] {view.fitViewer, view.costViewer, view.landscapeViewer}) {
                place.addOnPicture(() -> checkShown(System.nanoTime()));
            }
        }

        /** Once per frame, on the FX thread, after the frame's work. */
        private void frameDone(long workNanos) {
            if (firstFrameMillis < 0 && stage.isShowing()) {
                firstFrameMillis = System.currentTimeMillis();
            }
            if (!recording) {
                return;
            }
            long now = System.nanoTime();
            frames++;
            if (busyCount < busyNanos.length) {
                busyAt[busyCount] = now - recordingStartNanos;
                busyNanos[busyCount++] = workNanos;
            }
            heapMax = Math.max(heapMax, memory.getHeapMemoryUsage().getUsed());
            liveHeapMax = Math.max(liveHeapMax, liveHeap());
            RunFeed feed = controller.feed();
            if (feed == null) {
                return;
            }
            long generation = feed.generation();
            int epoch = vm.epochProperty().get();
            epochsTotal += generation == lastGeneration ? Math.max(0, epoch - lastEpoch) : epoch;
            lastGeneration = generation;
            lastEpoch = epoch;
            checkShown(now);
        }

        /**
         * Whether the latest change's runs, and then their first epoch, are on screen: at the end of each
         * frame and whenever a place shows a new picture (which the next pulse puts on the screen).
         */
        private void checkShown(long now) {
            RunFeed feed = controller.feed();
            if (!recording || feed == null || pendingGeneration < 0 || feed.generation() < pendingGeneration) {
                return;
            }
            int epoch = vm.epochProperty().get();
            // The new runs are on screen once each place shows a picture drawn for them: a frame out of time
            // may have changed only some charts, and pictures arrive from the painter a frame or two later.
            if (controller.chartsShowCurrentRun()) {
                int k = changesMade - 1;
                if (pendingFrame) {
                    toFrameMs[k] = (now - changeStartNanos) / 1e6;
                    pendingFrame = false;
                }
                if (pendingEpoch && epochShown(epoch)) {
                    toEpochMs[k] = (now - changeStartNanos) / 1e6;
                    pendingEpoch = false;
                }
                if (!pendingFrame && !pendingEpoch) {
                    pendingGeneration = -1;
                }
            }
        }

        /**
         * An epoch of the new runs is on screen once each place shows a picture asked for in or after the
         * first frame that had one: the numbers of those pictures, null until that frame.
         */
        private long[] epochPictures;

        /** Whether the new runs' first epoch is on screen, at the end of a frame that shows {@code epoch}. */
        private boolean epochShown(int epoch) {
            MainView view = (MainView) stage.getScene().getRoot();
            ChartPicture[] places = {view.fitViewer, view.costViewer, view.landscapeViewer};
            if (epochPictures == null) {
                if (epoch == 0) {
                    return false;
                }
                epochPictures = new long[places.length];
                for (int i = 0; i < places.length; i++) {
                    epochPictures[i] = places[i].version();
                }
            }
            for (int i = 0; i < places.length; i++) {
                if (places[i].shownVersion() < epochPictures[i]) {
                    return false;
                }
            }
            return true;
        }

        /** The heap in use just after the latest collection of each heap pool: what was still reachable. */
        private long liveHeap() {
            long sum = 0;
            for (java.lang.management.MemoryPoolMXBean pool : heapPools) {
                java.lang.management.MemoryUsage u = pool.getCollectionUsage();
                sum += u == null ? 0 : u.getUsed();
            }
            return sum;
        }

        /** Plays the preset for the settings' time with the changes spread over it, then closes the app. */
        ProbeReport drive(ProbeSettings s) throws InterruptedException {
            Preset preset = Presets.byId(s.presetId());
            Dataset data = s.points() > 0 ? generatedLike(preset.config(), s.points()) : preset.config().data();
            double baseLr = onFx(() -> {
                MainView view = (MainView) stage.getScene().getRoot();
                if (view.preset.getValue() != preset) {
                    view.preset.getSelectionModel().select(preset);
                }
                controller.applyPreset(preset);
                if (s.points() > 0) {
                    controller.edit(new Edit.ReplaceData(data, dev.descent.workspace.DataSource.GENERATED));
                }
                for (Edit e : compareEdits(vm.workspace().selectedRun().config(), s.runs())) {
                    String refusal = controller.edit(e, false);
                    if (refusal != null) {
                        throw new IllegalStateException("the probe's compared runs were refused: " + refusal);
                    }
                }
                vm.epochsProperty().set(s.epochs());
                view.speed.setValue(view.speed.getMax());
                toFrameMs = new double[s.changes()];
                toEpochMs = new double[s.changes()];
                handlingMs = new double[s.changes()];
                changeAt = new long[s.changes()];
                Arrays.fill(toFrameMs, -1);
                Arrays.fill(toEpochMs, -1);
                busyNanos = new long[(int) Math.min(Integer.MAX_VALUE - 8, Math.ceil(s.seconds() * MAX_FPS) + 1000)];
                busyAt = new long[busyNanos.length];
                recordingStartNanos = System.nanoTime();
                heapMax = memory.getHeapMemoryUsage().getUsed();
                recording = true;
                controller.play();
                return vm.learningRateProperty().get();
            });
            long startNanos = System.nanoTime();
            long totalNanos = (long) (s.seconds() * 1e9);
            int changes = s.changes();
            for (int k = 1; k <= changes; k++) {
                sleepUntil(startNanos + totalNanos * k / (changes + 1));
                double lr = baseLr * draggedFactor(k, changes);
                onFx(() -> {
                    changeStartNanos = System.nanoTime();
                    changeAt[changesMade] = changeStartNanos - recordingStartNanos;
                    long before = controller.feed().generation();
                    vm.learningRateProperty().set(lr);
                    handlingMs[changesMade] = (System.nanoTime() - changeStartNanos) / 1e6;
                    long after = controller.feed().generation();
                    changesMade++;
                    pendingGeneration = after > before ? after : -1;
                    pendingFrame = after > before;
                    pendingEpoch = after > before;
                    epochPictures = null;
                    return null;
                });
            }
            sleepUntil(startNanos + totalNanos);
            double playedSeconds = onFx(() -> {
                recording = false;
                return (System.nanoTime() - startNanos) / 1e9;
            });
            onFx(() -> {
                app.stop();
                stage.hide();
                return null;
            });
            int workersLeft = liveWorkerThreads();
            return report(s, data.size(), playedSeconds, workersLeft);
        }

        /**
         * The learning rate's factor at change {@code k} of {@code n}: up by 5 % a step for the first half,
         * then back down, as a slider dragged right and back.
         */
        static double draggedFactor(int k, int n) {
            int half = (n + 1) / 2;
            int steps = k <= half ? k : 2 * half - k;
            return Math.pow(1.05, steps);
        }

        private ProbeReport report(ProbeSettings s, int points, double playedSeconds, int workersLeft) {
            long start = ManagementFactory.getRuntimeMXBean().getStartTime();
            double firstFrame = firstFrameMillis < 0 ? -1 : firstFrameMillis - start;
            double[] busy = new double[busyCount];
            for (int i = 0; i < busyCount; i++) {
                busy[i] = busyNanos[i] / 1e6;
            }
            Arrays.sort(busy);
            long warm = TimeUnit.SECONDS.toNanos(ProbeReport.WARMUP_SECONDS);
            double[] warmBusy = java.util.stream.IntStream.range(0, busyCount).filter(i -> busyAt[i] >= warm)
                    .mapToDouble(i -> busyNanos[i] / 1e6).sorted().toArray();
            double[] frame = seen(toFrameMs, changesMade);
            double[] epoch = seen(toEpochMs, changesMade);
            double[] warmFrame = java.util.stream.IntStream.range(0, changesMade)
                    .filter(i -> changeAt[i] >= warm && toFrameMs[i] >= 0).mapToDouble(i -> toFrameMs[i]).sorted()
                    .toArray();
            double handling = 0;
            for (int i = 0; i < changesMade; i++) {
                handling = Math.max(handling, handlingMs[i]);
            }
            return new ProbeReport(s.presetId(), points, s.runs(), s.seconds(), s.epochs(), round(firstFrame),
                    round(percentile(busy, 50)), round(percentile(busy, 99)),
                    round(busy.length == 0 ? -1 : busy[busy.length - 1]), round(percentile(warmBusy, 50)),
                    round(percentile(warmBusy, 99)), frames,
                    round(playedSeconds > 0 ? epochsTotal / playedSeconds : 0), epochsTotal, changesMade,
                    round(percentile(frame, 50)), round(percentile(frame, 95)), round(percentile(epoch, 50)),
                    round(percentile(epoch, 95)), round(percentile(warmFrame, 95)), round(handling), round(heapMax / (1024.0 * 1024.0)),
                    round(liveHeapMax / (1024.0 * 1024.0)), workersLeft,
                    System.getProperty("java.version"), String.valueOf(System.getProperty("javafx.runtime.version")),
                    Runtime.getRuntime().availableProcessors());
        }

        /** The first {@code n} values that were seen (not -1), sorted. */
        private static double[] seen(double[] values, int n) {
            return Arrays.stream(values, 0, n).filter(v -> v >= 0).sorted().toArray();
        }

        /** The nearest-rank percentile of sorted values; -1 for none. */
        static double percentile(double[] sorted, double p) {
            if (sorted.length == 0) {
                return -1;
            }
            int rank = (int) Math.ceil(p / 100 * sorted.length);
            return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
        }

        private static double round(double v) {
            return v < 0 ? v : Math.round(v * 1000) / 1000.0;
        }

        /** Training threads still alive. */
        static int liveWorkerThreads() {
            int n = 0;
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.isAlive() && t.getName().startsWith(RunEngine.THREAD_NAME)) {
                    n++;
                }
            }
            return n;
        }

        private static void sleepUntil(long deadlineNanos) throws InterruptedException {
            long left;
            while ((left = deadlineNanos - System.nanoTime()) > 0) {
                TimeUnit.NANOSECONDS.sleep(Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)));
            }
        }

        /** Runs {@code work} on the FX thread and waits for its result. */
        private static <T> T onFx(Supplier<T> work) throws InterruptedException {
            CompletableFuture<T> result = new CompletableFuture<>();
            CountDownLatch done = new CountDownLatch(1);
            Platform.runLater(() -> {
                try {
                    result.complete(work.get());
                } catch (RuntimeException e) {
                    result.completeExceptionally(e);
                } finally {
                    done.countDown();
                }
            });
            done.await();
            try {
                return result.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("the window failed: " + e.getCause(), e.getCause());
            }
        }
    }

    /**
     * The edits that turn a freshly loaded preset's one run into {@code runs} runs racing side by side, each
     * with other optimizer settings so that the compared charts draw distinct lines: run 1 keeps the preset's
     * own; run 2 is SGD with PyTorch's momentum 0.9 (no dampening) at the preset's rate; run 3 adds Nesterov at
     * half that rate (Nesterov's look-ahead diverges at the rate of two lectures, zero-start and quadratic,
     * which run close to plain gradient descent's limit); run 4 is Adam with PyTorch's defaults. Each new run
     * starts as a copy of the one before it ({@link Edit.AddRun} copies the selected run and selects the copy),
     * and run 1 is selected at the end, so that the probe's rate changes edit the preset's own run.
     *
     * @param first the preset's run, SGD as every preset is
     * @param runs  1 to 4
     */
    static List<Edit> compareEdits(RunConfig first, int runs) {
        List<List<Edit>> next = List.of(
                List.of(new Edit.SetDampening(0), new Edit.SetMomentum(0.9)),
                List.of(new Edit.SetNesterov(true), new Edit.SetLr(first.optimizer().lr() / 2)),
                List.of(new Edit.SetOptimizer(OptimizerKind.ADAM)));
        if (runs < 1 || runs > next.size() + 1) {
            throw new IllegalArgumentException("the probe races 1 to " + (next.size() + 1) + " runs; got " + runs);
        }
        List<Edit> edits = new ArrayList<>();
        for (int k = 1; k < runs; k++) {
            edits.add(new Edit.AddRun());
            edits.addAll(next.get(k - 1));
        }
        if (runs > 1) {
            edits.add(new Edit.SelectRun(0));
        }
        return edits;
    }

    /**
     * {@code points} points shaped like the preset's data: on its model at the data's own least-squares
     * parameters, over the same x range, with noise of the data's own spread (at least 5 % of its height,
     * so that a perfect fit like the first lecture's still gives a cloud).
     */
    static Dataset generatedLike(RunConfig config, int points) {
        Dataset d = config.data();
        Model m = config.model();
        double[] truth = QuadraticCost.of(m, d).optimum().orElse(config.init());
        double[] xs = d.xs();
        double[] ys = d.ys();
        double xMin = Arrays.stream(xs).min().orElse(0);
        double xMax = Arrays.stream(xs).max().orElse(1);
        double height = Arrays.stream(ys).max().orElse(1) - Arrays.stream(ys).min().orElse(0);
        double noise = Math.max(Math.sqrt(Mse.cost(m, d, truth)), 0.05 * height);
        return new DataGenerator(m, points, xMin, xMax > xMin ? xMax : xMin + 1, truth, noise, 1).generate();
    }
}
