package dev.descent.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Crash logs: what went wrong inside Descent, with its stack trace, written to a file in the
 * {@linkplain AppDataFolder application-data folder} ({@code crash-<time>.log}) so that a person sees
 * one clear sentence and the path of the details, never the trace itself.
 */
public final class CrashLog {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private static final java.util.concurrent.atomic.AtomicInteger COUNT = new java.util.concurrent.atomic.AtomicInteger();

    private CrashLog() {
    }

    /** The stack trace of {@code error}, with what it suppressed and its causes, in Java's usual layout. */
    public static String details(Throwable error) {
        StringBuilder text = new StringBuilder();
        append(text, error, "", "", java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
        return text.toString();
    }

    private static void append(StringBuilder text, Throwable error, String indent, String caption,
                               java.util.Set<Throwable> seen) {
        if (!seen.add(error)) {
            text.append(indent).append(caption).append("[circular reference: ").append(error).append("]\n");
            return;
        }
        text.append(indent).append(caption).append(error).append('\n');
        for (StackTraceElement frame : error.getStackTrace()) {
            text.append(indent).append("\tat ").append(frame).append('\n');
        }
        for (Throwable suppressed : error.getSuppressed()) {
            append(text, suppressed, indent + "\t", "Suppressed: ", seen);
        }
        if (error.getCause() != null) {
            append(text, error.getCause(), indent, "Caused by: ", seen);
        }
    }

    /** One line for a person: the kind of error and the first line of its message. */
    public static String summary(Throwable error) {
        String message = error.getMessage();
        if (message == null || message.isBlank()) {
            return error.getClass().getSimpleName();
        }
        String first = message.strip().lines().findFirst().orElse("").strip();
        return error.getClass().getSimpleName() + ": " + first;
    }

    /**
     * Writes a crash log for {@code error}, thrown on {@code thread}, into {@code folder} (created if
     * missing). Returns the file, or empty if it could not be written (the caller still reports the error).
     */
    public static Optional<Path> write(Path folder, String thread, Throwable error, Instant when) {
        String text = "Descent crash log\n"
                + "time: " + when + "\n"
                + "thread: " + thread + "\n"
                + "java: " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")\n"
                + "os: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + "\n\n"
                + details(error);
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve("crash-" + STAMP.format(when) + "-" + ProcessHandle.current().pid() + "-"
                    + COUNT.incrementAndGet() + ".log");
            AtomicFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
            return Optional.of(file);
        } catch (java.io.IOException | DataFileException | RuntimeException e) {
            error.addSuppressed(e);
            return Optional.empty();
        }
    }

    /** {@link #write(Path, String, Throwable, Instant)} into the application-data folder, now. */
    public static Optional<Path> write(Thread thread, Throwable error) {
        return write(AppDataFolder.path(), thread.getName(), error, Instant.now());
    }
}
