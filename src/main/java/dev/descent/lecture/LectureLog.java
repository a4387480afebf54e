package dev.descent.lecture;

import dev.descent.core.Format;
import dev.descent.core.Model;
import dev.descent.core.train.EpochSnapshot;
import dev.descent.core.train.RunConfig;
import dev.descent.core.train.RunResult;
import dev.descent.core.train.StepSnapshot;
import dev.descent.core.train.StopReason;
import dev.descent.core.train.TrainingListener;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Writes a run the way the lecture printed it, line by line, to any sink: standard output for
 * {@code train}, the log pane in the app. Numbers are rounded as Python's format does (half to even
 * on the exact binary value), so the lines match the slides character for character.
 */
public final class LectureLog implements TrainingListener {
    /** Per-sample "grad:" lines are printed for data sets up to this size; beyond it they would drown the log. */
    public static final int MAX_POINTS_FOR_SAMPLE_LINES = 10;

    private final RunConfig config;
    private final LogStyle style;
    private final double predictAt;
    private final Consumer<LogLine> out;
    private final List<String> names;
    /** Writes an epoch's line in the EPOCH style, and in the TABLE style; shared by every line. */
    private final java.util.function.Function<EpochSnapshot, String> epochLine =
            e -> "Epoch: " + e.epoch() + params(e.params(), "= ", " ", 2) + " cost= " + Format.fixed(e.costBefore(), 2);
    private final java.util.function.Function<EpochSnapshot, String> tableRow =
            e -> tableLine(e.epoch(), e.before(), e.costBefore());
    private StepSnapshot lastStep;

    /**
     * A log that writes every line as it comes (for standard output and tests).
     *
     * @param predictAt the x of the "Predict (before/after training)" lines, or NaN for none
     */
    public LectureLog(RunConfig config, LogStyle style, double predictAt, Consumer<String> out) {
        this((LogLine line) -> out.accept(line.text()), config, style, predictAt);
    }

    private LectureLog(Consumer<LogLine> out, RunConfig config, LogStyle style, double predictAt) {
        this.config = config;
        this.style = style;
        this.predictAt = predictAt;
        this.out = out;
        this.names = config.model().parameterNames();
    }

    /**
     * A log that hands on lines still to be written ({@link LogLine}): for a sink that keeps only the
     * newest lines, such as the app's log pane, the lines dropped unread cost next to nothing.
     */
    public static LectureLog deferred(RunConfig config, LogStyle style, double predictAt, Consumer<LogLine> out) {
        return new LectureLog(out, config, style, predictAt);
    }

    /** The style a run gets: batch size 1 always reads like the SGD lecture. */
    public static LogStyle styleFor(RunConfig config, LogStyle preferred) {
        if (config.effectiveBatchSize() == 1 && config.data().size() > 1) {
            return LogStyle.SGD;
        }
        if (preferred == LogStyle.SGD) {
            return LogStyle.EPOCH;
        }
        return preferred;
    }

    /** Prints the opening line, if the style has one. */
    public void start() {
        if (style != LogStyle.TABLE && !Double.isNaN(predictAt)) {
            double predicted = config.model().predict(config.init(), predictAt);
            out.accept(LogLine.later(() -> "Predict (before training) " + Format.exact(predictAt) + " "
                    + Format.fixed(predicted, 2)));
        }
    }

    @Override
    public boolean wantsSteps() {
        return style == LogStyle.SGD;
    }

    @Override
    public void onStep(StepSnapshot step) {
        lastStep = step;
        if (config.data().size() > MAX_POINTS_FOR_SAMPLE_LINES) {
            return;
        }
        out.accept(LogLine.later(() -> {
            StringBuilder sb = new StringBuilder("\tgrad: ");
            for (int row : step.rows()) {
                sb.append(' ').append(plain(config.data().x(row))).append(' ').append(plain(config.data().y(row)));
            }
            for (double v : step.gradient()) {
                sb.append(' ').append(Format.fixed(v, 2));
            }
            return sb.toString();
        }));
    }

    @Override
    public void onEpoch(EpochSnapshot epoch) {
        switch (style) {
            case EPOCH -> out.accept(LogLine.later(epoch, epochLine));
            case SGD -> {
                double loss = lastSampleLoss(epoch);
                out.accept(LogLine.later(() -> "progress: " + epoch.epoch() + params(epoch.params(), "= ", " ", 2)
                        + " loss= " + Format.fixed(loss, 2)));
            }
            case TABLE -> out.accept(LogLine.later(epoch, tableRow));
        }
    }

    @Override
    public void onFinish(RunResult result) {
        if (result.reason() != StopReason.COMPLETED && result.reason() != StopReason.CONVERGED) {
            return;
        }
        if (style == LogStyle.TABLE) {
            out.accept(LogLine.later(() -> tableLine(result.epochs(), result.finalParams(), result.finalCost())));
        } else if (!Double.isNaN(predictAt)) {
            double predicted = config.model().predict(result.finalParams(), predictAt);
            out.accept(LogLine.later(() -> "Predict (after training) " + Format.exact(predictAt) + " "
                    + Format.fixed(predicted, 2)));
        }
    }

    /** The loss of the epoch's last sample at the parameters after its update, as the SGD lecture prints it. */
    private double lastSampleLoss(EpochSnapshot epoch) {
        Model model = config.model();
        double[] theta = epoch.params();
        int[] rows = lastStep != null ? lastStep.rows() : new int[] {config.data().size() - 1};
        double sum = 0;
        for (int row : rows) {
            double r = model.predict(theta, config.data().x(row)) - config.data().y(row);
            sum += r * r;
        }
        return sum / rows.length;
    }

    private String tableLine(int epoch, double[] theta, double cost) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "Epoch %4d/%d", epoch, config.epochs()));
        for (int j = 0; j < theta.length; j++) {
            String name = names.size() == 1 ? "W" : names.get(j);
            sb.append(j == 0 ? " " : ", ").append(name).append(": ").append(Format.fixed(theta[j], 3));
        }
        return sb.append(", Cost: ").append(Format.fixed(cost, 6)).toString();
    }

    private String params(double[] theta, String eq, String sep, int digits) {
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < theta.length; j++) {
            sb.append(sep).append(names.get(j)).append(eq).append(Format.fixed(theta[j], digits));
        }
        return sb.toString();
    }

    /** Python's str() of a float for the simple values the lectures use: 4 for an integer x, 1.0 for data. */
    private static String plain(double v) {
        return Double.toString(v);
    }
}
