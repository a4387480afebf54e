package dev.descent.app;

import dev.descent.cli.Cli;

/**
 * The entry point of {@code descent.jar}. With no arguments it opens the desktop app; with a command
 * ({@code train}, {@code presets}, …) it runs that command headless, without ever starting the JavaFX
 * toolkit. A plain class with a plain {@code main}, so the app also starts from a classpath or a
 * shaded jar.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("probe")) {
            // Opening the window: its classes load on a second thread while this one starts the toolkit.
            StartupClasses.loadInBackground();
        }
        if (args.length > 0) {
            // probe opens this app's window to measure it; the other commands never start JavaFX.
            System.exit(Cli.run(args, new WindowProbeRun()));
        }
        DescentApp.launchApp(args);
    }
}
