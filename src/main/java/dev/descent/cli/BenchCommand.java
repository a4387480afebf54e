package dev.descent.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.Mse;
import dev.descent.core.analysis.QuadraticCost;
import dev.descent.core.optim.Optimizer;
import dev.descent.core.optim.SgdConfig;
import dev.descent.core.train.EpochSnapshot;
import dev.descent.core.train.RunConfig;
import dev.descent.core.train.Trainer;
import dev.descent.core.train.TrainingListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

/**
 * {@code descent bench}: a quick, self-contained speed check on synthetic data (y = 2x + 1 plus noise),
 * for anyone who wants to see what this machine does. Every figure is the median of several timed
 * repeats taken after untimed warm-up runs, so the JIT has compiled the code being timed. The full
 * JMH suite (see BENCH.md) is the careful version.
 */
@Command(name = "bench",
        description = {"Time an epoch of each kind and the landscape curve on synthetic data, and print medians.",
                "Takes a few seconds at the default size."},
        sortOptions = false,
        footer = {"", "Examples:", "  descent bench", "  descent bench --points 10000000 --json",
                "", "Exit status: 0 done, 2 bad input."})
final class BenchCommand implements Callable<Integer> {
    static final int MIN_POINTS = 1_000;
    static final int MAX_POINTS = 50_000_000;
    static final int MINI_BATCH = 32;
    static final int LANDSCAPE_SAMPLES = 400;
    /** Timed repeats per figure (the median is reported). */
    static final int REPEATS = 9;

    private final PrintStream out;

    @Option(names = "--points", paramLabel = "N", order = 1,
            description = "Number of data points, " + MIN_POINTS + " to " + MAX_POINTS + ". Default: 1000000.")
    int points = 1_000_000;

    @Option(names = "--model", paramLabel = "MODEL", order = 2,
            description = "line, affine or quadratic. Default: affine.")
    String model = "affine";

    @Option(names = "--json", order = 3, description = "Print one JSON object instead of a table.")
    boolean json;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.", order = 99)
    boolean help;

    BenchCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        if (points < MIN_POINTS || points > MAX_POINTS) {
            throw new IllegalArgumentException("--points must be between " + MIN_POINTS + " and " + MAX_POINTS
                    + "; got " + points);
        }
        Model m = Model.byId(model);
        Result r = measure(m, syntheticData(points));
        if (json) {
            out.println(toJson(r));
        } else {
            printTable(r);
        }
        out.flush();
        return Cli.OK;
    }

    /** The figures, all medians. */
    record Result(int points, Model model, double fullBatchNsPerPoint, double fullBatchStatisticsNsPerPoint,
                  double miniBatchNsPerPoint, double sgdNsPerPoint, double landscapeMs, double readNsPerPoint) {
    }

    /** Deterministic points near y = 2x + 1, x in [−2, 2). */
    static Dataset syntheticData(int n) {
        SplittableRandom random = new SplittableRandom(20_26L);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 4 * random.nextDouble() - 2;
            y[i] = 2 * x[i] + 1 + 0.5 * (random.nextDouble() - 0.5);
        }
        return Dataset.of(x, y);
    }

    static Result measure(Model model, Dataset data) {
        int n = data.size();
        int p = model.parameterCount();
        double[] theta = new double[p];
        // A stable learning rate for this data, so no run stops early.
        double lr = 0.5 / QuadraticCost.of(model, data).largestEigenvalue();

        // Full batch, reading the data: one fused pass (cost and gradient) and one optimizer step.
        Optimizer optimizer = SgdConfig.plain(lr).create(p);
        double[] g = new double[p];
        double fullBatch = medianNanos(() -> {
            Mse.costAndGradient(model, data, theta, g);
            optimizer.step(theta, g);
        }) / n;

        double[] xs = data.xs();
        double[] ys = data.ys();
        double read = medianNanos(() -> sink = readAll(xs, ys)) / n;

        double statistics = epochNanos(data, model, lr, 0, 200) / n;
        double mini = epochNanos(data, model, 0.1 * lr, MINI_BATCH, 0) / n;
        double sgd = epochNanos(data, model, 0.01 * lr, 1, 0) / n;

        QuadraticCost quadratic = QuadraticCost.of(model, data);
        double[] values = new double[LANDSCAPE_SAMPLES];
        for (int i = 0; i < values.length; i++) {
            values[i] = -1 + 6.0 * i / (values.length - 1);
        }
        double[] at = new double[p];
        at[0] = 0.5;
        double landscape = medianNanos(() -> sink = quadratic.costAlong(data, at, 0, values)[0]) / 1e6;
        return new Result(n, model, fullBatch, statistics, mini, sgd, landscape, read);
    }

    /** Keeps results alive so the JIT cannot drop the work that produced them. */
    static volatile double sink;

    /** A streaming read of both columns: the memory-bandwidth floor for a pass over the data. */
    static double readAll(double[] x, double[] y) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 1 < x.length; i += 2) {
            s0 += x[i];
            s1 += y[i];
            s2 += x[i + 1];
            s3 += y[i + 1];
        }
        for (; i < x.length; i++) {
            s0 += x[i] + y[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** Median time of one call, after untimed warm-up calls. */
    static double medianNanos(Runnable work) {
        for (int i = 0; i < 5; i++) {
            work.run();
        }
        double[] t = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            long start = System.nanoTime();
            work.run();
            t[i] = System.nanoTime() - start;
        }
        return median(t);
    }

    /**
     * Median time of one epoch of a real {@link Trainer} run: the time between consecutive epoch
     * reports, so the run's setup (its first whole-data pass, the statistics) is not counted. The
     * first epochs of each run, and one whole run before, are warm-up.
     *
     * @param epochs 0 for a default that keeps a slow kind of epoch to a few seconds in total
     */
    static double epochNanos(Dataset data, Model model, double lr, int batch, int epochs) {
        int warmEpochs = 3;
        int total = epochs > 0 ? epochs : warmEpochs + REPEATS;
        RunConfig config = new RunConfig(data, model, SgdConfig.heavyBall(lr, 0.5),
                new double[model.parameterCount()], total, batch, false, 0, 0);
        long[] stamps = new long[total];
        TrainingListener timer = new TrainingListener() {
            @Override
            public void onEpoch(EpochSnapshot epoch) {
                stamps[epoch.epoch()] = System.nanoTime();
            }
        };
        Trainer.run(config.withEpochs(Math.min(total, warmEpochs + 1)), timer);
        Trainer.run(config, timer);
        double[] t = new double[total - warmEpochs];
        for (int e = warmEpochs; e < total; e++) {
            t[e - warmEpochs] = stamps[e] - stamps[e - 1];
        }
        return median(t);
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }

    static String toJson(Result r) throws JsonProcessingException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode o = mapper.createObjectNode();
        o.put("points", r.points());
        o.put("model", r.model().id());
        o.put("full_batch_epoch_ns_per_point", round(r.fullBatchNsPerPoint()));
        o.put("full_batch_statistics_epoch_ns_per_point", round(r.fullBatchStatisticsNsPerPoint()));
        o.put("minibatch_epoch_ns_per_point", round(r.miniBatchNsPerPoint()));
        o.put("minibatch_batch_size", MINI_BATCH);
        o.put("sgd_epoch_ns_per_point", round(r.sgdNsPerPoint()));
        o.put("landscape_curve_ms", round(r.landscapeMs()));
        o.put("landscape_samples", LANDSCAPE_SAMPLES);
        o.put("memory_read_ns_per_point", round(r.readNsPerPoint()));
        o.put("repeats", REPEATS);
        o.put("java", System.getProperty("java.version"));
        o.put("processors", Runtime.getRuntime().availableProcessors());
        return mapper.writeValueAsString(o);
    }

    /** Four significant figures: the noise on a shared machine is far larger than that. */
    private static double round(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).doubleValue();
    }

    private void printTable(Result r) {
        out.printf(Locale.ROOT, "Descent bench: %,d points, %s model, medians of %d runs after warm-up%n",
                r.points(), r.model().formula(), REPEATS);
        row("full-batch epoch, one pass over the data", r.fullBatchNsPerPoint(), r.points());
        row("full-batch epoch in a run (statistics)", r.fullBatchStatisticsNsPerPoint(), r.points());
        row("mini-batch epoch, batches of " + MINI_BATCH, r.miniBatchNsPerPoint(), r.points());
        row("SGD epoch, one point per update", r.sgdNsPerPoint(), r.points());
        row("reading x and y once (memory speed)", r.readNsPerPoint(), r.points());
        out.printf(Locale.ROOT, "  %-42s %10.3f ms (%d samples)%n", "landscape curve", r.landscapeMs(),
                LANDSCAPE_SAMPLES);
    }

    private void row(String what, double nsPerPoint, int n) {
        out.printf(Locale.ROOT, "  %-42s %10.4f ns/point  %10.3f ms/epoch%n", what, nsPerPoint, nsPerPoint * n / 1e6);
    }
}
