package dev.descent.lecture;

import dev.descent.core.Format;
import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.optim.AdagradConfig;
import dev.descent.core.optim.AdamConfig;
import dev.descent.core.optim.OptimizerConfig;
import dev.descent.core.optim.OptimizerState;
import dev.descent.core.optim.RmspropConfig;
import dev.descent.core.optim.SgdConfig;
import dev.descent.core.optim.StepTrace;
import dev.descent.core.train.EpochSnapshot;
import dev.descent.core.train.RunConfig;
import dev.descent.core.train.StepSnapshot;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One optimizer update, explained: the update rule of the optimizer in use, line by line, with the
 * hyper-parameters written in and then the current numbers substituted, one block per parameter. For
 * the fast.ai momentum on y = w·x + b, the block for w reads
 * <pre>
 * g = 2·mean(x·(w·x + b − y))          = −9.33
 * v = 0.8·v + 0.2·g                     = 0.8·(−1.20) + 0.2·(−9.33) = −2.83
 * w ← w − 0.1·v                         = −1.00 − 0.1·(−2.83) = −0.717
 * </pre>
 * The rules are PyTorch's (the first momentum step copies g, Nesterov steps along g + μ·v, weight decay
 * adds λ·θ to g, Adam corrects its moments' bias), and nothing is computed here: every value is one the
 * optimizer recorded as it took the update ({@link StepTrace}), so the number on a parameter's last line
 * is, to the bit, the value the optimizer produced. Each value is written the same way wherever it
 * appears in a block (see {@link Digits}), and the update line works out by hand to the result written.
 *
 * <p>A plain value: the app lays the lines out; {@link #text()} gives them as text.
 *
 * @param heading what is explained: the optimizer, the update's number, the batch
 * @param blocks  one per parameter, in the model's order
 */
public record UpdateExplanation(String heading, List<Block> blocks) {
    /** The Unicode minus sign, clearer than a hyphen on a projector. */

    /** A number as {@code describe()} writes it: 0.01, 12, 1e-5. */
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d.]*(?:e-?\\d+)?");

    public UpdateExplanation {
        blocks = List.copyOf(blocks);
    }

    /**
     * The lines for one parameter; the last one is the parameter's update.
     *
     * @param parameter the parameter's name, e.g. {@code w}
     */
    public record Block(String parameter, List<Line> lines) {
        public Block {
            lines = List.copyOf(lines);
        }

        /** The parameter's value after the update: the value of the last line. */
        public double after() {
            return lines.get(lines.size() - 1).value();
        }
    }

    /**
     * One step of the rule.
     *
     * @param symbolic the rule with hyper-parameters filled in, e.g. {@code v = 0.8·v + 0.2·g}
     * @param numeric  the current numbers substituted and the result, e.g. {@code 0.8·(−1.20) + 0.2·(−9.33) = −2.83},
     *                 or just the result when there is nothing to substitute
     * @param value    the result, unrounded
     * @param note     a remark for the reader (empty for none), e.g. why the first momentum step has no dampening
     */
    public record Line(String symbolic, String numeric, double value, String note) {
        /** {@code symbolic = numeric}. */
        public String text() {
            return symbolic + " = " + numeric;
        }
    }

    /** Every line, block after block, each block headed by its parameter when there are several. */
    public String text() {
        StringBuilder sb = new StringBuilder(heading).append('\n');
        for (Block b : blocks) {
            if (blocks.size() > 1) {
                sb.append(b.parameter()).append(":\n");
            }
            for (Line line : b.lines()) {
                sb.append("  ").append(line.text());
                if (!line.note().isEmpty()) {
                    sb.append("   (").append(line.note()).append(')');
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** The parameters after the update, one per block. */
    public double[] after() {
        double[] theta = new double[blocks.size()];
        for (int k = 0; k < theta.length; k++) {
            theta[k] = blocks.get(k).after();
        }
        return theta;
    }

    // ---- building ---------------------------------------------------------------------------------

    /**
     * The update a step snapshot records.
     *
     * @param stateBefore the optimizer state before this update: the previous step's state, or
     *                    {@code OptimizerState.empty(0)} (or null) for the first update
     */
    public static UpdateExplanation of(RunConfig config, StepSnapshot step, OptimizerState stateBefore) {
        return of(config.optimizer(), config.model(), config.data(), step.rows(), step.before(), step.gradient(),
                stateBefore);
    }

    /**
     * The update of an epoch of a full-batch run (one update per epoch).
     *
     * @throws IllegalArgumentException for a run with smaller batches, whose epochs hold several updates
     */
    public static UpdateExplanation of(RunConfig config, EpochSnapshot epoch, OptimizerState stateBefore) {
        if (!config.isFullBatch()) {
            throw new IllegalArgumentException("with batches of " + config.effectiveBatchSize() + " of the "
                    + config.data().size() + " points an epoch makes several updates: explain each step instead");
        }
        int[] rows = new int[config.data().size()];
        for (int k = 0; k < rows.length; k++) {
            rows[k] = k;
        }
        return of(config.optimizer(), config.model(), config.data(), rows, epoch.before(), epoch.gradient(),
                stateBefore);
    }

    /**
     * Explains one update: the optimizer takes it ({@link StepTrace#of}) and its terms are written out.
     *
     * @param rows        the batch's data rows (0-based)
     * @param before      the parameters before the update
     * @param gradient    the batch's mean gradient at {@code before}, before weight decay
     * @param stateBefore the optimizer state before the update (null or zero steps for the first update)
     * @throws IllegalArgumentException if the sizes disagree with the model, or the state lacks a buffer the
     *                                  optimizer needs after its first step
     */
    public static UpdateExplanation of(OptimizerConfig optimizer, Model model, Dataset data, int[] rows,
                                       double[] before, double[] gradient, OptimizerState stateBefore) {
        int p = model.parameterCount();
        if (before.length != p || gradient.length != p) {
            throw new IllegalArgumentException(model.formula() + " has " + p + " parameters, but the update has "
                    + before.length + " values before it and " + gradient.length + " gradient components");
        }
        return of(StepTrace.of(optimizer, stateBefore, before, gradient), model, data, rows);
    }

    /**
     * Writes out an update the optimizer recorded.
     *
     * @param rows the batch's data rows (0-based), for the gradient's line and the heading
     * @throws IllegalArgumentException if the trace has another number of parameters than the model
     */
    public static UpdateExplanation of(StepTrace trace, Model model, Dataset data, int[] rows) {
        int p = model.parameterCount();
        if (trace.parameters().size() != p) {
            throw new IllegalArgumentException(model.formula() + " has " + p + " parameters, but the update has "
                    + trace.parameters().size() + " parameters");
        }
        OptimizerConfig optimizer = trace.optimizer();
        // Each parameter's digits first: θ_i reads the same wherever it is written, in any block.
        Digits[] digits = new Digits[p];
        for (int j = 0; j < p; j++) {
            digits[j] = Digits.forUpdate(optimizer, trace.parameter(j));
        }
        List<Block> blocks = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            StepTrace.Terms terms = trace.parameter(j);
            String name = model.parameterNames().get(j);
            Digits d = digits[j];
            List<Line> lines = new ArrayList<>();
            lines.add(gradientLine(model, data, rows, trace, digits, j));
            if (optimizer.weightDecay() != 0) {
                lines.add(new Line("g ← g + " + d.hyper(optimizer.weightDecay()) + "·" + name,
                        d.num(terms.gradient()) + " + " + d.hyper(optimizer.weightDecay()) + "·"
                                + d.thetaFactor(terms.before()) + " = " + d.num(terms.g()),
                        terms.g(), "weight decay pulls " + name + " towards 0"));
            }
            if (optimizer instanceof SgdConfig sgd && terms instanceof StepTrace.SgdTerms t) {
                sgd(sgd, t, trace.t(), name, d, lines);
            } else if (optimizer instanceof AdamConfig adam && terms instanceof StepTrace.AdamTerms t) {
                adam(adam, t, trace.t(), name, d, lines);
            } else if (optimizer instanceof RmspropConfig rms && terms instanceof StepTrace.RmspropTerms t) {
                rmsprop(rms, t, name, d, lines);
            } else if (optimizer instanceof AdagradConfig ada && terms instanceof StepTrace.AdagradTerms t) {
                adagrad(ada, t, name, d, lines);
            } else {
                throw new IllegalArgumentException("the terms of " + optimizer.describe() + " cannot be " + terms);
            }
            blocks.add(new Block(name, lines));
        }
        return new UpdateExplanation(heading(optimizer) + " · update " + trace.t() + " · " + batch(data, rows),
                blocks);
    }

    /** The optimizer as {@code describe()} words it, with its numbers written to four figures at most. */
    private static String heading(OptimizerConfig optimizer) {
        // The description's only digits are its hyper-parameters (the names have none): a dragged
        // momentum of 0.6490728476821193 reads 0.6491.
        return NUMBER.matcher(optimizer.describe())
                .replaceAll(m -> Matcher.quoteReplacement(Format.setting(Double.parseDouble(m.group()), 4)));
    }

    // ---- the rules -------------------------------------------------------------------------------

    private static void sgd(SgdConfig sgd, StepTrace.SgdTerms t, int step, String name, Digits d, List<Line> lines) {
        String stepSymbol = "g";
        if (sgd.momentum() != 0) {
            if (step == 1) {
                lines.add(new Line("v = g", d.num(t.buffer()), t.buffer(),
                        "first update: the velocity starts as g, with no dampening"));
            } else {
                double keep = 1 - sgd.dampening();
                String gTerm = keep == 1 ? "g" : d.hyper(keep) + "·g";
                String gValue = keep == 1 ? d.factor(t.g()) : d.hyper(keep) + "·" + d.factor(t.g());
                lines.add(new Line("v = " + d.hyper(sgd.momentum()) + "·v + " + gTerm,
                        d.hyper(sgd.momentum()) + "·" + d.factor(t.bufferBefore()) + " + " + gValue + " = "
                                + d.num(t.buffer()), t.buffer(), ""));
            }
            if (sgd.nesterov()) {
                stepSymbol = "d";
                lines.add(new Line("d = g + " + d.hyper(sgd.momentum()) + "·v", d.num(t.g()) + " + "
                        + d.hyper(sgd.momentum()) + "·" + d.factor(t.buffer()) + " = " + d.num(t.direction()),
                        t.direction(), "Nesterov: step along g plus the velocity ahead"));
            } else {
                stepSymbol = "v";
            }
        }
        lines.add(new Line(name + " ← " + name + " − " + d.hyper(sgd.lr()) + "·" + stepSymbol,
                d.theta(t.before()) + " − " + d.hyper(sgd.lr()) + "·" + d.factor(t.direction()) + " = "
                        + d.theta(t.after()), t.after(), ""));
    }

    private static void adam(AdamConfig adam, StepTrace.AdamTerms t, int step, String name, Digits d,
                             List<Line> lines) {
        double b1 = adam.beta1();
        double b2 = adam.beta2();
        lines.add(new Line("m = " + d.hyper(b1) + "·m + " + d.hyper(1 - b1) + "·g",
                d.hyper(b1) + "·" + d.factor(t.mBefore()) + " + " + d.hyper(1 - b1) + "·" + d.factor(t.g()) + " = "
                        + d.num(t.m()), t.m(), "running mean of g"));
        lines.add(new Line("v = " + d.hyper(b2) + "·v + " + d.hyper(1 - b2) + "·g²",
                d.hyper(b2) + "·" + d.factor(t.vBefore()) + " + " + d.hyper(1 - b2) + "·" + d.factor(t.g()) + "² = "
                        + d.num(t.v()), t.v(), "running mean of g²"));
        lines.add(new Line("m_hat = m / (1 − " + d.hyper(b1) + Format.superscript(step) + ")",
                d.num(t.m()) + " / " + d.num(t.biasCorrection1()) + " = " + d.num(t.mHat()), t.mHat(),
                "bias correction: m started at 0"));
        lines.add(new Line("v_hat = v / (1 − " + d.hyper(b2) + Format.superscript(step) + ")",
                d.num(t.v()) + " / " + d.num(t.biasCorrection2()) + " = " + d.num(t.vHat()), t.vHat(),
                "bias correction: v started at 0"));
        // m_hat, not m with a combining hat: the panel's font drew the hat beside the letter.
        lines.add(new Line(name + " ← " + name + " − " + d.hyper(adam.lr()) + "·m_hat / (√v_hat + "
                + d.hyper(adam.eps()) + ")",
                d.theta(t.before()) + " − " + d.hyper(adam.lr()) + "·" + d.factor(t.mHat()) + " / ("
                        + d.root(t.vHat()) + " + " + d.hyper(adam.eps()) + ") = " + d.theta(t.after()), t.after(), ""));
    }

    private static void rmsprop(RmspropConfig rms, StepTrace.RmspropTerms t, String name, Digits d,
                                List<Line> lines) {
        double alpha = rms.alpha();
        lines.add(new Line("v = " + d.hyper(alpha) + "·v + " + d.hyper(1 - alpha) + "·g²",
                d.hyper(alpha) + "·" + d.factor(t.vBefore()) + " + " + d.hyper(1 - alpha) + "·" + d.factor(t.g())
                        + "² = " + d.num(t.v()), t.v(), "running mean of g²"));
        lines.add(new Line(name + " ← " + name + " − " + d.hyper(rms.lr()) + "·g / (√v + " + d.hyper(rms.eps()) + ")",
                d.theta(t.before()) + " − " + d.hyper(rms.lr()) + "·" + d.factor(t.g()) + " / (" + d.root(t.v())
                        + " + " + d.hyper(rms.eps()) + ") = " + d.theta(t.after()), t.after(), ""));
    }

    private static void adagrad(AdagradConfig ada, StepTrace.AdagradTerms t, String name, Digits d,
                                List<Line> lines) {
        lines.add(new Line("s = s + g²", d.num(t.sumBefore()) + " + " + d.factor(t.g()) + "² = " + d.num(t.sum()),
                t.sum(), "sum of every g² so far"));
        lines.add(new Line(name + " ← " + name + " − " + d.hyper(ada.lr()) + "·g / (√s + " + d.hyper(ada.eps()) + ")",
                d.theta(t.before()) + " − " + d.hyper(ada.lr()) + "·" + d.factor(t.g()) + " / (" + d.root(t.sum())
                        + " + " + d.hyper(ada.eps()) + ") = " + d.theta(t.after()), t.after(), ""));
    }

    // ---- the gradient ----------------------------------------------------------------------------

    /** The mean-squared-error gradient for parameter j: 2·mean(φ_j·residual), written out for the model. */
    private static Line gradientLine(Model model, Dataset data, int[] rows, StepTrace trace, Digits[] digits,
                                     int j) {
        Digits d = digits[j];
        double g = trace.parameter(j).gradient();
        String feature = feature(model, j);
        String residual = switch (model) {
            case LINE -> "w·x − y";
            case AFFINE -> "w·x + b − y";
            case QUADRATIC -> "a·x² + b·x + c − y";
        };
        String symbolic = feature.equals("1") ? "g = 2·mean(" + residual + ")"
                : "g = 2·mean(" + feature + "·(" + residual + "))";
        if (rows.length != 1) {
            return new Line(symbolic, d.num(g), g, "mean over " + batch(data, rows));
        }
        double x = data.x(rows[0]);
        double y = data.y(rows[0]);
        String xs = Format.trimmed(x, d.figures());
        String xFactor = x < 0 ? "(" + xs + ")" : xs;
        String yFactor = y < 0 ? "(" + Format.trimmed(y, d.figures()) + ")" : Format.trimmed(y, d.figures());
        String[] t = new String[digits.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = digits[i].thetaFactor(trace.parameter(i).before());
        }
        String r = switch (model) {
            case LINE -> t[0] + "·" + xFactor + " − " + yFactor;
            case AFFINE -> t[0] + "·" + xFactor + " + " + t[1] + " − " + yFactor;
            case QUADRATIC -> t[0] + "·" + xFactor + "² + " + t[1] + "·" + xFactor + " + " + t[2] + " − " + yFactor;
        };
        String f = switch (feature) {
            case "x" -> xFactor;
            case "x²" -> xFactor + "²";
            default -> "";
        };
        String numeric = f.isEmpty() ? "2·(" + r + ") = " + d.num(g) : "2·" + f + "·(" + r + ") = " + d.num(g);
        String single = feature.equals("1") ? "g = 2·(" + residual + ")" : "g = 2·" + feature + "·(" + residual + ")";
        return new Line(single, numeric, g, "the batch is this one point");
    }

    private static String feature(Model model, int j) {
        return switch (model) {
            case LINE -> "x";
            case AFFINE -> j == 0 ? "x" : "1";
            case QUADRATIC -> j == 0 ? "x²" : j == 1 ? "x" : "1";
        };
    }

    private static String batch(Dataset data, int[] rows) {
        if (rows.length == data.size()) {
            return "all " + data.size() + " point" + (data.size() == 1 ? "" : "s");
        }
        if (rows.length == 1) {
            return "point " + (rows[0] + 1) + " (x = " + Format.trimmed(data.x(rows[0]), 3) + ", y = "
                    + Format.trimmed(data.y(rows[0]), 3) + ")";
        }
        StringBuilder sb = new StringBuilder("points ");
        int shown = Math.min(rows.length, 6);
        for (int k = 0; k < shown; k++) {
            sb.append(k == 0 ? "" : ", ").append(rows[k] + 1);
        }
        if (shown < rows.length) {
            sb.append(", … (").append(rows.length).append(" in all)");
        }
        return sb.toString();
    }

    // ---- numbers ---------------------------------------------------------------------------------

    /**
     * How the numbers of one parameter's block are written, so that a value reads the same on every line
     * it appears on: values and hyper-parameters to {@code figures} significant figures, the parameter
     * to {@code decimals} decimals (-1: written as a value).
     */
    record Digits(int figures, int decimals) {

        /**
         * The figures for an update: three, or four where three would not let the update line work out by
         * hand to the result written (−0.500 − 0.0001·(−16700) gives 1.170, not 1.172). θ is written with
         * enough decimals that the change shows ({@link #decimals(double, double)}); where even four figures
         * cannot carry that many decimals, θ is written with fewer.
         */
        static Digits forUpdate(OptimizerConfig optimizer, StepTrace.Terms terms) {
            int decimals = UpdateExplanation.decimals(terms.before(), terms.after());
            if (decimals < 0 || !Double.isFinite(terms.step())) {
                return new Digits(3, decimals);
            }
            for (int fewer = decimals; fewer >= 0; fewer--) {
                // Within a quarter of the last decimal, so the rounding of θ itself decides the rest.
                double tolerance = 0.25 * Math.pow(10, -fewer);
                for (int figures = 3; figures <= 4; figures++) {
                    Digits d = new Digits(figures, fewer);
                    if (Math.abs(d.handStep(optimizer, terms) - terms.step()) < tolerance) {
                        return d;
                    }
                }
            }
            return new Digits(4, decimals);
        }

        /** The step on the update line, worked out by hand from the numbers as they are written. */
        double handStep(OptimizerConfig optimizer, StepTrace.Terms terms) {
            double lr = value(optimizer.lr());
            if (terms instanceof StepTrace.SgdTerms t) {
                return lr * value(t.direction());
            }
            if (terms instanceof StepTrace.AdamTerms t && optimizer instanceof AdamConfig adam) {
                return lr * value(t.mHat()) / (Math.sqrt(value(t.vHat())) + value(adam.eps()));
            }
            if (terms instanceof StepTrace.RmspropTerms t && optimizer instanceof RmspropConfig rms) {
                return lr * value(t.g()) / (Math.sqrt(value(t.v())) + value(rms.eps()));
            }
            if (terms instanceof StepTrace.AdagradTerms t && optimizer instanceof AdagradConfig ada) {
                return lr * value(t.g()) / (Math.sqrt(value(t.sum())) + value(ada.eps()));
            }
            throw new IllegalArgumentException("the terms of " + optimizer.describe() + " cannot be " + terms);
        }

        /** The value a number written with these figures stands for. */
        double value(double v) {
            return v == 0 || !Double.isFinite(v) ? v
                    : new BigDecimal(v).round(new MathContext(figures, RoundingMode.HALF_EVEN)).doubleValue();
        }

        String num(double v) {
            return Format.figures(v, figures);
        }

        /** A value after an operator: negative ones in parentheses, {@code 0.8·(−1.20)}. */
        String factor(double v) {
            String s = num(v);
            return s.startsWith(Format.MINUS) ? "(" + s + ")" : s;
        }

        String hyper(double v) {
            return Format.setting(v, figures);
        }

        /** This block's parameter, the same on every line. */
        String theta(double v) {
            if (!Double.isFinite(v) || decimals < 0) {
                return num(v);
            }
            String s = new BigDecimal(Math.abs(v)).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
            return (v < 0 ? Format.MINUS : "") + s;
        }

        /** The parameter after an operator: in parentheses when negative. */
        String thetaFactor(double v) {
            String s = theta(v);
            return s.startsWith(Format.MINUS) ? "(" + s + ")" : s;
        }

        /** The argument of a square root: in parentheses when it is written with a power of ten. */
        String root(double v) {
            String s = num(v);
            return s.contains("×") ? "√(" + s + ")" : "√" + s;
        }
    }




    /**
     * The decimals a parameter going from {@code a} to {@code b} is written with: enough that the change
     * the update made shows (two significant figures of it), and never fewer than three significant
     * figures of either; -1 for none (too large, too small or not finite).
     */
    static int decimals(double a, double b) {
        double change = Math.abs(a - b);
        double scale = Math.max(Math.abs(a), Math.abs(b));
        if (!Double.isFinite(change) || scale >= 1e6 || (scale < 1e-4 && scale > 0)) {
            return -1;
        }
        int decimals = Math.max(significantDecimals(a), significantDecimals(b));
        if (change > 0) {
            decimals = Math.max(decimals, 1 - (int) Math.floor(Math.log10(change)));
        }
        return Math.min(decimals, 15);
    }

    /** Decimals that give three significant figures: 2 for 1.23, 3 for 0.727, 0 for 123. */
    private static int significantDecimals(double v) {
        return v == 0 ? 2 : Math.max(0, 2 - (int) Math.floor(Math.log10(Math.abs(v))));
    }

}
