package dev.descent.app.engine;

import java.lang.Thread.UncaughtExceptionHandler;

/**
 * Every thread Descent starts is made here: a daemon thread that hands an uncaught exception to the
 * handler installed at start ({@link #install}), which writes a crash log and tells the person (a
 * dialog in the window, one line on the command line). Until one is installed, the JVM's default is used.
 */
public final class Threads {
    private static volatile UncaughtExceptionHandler handler;

    private Threads() {
    }

    /**
     * Makes {@code crashes} the handler of every thread made here and the JVM's default for all others
     * (null: back to the JVM's own).
     */
    public static void install(UncaughtExceptionHandler crashes) {
        handler = crashes;
        Thread.setDefaultUncaughtExceptionHandler(crashes);
    }

    /** The handler a thread made here reports to: the installed one, or the JVM's default. */
    public static UncaughtExceptionHandler handler() {
        UncaughtExceptionHandler h = handler;
        if (h != null) {
            return h;
        }
        UncaughtExceptionHandler fallback = Thread.getDefaultUncaughtExceptionHandler();
        return fallback != null ? fallback : (t, e) -> t.getThreadGroup().uncaughtException(t, e);
    }

    /** A daemon thread, not started, whose uncaught exceptions go to {@link #handler()}. */
    public static Thread daemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.setUncaughtExceptionHandler((thread, error) -> handler().uncaughtException(thread, error));
        return t;
    }
}
