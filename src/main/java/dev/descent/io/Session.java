package dev.descent.io;

import dev.descent.core.Dataset;
import dev.descent.core.train.RunConfig;

import java.util.List;
import java.util.Objects;

/**
 * What a teacher saves and opens again: the data, one to {@value #MAX_RUNS} runs on it (the first is the
 * main run, the others are compared with it), the lecture preset it started from, if any, and the style
 * of the log. Immutable; saved and loaded by {@link SessionFile}.
 *
 * @param data     the points every run fits
 * @param runs     one to {@value #MAX_RUNS} runs, each with its label and colour; every run's data is {@code data}
 * @param presetId the id of the lecture preset the session came from, or null (which ids exist is the
 *                 lectures' business: {@link SessionFile#load} is told them)
 * @param logStyle how the log prints the run, one of {@link #LOG_STYLES} (the names of the lectures' log
 *                 styles, as the file stores them)
 */
public record Session(Dataset data, List<Run> runs, String presetId, String logStyle) {
    /** The most runs a session holds: the main run and three to compare with it. */
    public static final int MAX_RUNS = 4;
    /** The number of run colours (indices 0 to {@code COLOURS − 1}, the chart palette's order). */
    public static final int COLOURS = 4;
    /** The log styles a session may name: the lecture's batch loop, its per-sample loop, and the table. */
    public static final List<String> LOG_STYLES = List.of("epoch", "sgd", "table");

    /**
     * One run of a session.
     *
     * @param label  the name shown in legends, e.g. "momentum 0.9"
     * @param colour the index of its colour in the chart palette, 0 to {@value Session#COLOURS} − 1
     * @param config everything that determines the run
     */
    public record Run(String label, int colour, RunConfig config) {
        public Run {
            Objects.requireNonNull(config, "config");
            if (label == null || label.isBlank()) {
                throw new IllegalArgumentException("a run needs a label");
            }
            if (colour < 0 || colour >= COLOURS) {
                throw new IllegalArgumentException("colour must be 0 to " + (COLOURS - 1) + "; got " + colour);
            }
        }
    }

    public Session {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(logStyle, "logStyle");
        if (!LOG_STYLES.contains(logStyle)) {
            throw new IllegalArgumentException("'" + InputLimits.quoted(logStyle) + "' is not a log style; choose "
                    + String.join(", ", LOG_STYLES));
        }
        runs = List.copyOf(runs);
        if (runs.isEmpty() || runs.size() > MAX_RUNS) {
            throw new IllegalArgumentException("a session holds 1 to " + MAX_RUNS + " runs; got " + runs.size());
        }
        for (int i = 0; i < runs.size(); i++) {
            if (!runs.get(i).config().data().equals(data)) {
                throw new IllegalArgumentException("run " + (i + 1) + " (" + runs.get(i).label()
                        + ") fits other data than the session's");
            }
        }
    }

    /** A session of one run. */
    public static Session single(String label, RunConfig config, String presetId, String logStyle) {
        return new Session(config.data(), List.of(new Run(label, 0, config)), presetId, logStyle);
    }
}
