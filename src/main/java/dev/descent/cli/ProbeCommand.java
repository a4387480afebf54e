package dev.descent.cli;

import dev.descent.core.DataGenerator;
import dev.descent.core.Format;
import dev.descent.core.train.RunConfig;
import dev.descent.io.Session;
import dev.descent.lecture.Presets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code descent probe}: opens the real window, plays a preset at instant speed while the learning
 * rate changes 20 times as a dragged slider would change it, closes the window and prints what the
 * screen went through (frame times, restarts, heap, threads left). The window itself is the app's
 * ({@link WindowProbe}); this class only checks the options and prints.
 */
@Command(name = "probe",
        description = {"Measure the window: play a preset at instant speed through 20 rate changes.",
                "Prints how the screen kept up: frame times, restart latency, heap, threads left."},
        sortOptions = false,
        footer = {"", "Needs a display; on a machine without one, run it under Xvfb:",
                "  xvfb-run -a java -jar descent.jar probe --points 100000 --json",
                "  xvfb-run -a java -jar descent.jar probe --preset momentum --compare 4 --json",
                "", "Exit status: 0 done, 2 bad input or no display."})
final class ProbeCommand implements Callable<Integer> {
    static final int MAX_POINTS = DataGenerator.MAX_POINTS;
    static final double MIN_SECONDS = 1;
    static final double MAX_SECONDS = 3600;
    static final int MAX_EPOCHS = RunConfig.MAX_EPOCHS;
    static final int CHANGES = 20;
    static final int MAX_CHANGES = 100;
    static final int MAX_RUNS = Session.MAX_RUNS;
    static final String NO_DISPLAY = "probe needs a display: run it under Xvfb, e.g. "
            + "xvfb-run -a java -jar descent.jar probe --json";

    private final PrintStream out;
    private final PrintStream err;
    private final WindowProbe window;
    private final Map<String, String> env;

    @Option(names = "--preset", paramLabel = "ID", order = 1, description = "Lecture preset to load. Default: gd.")
    String preset = "gd";

    @Option(names = "--points", paramLabel = "N", order = 2,
            description = "Replace the preset's data with N generated points on the preset's model, 1 to "
                    + MAX_POINTS + ". Default: the preset's own data.")
    Integer points;

    @Option(names = "--seconds", paramLabel = "S", order = 3,
            description = "How long the window plays, 1 to 3600. Default: 10.")
    double seconds = 10;

    @Option(names = "--epochs", paramLabel = "E", order = 4,
            description = "Epochs per run, 1 to " + MAX_EPOCHS + ". Default: 1000000, so no run ends early.")
    int epochs = 1_000_000;

    @Option(names = "--changes", paramLabel = "K", order = 5,
            description = "Learning-rate changes spread over the run, 0 to " + MAX_CHANGES + ". Default: " + CHANGES
                    + ". With 0 one run plays the whole time (to see how memory grows with epochs).")
    int changes = CHANGES;

    @Option(names = "--compare", paramLabel = "N", order = 6,
            description = "Race N runs side by side, 1 to " + MAX_RUNS + ": the preset's own settings, then momentum"
                    + " 0.9, Nesterov 0.9 at half the rate, and Adam. The rate changes edit run 1 and restart them all."
                    + " Default: 1.")
    Integer compare = 1;

    @Option(names = "--json", order = 7, description = "Print one JSON object instead of a table.")
    boolean json;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.", order = 99)
    boolean help;

    ProbeCommand(PrintStream out, PrintStream err, WindowProbe window, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.window = window;
        this.env = env;
    }

    @Override
    public Integer call() {
        ProbeSettings settings = settings();
        if (!displayAvailable(env, System.getProperty("os.name", ""))) {
            err.println("descent: " + NO_DISPLAY);
            err.flush();
            return Cli.BAD_INPUT;
        }
        ProbeReport report;
        try {
            report = window.run(settings);
        } catch (WindowProbe.NoDisplayException e) {
            err.println("descent: " + NO_DISPLAY + " (" + Cli.oneLine(e.getMessage()) + ")");
            err.flush();
            return Cli.BAD_INPUT;
        }
        out.println(json ? report.toJson() : table(report));
        out.flush();
        return Cli.OK;
    }

    /** The options checked, or IllegalArgumentException naming the one that is wrong. */
    ProbeSettings settings() {
        String id = Presets.byId(preset).id();
        if (points != null && (points < 1 || points > MAX_POINTS)) {
            throw new IllegalArgumentException("--points must be between 1 and " + MAX_POINTS + "; got " + points);
        }
        if (!(seconds >= MIN_SECONDS && seconds <= MAX_SECONDS)) {
            throw new IllegalArgumentException("--seconds must be between 1 and 3600; got "
                    + Format.exact(seconds));
        }
        RunConfig.EPOCHS.check(epochs);
        if (changes < 0 || changes > MAX_CHANGES) {
            throw new IllegalArgumentException("--changes must be between 0 and " + MAX_CHANGES + "; got " + changes);
        }
        if (compare < 1 || compare > MAX_RUNS) {
            throw new IllegalArgumentException("--compare must be between 1 and " + MAX_RUNS + "; got " + compare);
        }
        return new ProbeSettings(id, points == null ? 0 : points, seconds, epochs, changes, compare);
    }

    /**
     * Whether a window can open: on Linux and the other X11 systems JavaFX needs an X display
     * ({@code DISPLAY}); macOS and Windows always have one.
     */
    static boolean displayAvailable(Map<String, String> env, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac") || os.startsWith("windows")) {
            return true;
        }
        String display = env.get("DISPLAY");
        return display != null && !display.isBlank();
    }

    static String table(ProbeReport r) {
        StringBuilder b = new StringBuilder();
        b.append("preset ").append(r.preset()).append(", ").append(Format.count(r.points())).append(" points, ")
                .append(r.runs()).append(r.runs() == 1 ? " run, " : " runs side by side, ")
                .append(Format.exact(r.seconds())).append(" s at instant speed, ").append(r.restarts())
                .append(" learning-rate changes\n");
        row(b, "first frame (from JVM start)", ms(r.firstFrameMs()));
        row(b, "FX thread per frame, median", ms(r.fxBusyMsP50()));
        row(b, "FX thread per frame, 99th pct", ms(r.fxBusyMsP99()));
        row(b, "FX thread per frame, longest", ms(r.fxBusyMsMax()));
        row(b, "frames", Format.count(r.frames()));
        row(b, "epochs per second", Format.count(Math.round(r.epochsPerSecond())));
        row(b, "change to new run's frame, median", ms(r.restartToFrameMsP50()));
        row(b, "change to new run's frame, 95th pct", ms(r.restartToFrameMsP95()));
        row(b, "change to its first epoch, median", ms(r.restartToEpochMsP50()));
        row(b, "change to its first epoch, 95th pct", ms(r.restartToEpochMsP95()));
        row(b, "change to new run's frame, 95th pct after warm-up", ms(r.restartToFrameMsP95AfterWarmup()));
        row(b, "heap used, most", Format.fixed(r.heapUsedMbMax(), 1) + " MiB");
        row(b, "heap kept after collections, most", Format.fixed(r.heapLiveMbMax(), 1) + " MiB");
        row(b, "training threads left", Integer.toString(r.workerThreadsAfter()));
        return b.toString().stripTrailing();
    }

    private static void row(StringBuilder b, String what, String value) {
        b.append(String.format(Locale.ROOT, "  %-38s %12s%n", what, value));
    }

    private static String ms(double v) {
        return v < 0 ? "not seen" : Format.fixed2(v) + " ms";
    }
}
