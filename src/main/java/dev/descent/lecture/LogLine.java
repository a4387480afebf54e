package dev.descent.lecture;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One line of a run's log, written out the first time someone reads it. A run at full speed makes
 * hundreds of thousands of lines a second and the log pane keeps only the newest few thousand, of
 * which a screenful is ever looked at; the exact decimal rounding of {@link dev.descent.core.Format#fixed} is
 * what made them costly. So a line holds the numbers it needs and formats them on first read.
 *
 * <p>Safe to read from any thread: the numbers it holds are not changed after it is made.
 */
public final class LogLine {
    private Object values;
    private Function<Object, String> writer;
    private String text;

    @SuppressWarnings("unchecked")
    private <T> LogLine(T values, Function<? super T, String> writer) {
        this.values = values;
        this.writer = (Function<Object, String>) writer;
    }

    /** A line written by {@code writer} when first read; the writer must only read values that stay put. */
    public static LogLine later(Supplier<String> writer) {
        Objects.requireNonNull(writer);
        return new LogLine(writer, Supplier::get);
    }

    /**
     * A line that {@code writer} writes from {@code values} when first read. One object per line: a
     * run at full speed makes one for each epoch, and a shared writer saves a second object for each.
     */
    public static <T> LogLine later(T values, Function<? super T, String> writer) {
        return new LogLine(Objects.requireNonNull(values), Objects.requireNonNull(writer));
    }

    /** The line's text (written now if nobody has read it before). */
    public synchronized String text() {
        if (text == null) {
            text = writer.apply(values);
            writer = null;
            values = null;
        }
        return text;
    }

    /** The text: list views and string joins show the line as it reads. */
    @Override
    public String toString() {
        return text();
    }
}
