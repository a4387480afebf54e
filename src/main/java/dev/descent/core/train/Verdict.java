package dev.descent.core.train;

import dev.descent.core.Mse;
import dev.descent.core.analysis.QuadraticCost;
import dev.descent.core.analysis.Stability;
import dev.descent.core.Format;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * What a run is doing, in words, beyond "running" and "finished": a run that will not come back.
 * <ul>
 *   <li>{@link Kind#DIVERGING}: a full-batch SGD run above its stability limit (see {@link Stability}).
 *       Known from the configuration, so it is said from epoch 0, with the factor the cost grows by per
 *       epoch: "diverging: the cost grows ×1.11 per epoch; lr 0.22 is above the limit 0.214".</li>
 *   <li>{@link Kind#COST_ROSE}: where no limit is known (Adam, RMSprop, Adagrad, runs in batches), a run
 *       whose cost ended above where it started: "the cost rose from 4.67 to 9.10 in 100 epochs".</li>
 * </ul>
 * A run the trainer stopped as diverged has its reason in its {@link RunResult} instead.
 *
 * @param kind    what was found
 * @param message the words for people, empty for {@link Kind#NONE}
 * @param growth  for {@link Kind#DIVERGING}, the factor the cost grows by per epoch in the long run; else NaN
 */
public record Verdict(Kind kind, String message, double growth) {

    public enum Kind {
        /** Nothing to warn about. */
        NONE,
        /** Above its stability limit: the cost grows without end, from the first epoch. */
        DIVERGING,
        /** No limit is known, and the cost ended above where it started. */
        COST_ROSE
    }

    /** Nothing to warn about. */
    public static final Verdict NONE = new Verdict(Kind.NONE, "", Double.NaN);

    /**
     * The growth factor must pass 1 by more than this to count (at the limit itself the run only swings), and
     * a cost must end this much above its start, relatively, to have risen.
     */
    private static final double MARGIN = 1e-9;

    public boolean isWarning() {
        return kind != Kind.NONE;
    }

    /** What is known before the run: {@link Kind#DIVERGING} or {@link #NONE}. Builds the data's quadratic form. */
    public static Verdict atStart(RunConfig config) {
        return atStart(config, QuadraticCost.of(config.model(), config.data()));
    }

    /** The same with the data's quadratic form at hand ({@code quadratic} must be of this config's model and data). */
    public static Verdict atStart(RunConfig config, QuadraticCost quadratic) {
        if (!config.isFullBatch()) {
            return NONE;
        }
        OptionalDouble limit = Stability.learningRateLimit(quadratic, config.optimizer());
        OptionalDouble growth = Stability.costGrowth(quadratic, config.optimizer(), config.init());
        if (limit.isEmpty() || growth.isEmpty() || !(growth.getAsDouble() > 1 + MARGIN)) {
            return NONE;
        }
        double g = growth.getAsDouble();
        return new Verdict(Kind.DIVERGING, "diverging: the cost grows ×" + factor(g) + " per epoch; lr "
                + Format.exact(config.optimizer().lr()) + " is above the limit "
                + Format.limit3(limit.getAsDouble()), g);
    }

    /**
     * Once the run has ended: a diverging run stays diverging; where no limit is known, a run whose
     * whole-data cost ended above {@code startCost} (the cost at epoch 0) says by how much. A run the trainer
     * stopped (diverged, cancelled, failed) has nothing to add here.
     */
    public static Verdict afterRun(Verdict atStart, RunConfig config, QuadraticCost quadratic, double startCost,
                                   RunResult result) {
        if (result.reason() != StopReason.COMPLETED && result.reason() != StopReason.CONVERGED) {
            return NONE;
        }
        if (atStart.kind() == Kind.DIVERGING) {
            return atStart;
        }
        boolean limitKnown = config.isFullBatch()
                && Stability.learningRateLimit(quadratic, config.optimizer()).isPresent();
        // A rise within rounding (a run that did not move, its cost summed another way) is no rise.
        if (limitKnown || !(result.finalCost() > startCost * (1 + MARGIN))) {
            return NONE;
        }
        return new Verdict(Kind.COST_ROSE, "the cost rose from " + cost(startCost) + " to "
                + cost(result.finalCost()) + " in " + result.epochs() + " epoch" + (result.epochs() == 1 ? "" : "s")
                + " with lr " + Format.exact(config.optimizer().lr()), Double.NaN);
    }

    /** The verdict on a finished run, worked out from its configuration alone (one pass over the data). */
    public static Verdict of(RunConfig config, RunResult result) {
        QuadraticCost quadratic = QuadraticCost.of(config.model(), config.data());
        double startCost = Mse.cost(config.model(), config.data(), config.init());
        return afterRun(atStart(config, quadratic), config, quadratic, startCost, result);
    }

    /**
     * A growth factor with enough digits to tell it from 1: 1.11, 1.0012, 9.60e3. Two significant
     * digits of the excess over 1 at least, three significant digits at least.
     */
    static String factor(double g) {
        if (g >= 10) {
            return cost(g);
        }
        double excess = g - 1;
        int decimals = Math.max(2, 1 - (int) Math.floor(Math.log10(excess)));
        return String.format(Locale.ROOT, "%." + Math.min(decimals, 12) + "f", g);
    }

    /** A cost to three significant figures (or as a whole number up to 99999): 4.67, 9.10, 1234, 152115 as 1.52e5,
     * 0.000123 as 1.23e-4. */
    static String cost(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        double a = Math.abs(v);
        if (a == 0 || (a >= 1e-3 && a < 999.5)) {
            return String.format(Locale.ROOT, "%.3g", v);
        }
        if (a >= 999.5 && a < 1e5) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        String s = String.format(Locale.ROOT, "%.2e", v);
        int e = s.indexOf('e');
        return s.substring(0, e) + "e" + Integer.parseInt(s.substring(e + 1));
    }
}
