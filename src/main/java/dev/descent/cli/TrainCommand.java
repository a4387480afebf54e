package dev.descent.cli;

import dev.descent.charts.ChartPng;
import dev.descent.charts.CompareCharts;
import dev.descent.charts.RunAnimation;
import dev.descent.charts.RunCharts;
import dev.descent.charts.RunTrace;
import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.optim.AdagradConfig;
import dev.descent.core.optim.AdamConfig;
import dev.descent.core.optim.OptimizerConfig;
import dev.descent.core.optim.RmspropConfig;
import dev.descent.core.optim.SgdConfig;
import dev.descent.core.train.EpochSnapshot;
import dev.descent.core.train.RunConfig;
import dev.descent.core.train.RunResult;
import dev.descent.core.train.StepSnapshot;
import dev.descent.core.train.StopReason;
import dev.descent.core.train.ThinnedHistory;
import dev.descent.core.train.Trainer;
import dev.descent.core.train.TrainingListener;
import dev.descent.core.train.Verdict;
import dev.descent.io.DataCsv;
import dev.descent.io.DataFileException;
import dev.descent.io.HistoryCsv;
import dev.descent.io.OutputPaths;
import dev.descent.io.OutputSet;
import dev.descent.lecture.LectureLog;
import dev.descent.lecture.LogStyle;
import dev.descent.lecture.Preset;
import dev.descent.lecture.Presets;
import org.jfree.chart.JFreeChart;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code descent train}: one run, headless. Standard output gets the lecture's own log; {@code --csv}
 * and {@code --png} save the history and the charts.
 *
 * <p>Every setting starts from a preset ({@code gd} unless {@code --data} is given without one) and each
 * flag overrides one setting. Everything is checked before the first epoch, so a bad flag, data file or
 * output path never leaves a file behind.
 *
 * <p>A run that diverges still writes its {@code --csv} (the epochs that ran, the last of them possibly
 * holding {@code NaN} or {@code Infinity}) and its {@code --png} charts: watching a run blow up is one of
 * the things a teacher shows. The divergence message then goes to standard error and the exit code is
 * {@value Cli#DIVERGED}; so it does for a run that completed above its stability limit (the cost still
 * grows, only slowly) and for one whose cost ended above where it started.
 */
@Command(name = "train",
        customSynopsis = "descent train [OPTIONS]",
        description = {
                "Run gradient descent without a window and print the lecture's log.",
                "Every setting comes from a preset (gd unless you give --data); each option overrides one."},
        sortOptions = false,
        footer = {"",
                "Examples:",
                "  descent train --preset gd",
                "  descent train --preset gd --lr 0.3                 (too large: the run diverges)",
                "  descent train --preset sgd --csv history.csv --png charts",
                "  descent train --data points.csv --model affine --optimizer adam --lr 0.1 --epochs 500",
                "  descent train --preset gd --gif run.gif --size 800x500",
                "  descent train --preset gd --compare momentum=0.9 --compare \"momentum=0.9,nesterov\" --png charts",
                "",
                "Exit status: 0 done, 2 bad input (nothing is written), 3 the run diverged, is diverging (above its",
                "stability limit) or, with no limit known, its cost ended higher than it started."})
final class TrainCommand implements Callable<Integer> {
    /** With --data and no preset: the first lecture's learning rate and length. */
    static final double DATA_LR = 0.01;
    static final int DATA_EPOCHS = 100;
    static final String DEFAULT_PRESET = "gd";
    static final Values.Size DEFAULT_SIZE = new Values.Size(1200, 800);
    static final Values.Size DEFAULT_GIF_SIZE = new Values.Size(800, 500);
    static final List<String> PNG_FILES = List.of(RunCharts.FIT_FILE, RunCharts.COST_FILE, RunCharts.LANDSCAPE_FILE);

    private final PrintStream out;
    private final PrintStream err;
    private final ChartExport charts;

    @ArgGroup(validate = false, heading = "%nWhat to fit:%n", order = 1)
    Fit fit = new Fit();

    @ArgGroup(validate = false, heading = "%nHow to fit (PyTorch's optimizers and defaults):%n", order = 2)
    How how = new How();

    @ArgGroup(validate = false, heading = "%nWhat to save:%n", order = 3)
    Save save = new Save();

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.", order = 99)
    boolean help;

    static final class Fit {
        @Option(names = "--preset", paramLabel = "ID", order = 1,
                description = "A lecture to replay: gd, sgd, minibatch, zero-start, momentum, quadratic"
                        + " (see 'descent presets'). Default: gd, or none with --data.")
        String preset;

        @Option(names = "--data", paramLabel = "FILE.csv", order = 2,
                description = "Your own points: a CSV file of x,y rows (a header line is optional).")
        Path data;

        @Option(names = "--model", paramLabel = "MODEL", order = 3,
                description = "line (y = w·x), affine (y = w·x + b) or quadratic (y = a·x² + b·x + c).")
        String model;

        @Option(names = "--init", paramLabel = "V1,V2,…", order = 4,
                description = "Starting values, one per parameter in the order above, e.g. --init=-1,1."
                        + " Default: the preset's, or zeros when the model changes.")
        String init;
    }

    static final class How {
        @Option(names = "--optimizer", paramLabel = "NAME", order = 1,
                description = "sgd, adam, rmsprop or adagrad. Switching sets the optimizer's own default"
                        + " learning rate (adam 0.001, rmsprop 0.01, adagrad 0.01).")
        String optimizer;

        @Option(names = "--lr", paramLabel = "X", order = 2, description = "Learning rate (the step size).")
        Double lr;

        @Option(names = "--momentum", paramLabel = "X", order = 3,
                description = "SGD momentum. On the momentum preset the lesson's form is kept"
                        + " (dampening = momentum) unless --dampening is given.")
        Double momentum;

        @Option(names = "--dampening", paramLabel = "X", order = 4,
                description = "SGD dampening of the momentum (0 = heavy ball).")
        Double dampening;

        @Option(names = "--nesterov", order = 5,
                description = "SGD with Nesterov momentum (needs --momentum above 0 and dampening 0).")
        boolean nesterov;

        @Option(names = "--weight-decay", paramLabel = "X", order = 6,
                description = "L2 penalty added to the gradient: g + X·θ.")
        Double weightDecay;

        @Option(names = "--batch-size", paramLabel = "N", order = 7,
                description = "Points per update: 1 = stochastic GD, N = mini-batch, 0 = the full batch. Default: the"
                        + " preset's, else the full batch.")
        Integer batchSize;

        @Option(names = "--shuffle", order = 8,
                description = "Shuffle the points every epoch (otherwise they are used in data order).")
        boolean shuffle;

        @Option(names = "--seed", paramLabel = "S", order = 9,
                description = "Seed of the shuffle, so a run can be repeated exactly. Default 0.")
        Long seed;

        @Option(names = "--epochs", paramLabel = "N", order = 10,
                description = "Number of epochs (passes over the data), 1 to " + RunConfig.MAX_EPOCHS + ".")
        Integer epochs;

        /** A copy, for a --compare run to change. */
        How copy() {
            How h = new How();
            h.optimizer = optimizer;
            h.lr = lr;
            h.momentum = momentum;
            h.dampening = dampening;
            h.nesterov = nesterov;
            h.weightDecay = weightDecay;
            h.batchSize = batchSize;
            h.shuffle = shuffle;
            h.seed = seed;
            h.epochs = epochs;
            return h;
        }
    }

    static final class Save {
        @Option(names = "--csv", paramLabel = "FILE", order = 1,
                description = "Save the history: epoch, parameters after each epoch, cost before it.")
        Path csv;

        @Option(names = "--png", paramLabel = "DIR", order = 2,
                description = "Save fit.png, cost.png and landscape.png in this folder (made if missing).")
        Path png;

        @Option(names = "--gif", paramLabel = "FILE.gif", order = 3,
                description = "Save an animated GIF for slides: the fit and the landscape side by side, one frame"
                        + " per epoch (at most 150), looping.")
        Path gif;

        @Option(names = "--size", paramLabel = "WxH", order = 4,
                description = "Size of each PNG, and of the whole GIF, in pixels. Default: 1200x800 for PNGs,"
                        + " 800x500 for the GIF.")
        String size;
    }

    @Option(names = "--compare", paramLabel = "OVERRIDES", order = 4,
            description = {"Also run the same data with some settings changed, and draw all runs together:"
                    + " comma-separated key=value overrides of the run above, or bare switches, e.g."
                    + " --compare \"momentum=0.9,nesterov\". Keys: " + CompareSpec.KEYS + ".",
                    "Repeat for up to 3 more runs. The log prints each run's last line; --png overlays the runs"
                            + " with a legend, --csv adds run and label columns, --gif animates them together."})
    List<String> compare = new ArrayList<>();

    TrainCommand(PrintStream out, PrintStream err, ChartExport charts) {
        this.out = out;
        this.err = err;
        this.charts = charts;
    }

    /** What a run will do, resolved from the preset and the flags, all checked. */
    record Plan(RunConfig config, LogStyle style, double predictAt) {
    }

    @Override
    public Integer call() throws DataFileException {
        Plan plan = plan();
        List<Plan> others = comparedPlans();
        Values.Size size = checkOutputs();
        // Every file of the run is written to a temporary file first and moved into place only when all of
        // them are complete: a failure leaves the files of an earlier run as they were.
        List<String> diverged;
        try (OutputSet files = new OutputSet()) {
            diverged = others.isEmpty() ? single(plan, size, files) : compare(plan, others, size, files);
            files.commit();
        }
        if (!diverged.isEmpty()) {
            for (String d : diverged) {
                err.println("descent: " + d);
            }
            err.flush();
            return Cli.DIVERGED;
        }
        return Cli.OK;
    }

    /**
     * Why a run exits {@value Cli#DIVERGED}, in one line: the trainer stopped it as diverged, it ran above its
     * stability limit (diverging, however slowly), or, with no limit known, its cost ended above where it
     * started. Null for a run that did none of these.
     */
    private static String warning(RunConfig config, RunResult result) {
        if (result.reason() == StopReason.DIVERGED) {
            return result.message();
        }
        Verdict verdict = Verdict.of(config, result);
        return verdict.isWarning() ? verdict.message() : null;
    }

    /** Runs one run with its log on standard output, and stages its files; returns why it diverged, if it did. */
    private List<String> single(Plan plan, Values.Size size, OutputSet files) throws DataFileException {
        LectureLog log = new LectureLog(plan.config(), plan.style(), plan.predictAt(), out::println);
        // The charts and the animation keep a thinned history (bounded however long the run); the CSV is
        // written row by row as the run goes, into its temporary file.
        ThinnedHistory history = save.png != null || save.gif != null ? new ThinnedHistory() : null;
        TrainingListener listener = history != null ? recording(log, history) : log;
        Writer csv = null;
        if (save.csv != null) {
            csv = csvWriter(files.stream("--csv", save.csv));
            write(csv, HistoryCsv.header(plan.config().model().parameterNames()));
            listener = streaming(listener, csv, "");
        }
        log.start();
        RunResult result = train(plan.config(), listener, csv);
        out.flush();

        if (save.png != null) {
            for (Map.Entry<String, OutputSet.Body> png
                    : charts.pictures(plan.config(), history.list(), result, size.width(), size.height()).entrySet()) {
                files.write("--png", save.png.resolve(png.getKey()), png.getValue());
            }
        }
        if (save.gif != null) {
            Values.Size gif = gifSize();
            List<RunTrace> runs = List.of(new RunTrace(label(plan.config()), plan.config(), history.list(), result));
            files.write("--gif", save.gif, o -> RunAnimation.writeGif(o, runs, gif.width(), gif.height()));
        }
        String warning = warning(plan.config(), result);
        return warning == null ? List.of() : List.of(warning);
    }

    /** A UTF-8 writer on a staged file's stream. */
    private static Writer csvWriter(java.io.OutputStream stream) {
        return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Writes a line of the CSV, failing as a write of --csv. */
    private void write(Writer csv, String line) throws DataFileException {
        try {
            csv.write(line);
            csv.write('\n');
        } catch (IOException e) {
            throw csvFailure(e);
        }
    }

    private DataFileException csvFailure(IOException e) {
        return new DataFileException("--csv " + save.csv + ": cannot be written (" + e.getMessage() + ")", e);
    }

    /** Runs the trainer; a failed write of the streamed CSV ends the run and is reported as such. */
    private RunResult train(RunConfig config, TrainingListener listener, Writer csv) throws DataFileException {
        try {
            RunResult result = Trainer.run(config, listener);
            if (csv != null) {
                csv.flush();
            }
            return result;
        } catch (UncheckedIOException e) {
            throw csvFailure(e.getCause());
        } catch (IOException e) {
            throw csvFailure(e);
        }
    }

    /** The runs of --compare, each checked like the base run; a bad override names itself and its key. */
    private List<Plan> comparedPlans() throws DataFileException {
        if (compare.size() > CompareSpec.MAX) {
            throw new IllegalArgumentException("--compare: at most " + CompareSpec.MAX + " runs to compare (4 in"
                    + " all with the base run); got " + compare.size());
        }
        List<Plan> plans = new ArrayList<>();
        for (String spec : compare) {
            How h = CompareSpec.apply(how, spec);
            try {
                plans.add(plan(h));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--compare '" + spec + "': " + e.getMessage(), e);
            }
        }
        return plans;
    }

    /** Runs the base run and the compared ones, prints each one's last log line, and stages their files together. */
    private List<String> compare(Plan base, List<Plan> others, Values.Size size, OutputSet files)
            throws DataFileException {
        List<Plan> plans = new ArrayList<>();
        plans.add(base);
        plans.addAll(others);
        List<String> labels = labels(plans);
        Writer csv = null;
        if (save.csv != null) {
            csv = csvWriter(files.stream("--csv", save.csv));
            write(csv, HistoryCsv.runsHeader(base.config().model().parameterNames()));
        }
        List<RunTrace> traces = new ArrayList<>();
        List<String> diverged = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            Plan p = plans.get(i);
            String[] last = {"(no epoch ran)"};
            LectureLog log = new LectureLog(p.config(), p.style(), Double.NaN, line -> {
                if (!line.startsWith("\t")) {
                    last[0] = line;
                }
            });
            ThinnedHistory history = new ThinnedHistory();
            TrainingListener listener = recording(log, history);
            if (csv != null) {
                listener = streaming(listener, csv, HistoryCsv.runColumns(i + 1, labels.get(i)));
            }
            RunResult result = train(p.config(), listener, csv);
            out.println(labels.get(i) + ": " + last[0]);
            traces.add(new RunTrace(labels.get(i), p.config(), history.list(), result));
            String warning = warning(p.config(), result);
            if (warning != null) {
                diverged.add(labels.get(i) + ": " + warning);
            }
        }
        out.flush();
        if (save.png != null) {
            for (Map.Entry<String, JFreeChart> png
                    : CompareCharts.pictures(traces, size.width(), size.height()).entrySet()) {
                JFreeChart chart = png.getValue();
                files.write("--png", save.png.resolve(png.getKey()),
                        o -> ChartPng.writePng(o, chart, size.width(), size.height()));
            }
        }
        if (save.gif != null) {
            Values.Size gif = gifSize();
            files.write("--gif", save.gif, o -> RunAnimation.writeGif(o, traces, gif.width(), gif.height()));
        }
        return diverged;
    }

    /** Legend names: each run's optimizer, plus its batches, shuffle and length where they differ from the first run's. */
    static List<String> labels(List<Plan> plans) {
        RunConfig first = plans.get(0).config();
        List<String> labels = new ArrayList<>();
        for (Plan p : plans) {
            RunConfig c = p.config();
            StringBuilder sb = new StringBuilder(label(c));
            if (c.shuffle() != first.shuffle() || c.seed() != first.seed()) {
                sb.append(c.shuffle() ? ", shuffled (seed " + c.seed() + ")" : ", in order");
            }
            if (c.epochs() != first.epochs()) {
                sb.append(", ").append(c.epochs()).append(" epochs");
            }
            String l = sb.toString();
            if (labels.contains(l)) {
                l = l + " (run " + (labels.size() + 1) + ")";
            }
            labels.add(l);
        }
        return labels;
    }

    /** The optimizer, and the batch size unless it is the full batch. */
    static String label(RunConfig c) {
        String s = c.optimizer().describe();
        if (!c.isFullBatch()) {
            s += c.effectiveBatchSize() == 1 ? ", batch 1" : ", batches of " + c.effectiveBatchSize();
        }
        return s;
    }

    private Values.Size gifSize() {
        return save.size != null ? Values.Size.parse("--size", save.size) : DEFAULT_GIF_SIZE;
    }

    /** Resolves the preset and the flags into a run; throws with a message naming the first problem. */
    Plan plan() throws DataFileException {
        return plan(how);
    }

    /** As {@link #plan()}, with the "how to fit" settings given (a --compare run's). */
    Plan plan(How h) throws DataFileException {
        Preset preset = fit.preset != null ? Presets.byId(fit.preset)
                : fit.data == null ? Presets.byId(DEFAULT_PRESET) : null;

        Dataset data = fit.data != null ? DataCsv.read(fit.data) : preset.config().data();
        Model baseModel = preset != null ? preset.config().model() : Model.LINE;
        Model model = fit.model != null ? Model.byId(fit.model) : baseModel;
        double[] init;
        if (fit.init != null) {
            init = Values.list("--init", fit.init);
        } else if (preset != null && model == baseModel) {
            init = preset.config().init();
        } else {
            init = new double[model.parameterCount()];
        }

        // The values themselves are checked where the run is made, by the core, in the core's words.
        int epochs = h.epochs != null ? h.epochs : preset != null ? preset.config().epochs() : DATA_EPOCHS;
        int batchSize = h.batchSize != null ? h.batchSize : preset != null ? preset.config().batchSize() : 0;
        boolean shuffle = h.shuffle || (preset != null && preset.config().shuffle());
        long seed = h.seed != null ? h.seed : preset != null ? preset.config().seed() : 0;
        double tolerance = preset != null ? preset.config().tolerance() : 0;

        OptimizerConfig base = preset != null ? preset.config().optimizer() : SgdConfig.plain(DATA_LR);
        OptimizerConfig optimizer = optimizer(base, h);

        RunConfig config = new RunConfig(data, model, optimizer, init, epochs, batchSize, shuffle, seed, tolerance);
        LogStyle preferred = preset != null ? preset.logStyle() : LogStyle.EPOCH;
        double predictAt = preset != null && fit.data == null ? preset.predictAt() : Double.NaN;
        return new Plan(config, LectureLog.styleFor(config, preferred), predictAt);
    }

    /** The preset's optimizer with the flags applied, validated as PyTorch validates it. */
    private OptimizerConfig optimizer(OptimizerConfig base, How h) {
        OptimizerConfig o = base;
        if (h.optimizer != null) {
            String id = h.optimizer.strip().toLowerCase(Locale.ROOT);
            if (!id.equals(base.id())) {
                o = defaultsFor(id);
            }
        }
        if (!(o instanceof SgdConfig)) {
            rejectSgdOnly(o.id(), h);
        }
        if (h.lr != null) {
            o = o.withLr(h.lr);
        }
        if (o instanceof SgdConfig sgd) {
            if (h.momentum != null) {
                sgd = sgd.withMomentum(h.momentum);
            }
            double dampening = h.dampening != null ? h.dampening : sgd.dampening();
            boolean nesterov = h.nesterov || sgd.nesterov();
            double weightDecay = h.weightDecay != null ? h.weightDecay : sgd.weightDecay();
            return new SgdConfig(sgd.lr(), sgd.momentum(), dampening, nesterov, weightDecay);
        }
        if (h.weightDecay == null) {
            return o;
        }
        double wd = h.weightDecay;
        if (o instanceof AdamConfig a) {
            return new AdamConfig(a.lr(), a.beta1(), a.beta2(), a.eps(), wd);
        }
        if (o instanceof RmspropConfig r) {
            return new RmspropConfig(r.lr(), r.alpha(), r.eps(), wd);
        }
        AdagradConfig g = (AdagradConfig) o;
        return new AdagradConfig(g.lr(), g.eps(), wd);
    }

    /** A newly chosen optimizer with PyTorch's defaults (SGD gets the lectures' learning rate, 0.01). */
    static OptimizerConfig defaultsFor(String id) {
        return switch (id) {
            case "sgd" -> SgdConfig.plain(DATA_LR);
            case "adam" -> AdamConfig.DEFAULTS;
            case "rmsprop" -> RmspropConfig.DEFAULTS;
            case "adagrad" -> AdagradConfig.DEFAULTS;
            default -> throw new IllegalArgumentException("unknown optimizer '" + id
                    + "': choose one of sgd, adam, rmsprop, adagrad");
        };
    }

    private static void rejectSgdOnly(String optimizerId, How h) {
        List<String> given = new ArrayList<>();
        if (h.momentum != null) {
            given.add("--momentum");
        }
        if (h.dampening != null) {
            given.add("--dampening");
        }
        if (h.nesterov) {
            given.add("--nesterov");
        }
        if (!given.isEmpty()) {
            throw new IllegalArgumentException(String.join(", ", given) + (given.size() == 1 ? " applies" : " apply")
                    + " only to --optimizer sgd, but this run uses " + optimizerId);
        }
    }

    /**
     * Checks --csv, --gif, --size and --png, creating the --png folder; returns the PNG size. No output may
     * be an input of the run or another output (the same file, links followed), nor a folder, a device or a
     * pipe.
     */
    private Values.Size checkOutputs() throws DataFileException {
        Values.Size size = save.size != null ? Values.Size.parse("--size", save.size) : DEFAULT_SIZE;
        OutputPaths.checkDistinct(outputs(), inputs());
        if (save.csv != null) {
            OutputPaths.checkFile("--csv", save.csv);
        }
        if (save.gif != null) {
            Values.Size gif = gifSize();
            try {
                RunAnimation.checkSize(gif.width(), gif.height());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--size " + gif + " for --gif: " + e.getMessage(), e);
            }
            OutputPaths.checkFile("--gif", save.gif);
        }
        if (save.png != null) {
            OutputPaths.prepareFolder("--png", save.png);
            for (String name : PNG_FILES) {
                OutputPaths.target("--png", save.png.resolve(name));
            }
        }
        return size;
    }

    /** The files the run reads. */
    private List<OutputPaths.Named> inputs() {
        List<OutputPaths.Named> inputs = new ArrayList<>();
        if (fit.data != null) {
            inputs.add(new OutputPaths.Named("--data", fit.data));
        }
        return inputs;
    }

    /** The files the run writes (the PNGs only if their folder exists already: a new folder holds no input). */
    private List<OutputPaths.Named> outputs() {
        List<OutputPaths.Named> outputs = new ArrayList<>();
        if (save.csv != null) {
            outputs.add(new OutputPaths.Named("--csv", save.csv));
        }
        if (save.gif != null) {
            outputs.add(new OutputPaths.Named("--gif", save.gif));
        }
        if (save.png != null && Files.isDirectory(save.png)) {
            for (String name : PNG_FILES) {
                outputs.add(new OutputPaths.Named("--png", save.png.resolve(name)));
            }
        }
        return outputs;
    }

    /** Passes everything on to {@code inner} and writes each epoch as a CSV row, after {@code columns}. */
    private static TrainingListener streaming(TrainingListener inner, Writer csv, String columns) {
        return new TrainingListener() {
            @Override
            public boolean wantsSteps() {
                return inner.wantsSteps();
            }

            @Override
            public void onStep(StepSnapshot step) {
                inner.onStep(step);
            }

            @Override
            public void onEpoch(EpochSnapshot epoch) {
                try {
                    csv.write(columns);
                    csv.write(HistoryCsv.row(epoch));
                    csv.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                inner.onEpoch(epoch);
            }

            @Override
            public void onFinish(RunResult result) {
                inner.onFinish(result);
            }
        };
    }

    /** The lecture log, plus the epochs for the charts drawn after the run (thinned once the run is long). */
    private static TrainingListener recording(LectureLog log, ThinnedHistory history) {
        return new TrainingListener() {
            @Override
            public boolean wantsSteps() {
                return log.wantsSteps();
            }

            @Override
            public void onStep(StepSnapshot step) {
                log.onStep(step);
            }

            @Override
            public void onEpoch(EpochSnapshot epoch) {
                history.add(epoch);
                log.onEpoch(epoch);
            }

            @Override
            public void onFinish(RunResult result) {
                log.onFinish(result);
            }
        };
    }
}
