package dev.descent.cli;

/**
 * What {@code descent probe} needs from the desktop app: open the real window, drive it as set out in
 * {@link ProbeSettings}, close it and say what was measured. The command line knows only this
 * interface; the launcher hands in the app's implementation, so this package never loads JavaFX.
 */
@FunctionalInterface
public interface WindowProbe {
    /** Runs the window for {@code settings.seconds()} and returns the figures. */
    ProbeReport run(ProbeSettings settings);

    /** The window could not open: there is no display to open it on. */
    final class NoDisplayException extends RuntimeException {
        public NoDisplayException(String detail) {
            super(detail);
        }
    }

    /** Stands in when the command line runs without the app (from tests, or embedded). */
    WindowProbe UNAVAILABLE = settings -> {
        throw new IllegalStateException("probe needs the desktop app: run it as java -jar descent.jar probe");
    };
}
