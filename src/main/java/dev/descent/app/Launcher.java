package dev.descent.app;

import dev.descent.app.engine.Threads;
import dev.descent.cli.Cli;

import java.io.PrintStream;
import java.util.Map;

/**
 * The entry point of {@code descent.jar}. With no arguments it opens the desktop app; with a command
 * ({@code train}, {@code presets}, …) it runs that command headless, without ever starting the JavaFX
 * toolkit. A plain class with a plain {@code main}, so the app also starts from a classpath or a
 * shaded jar.
 *
 * <p>Before anything else it installs the handler of uncaught exceptions ({@link Crashes}): a bug on any
 * thread is written to a crash log and told in one sentence, never as a stack trace.
 */
public final class Launcher {
    /** Said, with exit code {@value Cli#BAD_INPUT}, when the window is asked for where none can open. */
    static final String NO_DISPLAY = "no display to open the window on (DISPLAY is not set): run a command"
            + " instead, e.g. 'descent train --preset gd' (see 'descent --help'), or start it on a desktop";

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && !args[0].equals("probe")) {
            Threads.install(Crashes.forCommandLine(System.err));
            System.exit(Cli.run(args, new WindowProbeRun()));
        }
        Threads.install(Crashes.forWindow());
        if (args.length == 0) {
            int refused = checkDisplay(System.getenv(), System.getProperty("os.name", ""), System.err);
            if (refused != Cli.OK) {
                System.exit(refused);
            }
        }
        // Opening the window: its classes load on a second thread while this one starts the toolkit.
        StartupClasses.loadInBackground();
        if (args.length > 0) {
            // probe opens this app's window to measure it (and says itself when there is no display).
            System.exit(Cli.run(args, new WindowProbeRun()));
        }
        DescentApp.launchApp(args);
    }

    /** {@link Cli#OK} if a window can open, else one line on {@code err} and {@link Cli#BAD_INPUT}. */
    static int checkDisplay(Map<String, String> env, String osName, PrintStream err) {
        if (Cli.displayAvailable(env, osName)) {
            return Cli.OK;
        }
        err.println("descent: " + NO_DISPLAY);
        err.flush();
        return Cli.BAD_INPUT;
    }
}
