package dev.descent.cli;

import dev.descent.io.DataFileException;
import dev.descent.io.InputLimits;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The commands, {@code descent train}, {@code descent presets}, {@code descent bench} and {@code descent probe}.
 * Nothing here touches JavaFX: the first three run on a machine with no display, and {@code probe}, which
 * measures the real window, reaches it only through the {@link WindowProbe} the launcher hands in.
 *
 * <p>Every failure ends as ONE line on standard error, {@code descent: <what is wrong>}, never a stack
 * trace. Exit codes: {@value #OK} done, {@value #BAD_INPUT} bad input (a flag, a data file, an output
 * path), {@value #DIVERGED} the run diverged, {@value #INTERNAL_ERROR} a bug in Descent itself.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;
    public static final int DIVERGED = 3;

    private Cli() {
    }

    /**
     * Whether a window can open here: on Linux and the other X11 systems JavaFX needs an X display
     * ({@code DISPLAY}); macOS and Windows always have one.
     */
    public static boolean displayAvailable(java.util.Map<String, String> env, String osName) {
        return ProbeCommand.displayAvailable(env, osName);
    }

    /** Runs a command on the process's standard streams and returns its exit code. */
    public static int run(String[] args) {
        return run(args, WindowProbe.UNAVAILABLE);
    }

    /** Runs a command on the process's standard streams; {@code probe} opens its window through {@code window}. */
    public static int run(String[] args, WindowProbe window) {
        return run(args, System.out, System.err, ChartExport.RUN_CHARTS, window, System.getenv());
    }

    /** Runs a command, writing its output and errors to the given streams, and returns its exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, ChartExport.RUN_CHARTS);
    }

    /** As {@link #run(String[], PrintStream, PrintStream)}, with the PNG writer given (tests pass a fake). */
    static int run(String[] args, PrintStream out, PrintStream err, ChartExport charts) {
        return run(args, out, err, charts, WindowProbe.UNAVAILABLE, System.getenv());
    }

    /** The whole command line, with the probe's window and the environment it checks for a display given. */
    static int run(String[] args, PrintStream out, PrintStream err, ChartExport charts, WindowProbe window,
                   java.util.Map<String, String> env) {
        if (args.length == 0 || !"probe".equals(args[0])) {
            // Before any AWT class can load: chart rendering must never look for a display. (The probe
            // opens the real window, so it leaves AWT as the app has it.)
            System.setProperty("java.awt.headless", "true");
        }
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        try {
            CommandLine cl = commandLine(out, err, charts, window, env);
            cl.setOut(outWriter);
            cl.setErr(errWriter);
            return cl.execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    static CommandLine commandLine(PrintStream out, PrintStream err, ChartExport charts) {
        return commandLine(out, err, charts, WindowProbe.UNAVAILABLE, System.getenv());
    }

    static CommandLine commandLine(PrintStream out, PrintStream err, ChartExport charts, WindowProbe window,
                                   java.util.Map<String, String> env) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == TrainCommand.class) {
                    return cls.cast(new TrainCommand(out, err, charts));
                }
                if (cls == PresetsCommand.class) {
                    return cls.cast(new PresetsCommand(out));
                }
                if (cls == BenchCommand.class) {
                    return cls.cast(new BenchCommand(out));
                }
                if (cls == ProbeCommand.class) {
                    return cls.cast(new ProbeCommand(out, err, window, env));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        };
        CommandLine cl = new CommandLine(new Descent(), factory);
        Values.registerConverters(cl);
        cl.setUsageHelpWidth(100);
        cl.setParameterExceptionHandler((ex, args) -> {
            err.println("descent: " + describe(ex));
            err.flush();
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("descent: " + describe(ex));
            err.flush();
            return isBadInput(ex) ? BAD_INPUT : INTERNAL_ERROR;
        });
        return cl;
    }

    private static boolean isBadInput(Exception ex) {
        return ex instanceof IllegalArgumentException || ex instanceof DataFileException;
    }

    /** The one-line text for an exception from a command. */
    static String describe(Exception ex) {
        if (isBadInput(ex)) {
            return oneLine(ex.getMessage());
        }
        String message = ex.getMessage() == null ? "" : ": " + oneLine(ex.getMessage());
        return "internal error, please report it: " + ex.getClass().getSimpleName() + message;
    }

    /** The one-line text for a command line that does not parse. */
    static String describe(ParameterException ex) {
        CommandLine cl = ex.getCommandLine();
        String command = cl.getCommandSpec().qualifiedName(" ");
        String help = "see '" + command + " --help'";
        if (ex instanceof UnmatchedArgumentException unmatched) {
            List<String> args = unmatched.getUnmatched();
            String first = args.isEmpty() ? "" : args.get(0);
            List<String> suggestions = unmatched.getSuggestions();
            String hint = suggestions.isEmpty() ? help : "did you mean " + String.join(" or ", suggestions) + "?";
            if (first.startsWith("-")) {
                String name = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
                return "unknown option '" + name + "' for '" + command + "' (" + hint + ")";
            }
            if (cl.getParent() == null && cl.getSubcommands().size() > 0) {
                return "unknown command '" + first + "': the commands are "
                        + listed(List.copyOf(cl.getSubcommands().keySet())) + " (" + help + ")";
            }
            return "unexpected argument '" + first + "' for '" + command + "' (" + help + ")";
        }
        ArgSpec spec = ex.getArgSpec();
        if (ex.getCause() instanceof TypeConversionException conversion && spec instanceof OptionSpec option) {
            return option.longestName() + ": " + oneLine(conversion.getMessage());
        }
        if (ex instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()
                && missing.getMissing().get(0) instanceof OptionSpec option) {
            return option.longestName() + " needs a value, e.g. " + option.longestName() + "=" + option.paramLabel()
                    + " (" + help + ")";
        }
        return oneLine(ex.getMessage()) + " (" + help + ")";
    }

    /** "a", "a and b", "a, b and c". */
    static String listed(List<String> names) {
        if (names.size() < 2) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /**
     * The first line of a message, so that nothing a library says can spread over several lines, with
     * every quoted value cut to {@value InputLimits#MAX_QUOTED} characters and any other word (but a
     * path) to {@value #LONGEST_WORD}, so that a 5,000-digit flag is not echoed whole.
     */
    static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "unknown error";
        }
        String trimmed = message.strip();
        int nl = trimmed.indexOf('\n');
        String line = (nl < 0 ? trimmed : trimmed.substring(0, nl)).strip();
        line = QUOTED.matcher(line).replaceAll(m -> Matcher.quoteReplacement("'" + InputLimits.quoted(m.group(1)) + "'"));
        return LONG_WORD.matcher(line).replaceAll(m -> m.group().contains("/") ? Matcher.quoteReplacement(m.group())
                : Matcher.quoteReplacement(m.group().substring(0, LONGEST_WORD - 1) + "…"));
    }

    /** The longest word a message repeats whole, unless it is a path. */
    static final int LONGEST_WORD = 60;
    private static final Pattern LONG_WORD = Pattern.compile("[^\\s']{" + (LONGEST_WORD + 1) + ",}");

    /** A value in single quotes longer than messages quote. */
    private static final Pattern QUOTED = Pattern.compile("'([^']{" + (InputLimits.MAX_QUOTED + 1) + ",})'");

    /** The top-level command: only holds the subcommands and the overall help. */
    @Command(name = "descent",
            description = {
                    "Descent teaches gradient descent. Without a command it opens the desktop app;",
                    "with one it runs headless, with no window and no display needed."},
            subcommands = {TrainCommand.class, PresetsCommand.class, BenchCommand.class, ProbeCommand.class},
            footer = {"", "Run 'descent COMMAND --help' for a command's options.",
                    "Exit status: 0 done, 2 bad input, 3 the run diverged, 1 an internal error."},
            synopsisSubcommandLabel = "COMMAND",
            commandListHeading = "%nCommands:%n")
    static final class Descent implements java.util.concurrent.Callable<Integer> {
        @CommandLine.Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean help;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            throw new ParameterException(spec.commandLine(),
                    "no command given: the commands are train, presets, bench and probe");
        }
    }
}
